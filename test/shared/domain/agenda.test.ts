import { describe, expect, it } from 'vitest';
import {
  deriveAgendaUtc,
  findDoubleBookings,
  findOverlaps,
  type SchedulableItem,
} from '../../../shared/domain/agenda';

const VISIT = 'visit-leipzig';

function item(
  id: string,
  start: string,
  end: string,
  extra: Partial<SchedulableItem> = {},
): SchedulableItem {
  return {
    id,
    visitId: VISIT,
    startUtc: `2025-06-12T${start}:00Z`,
    endUtc: `2025-06-12T${end}:00Z`,
    status: 'planned',
    attendeeIds: [],
    ...extra,
  };
}

describe('deriveAgendaUtc', () => {
  it('derives UTC instants from the venue time and zone', () => {
    expect(
      deriveAgendaUtc({
        start: '2025-06-12T18:00',
        end: '2025-06-12T20:00',
        timeZone: 'Europe/London',
      }),
    ).toEqual({ startUtc: '2025-06-12T17:00:00Z', endUtc: '2025-06-12T19:00:00Z' });
  });
});

describe('findOverlaps', () => {
  it('reports two items of one visit that overlap', () => {
    const items = [
      item('career-road-show', '09:00', '16:00'),
      item('steamhouse', '15:00', '16:30'),
    ];
    expect(findOverlaps(items)).toEqual([
      { visitId: VISIT, itemIds: ['career-road-show', 'steamhouse'] },
    ]);
  });

  it('does not treat an end touching the next start as an overlap', () => {
    expect(findOverlaps([item('a', '09:00', '10:00'), item('b', '10:00', '11:00')])).toEqual([]);
  });

  it('ignores cancelled items and items of other visits', () => {
    const items = [
      item('a', '09:00', '11:00'),
      item('b', '10:00', '12:00', { status: 'cancelled' }),
      item('c', '10:00', '12:00', { visitId: 'other-visit' }),
    ];
    expect(findOverlaps(items)).toEqual([]);
  });

  it('finds every pair when one long item covers several short ones', () => {
    const items = [
      item('short-1', '10:00', '10:30'),
      item('all-day', '09:00', '17:00'),
      item('short-2', '11:00', '11:30'),
    ];
    expect(findOverlaps(items).map((o) => o.itemIds)).toEqual([
      ['all-day', 'short-1'],
      ['all-day', 'short-2'],
    ]);
  });

  it('ignores items whose times are empty or unreadable', () => {
    const items = [
      item('a', '09:00', '11:00'),
      item('zero', '10:00', '10:00'),
      { ...item('broken', '10:00', '11:00'), startUtc: 'soon' },
    ];
    expect(findOverlaps(items)).toEqual([]);
  });
});

describe('findDoubleBookings', () => {
  it('flags a person who attends one item and chairs an overlapping one', () => {
    const items = [
      item('aston', '09:00', '11:00', { attendeeIds: ['nolting', 'blum'] }),
      item('round-table', '10:30', '12:00', {
        chairContactId: 'nolting',
        attendeeIds: ['dietrich'],
      }),
      item('lunch', '12:00', '13:00', { attendeeIds: ['nolting'] }),
    ];
    expect(findDoubleBookings(items)).toEqual([
      { contactId: 'nolting', itemIds: ['aston', 'round-table'] },
    ]);
  });

  it('finds clashes across visits but not in cancelled items', () => {
    const items = [
      item('a', '09:00', '11:00', { attendeeIds: ['turner'] }),
      item('b', '10:00', '12:00', { attendeeIds: ['turner'], visitId: 'other-visit' }),
      item('c', '10:00', '12:00', { attendeeIds: ['turner'], status: 'cancelled' }),
    ];
    expect(findDoubleBookings(items)).toEqual([{ contactId: 'turner', itemIds: ['a', 'b'] }]);
  });

  it('does not count a chair listed as attendee twice in one item', () => {
    const items = [item('a', '09:00', '11:00', { attendeeIds: ['x'], chairContactId: 'x' })];
    expect(findDoubleBookings(items)).toEqual([]);
  });
});

describe('agenda checks at scale', () => {
  // 20,000 items over 200 visits and 500 people; a fixed pattern, so results are exact.
  const items: SchedulableItem[] = [];
  const base = Date.parse('2025-06-10T08:00:00Z');
  for (let i = 0; i < 20_000; i += 1) {
    const visit = i % 200;
    const slot = Math.floor(i / 200); // 100 back-to-back hour slots per visit
    const start = base + slot * 3_600_000;
    items.push({
      id: `item-${i}`,
      visitId: `visit-${visit}`,
      startUtc: new Date(start).toISOString(),
      endUtc: new Date(start + 3_600_000).toISOString(),
      status: 'confirmed',
      attendeeIds: [`person-${i % 500}`],
    });
  }
  // One deliberate clash: an extra item in visit-7 overlapping slot 50, booking person-7.
  const clashStart = base + 50 * 3_600_000 + 1_800_000;
  items.push({
    id: 'clash',
    visitId: 'visit-7',
    startUtc: new Date(clashStart).toISOString(),
    endUtc: new Date(clashStart + 600_000).toISOString(),
    status: 'planned',
    attendeeIds: ['person-7'],
  });

  it('finds the one overlap among 20,000 back-to-back items quickly', () => {
    const started = performance.now();
    const overlaps = findOverlaps(items);
    expect(overlaps).toEqual([{ visitId: 'visit-7', itemIds: ['item-10007', 'clash'] }]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('finds double bookings among 20,000 items quickly', () => {
    const started = performance.now();
    const bookings = findDoubleBookings(items);
    // person-p attends items p, p+500, …: visit p % 200 at slot ⌊i/200⌋. Items i and i+500 are
    // 2.5 slots apart, so no clash, except the planted one (item-10007 also books person-7).
    expect(bookings).toEqual([{ contactId: 'person-7', itemIds: ['item-10007', 'clash'] }]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
