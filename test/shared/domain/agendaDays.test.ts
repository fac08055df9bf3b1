import { describe, expect, it } from 'vitest';
import {
  groupAgendaByDay,
  visitDates,
  visitDayCount,
  type DayGroupableItem,
} from '../../../shared/domain/agendaDays';

function item(id: string, start: string, startUtc: string): DayGroupableItem {
  return { id, start, startUtc };
}

describe('visitDates', () => {
  it('lists every day of a visit, both ends included, across a month end', () => {
    expect(visitDates('2025-05-30', '2025-06-02')).toEqual([
      '2025-05-30',
      '2025-05-31',
      '2025-06-01',
      '2025-06-02',
    ]);
    expect(visitDayCount('2025-06-10', '2025-06-10')).toBe(1);
  });

  it('gives no days for an end before the start and caps very long ranges', () => {
    expect(visitDates('2025-06-13', '2025-06-10')).toEqual([]);
    expect(visitDates('2025-01-01', '2205-01-01')).toHaveLength(366);
  });
});

describe('groupAgendaByDay', () => {
  it('puts items on the venue-local day of their start, in time order, empty days kept', () => {
    const items = [
      item('reception', '2025-06-12T18:00', '2025-06-12T17:00:00Z'),
      item('aston', '2025-06-11T10:00', '2025-06-11T09:00:00Z'),
      item('steamhouse', '2025-06-12T09:30', '2025-06-12T08:30:00Z'),
      // 00:30 in Birmingham is still the 12th in UTC: the venue's date counts.
      item('late', '2025-06-13T00:30', '2025-06-12T23:30:00Z'),
    ];
    const { days, outside } = groupAgendaByDay(items, '2025-06-10', '2025-06-13');
    expect(days.map((day) => [day.date, day.items.map((i) => i.id)])).toEqual([
      ['2025-06-10', []],
      ['2025-06-11', ['aston']],
      ['2025-06-12', ['steamhouse', 'reception']],
      ['2025-06-13', ['late']],
    ]);
    expect(outside).toEqual([]);
  });

  it('keeps items outside the visit dates apart', () => {
    const items = [
      item('arrival', '2025-06-09T20:00', '2025-06-09T19:00:00Z'),
      item('aston', '2025-06-11T10:00', '2025-06-11T09:00:00Z'),
    ];
    const { days, outside } = groupAgendaByDay(items, '2025-06-10', '2025-06-11');
    expect(outside.map((i) => i.id)).toEqual(['arrival']);
    expect(days[1]?.items.map((i) => i.id)).toEqual(['aston']);
  });
});
