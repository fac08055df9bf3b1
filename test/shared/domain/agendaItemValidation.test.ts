import { describe, expect, it } from 'vitest';
import {
  validateAgendaItem,
  type AgendaItemInput,
} from '../../../shared/domain/agendaItemValidation';

const valid: AgendaItemInput = {
  visitId: 'visit',
  title: "Lord Mayor's reception",
  kind: 'reception',
  start: '2025-06-12T18:00',
  end: '2025-06-12T20:00',
  timeZone: 'Europe/London',
  attendeeIds: [],
  status: 'planned',
  tags: [],
};

function codes(input: AgendaItemInput) {
  return validateAgendaItem(input).map(({ field, code }) => `${field}:${code}`);
}

describe('validateAgendaItem', () => {
  it('returns no issues for a complete item', () => {
    expect(validateAgendaItem(valid)).toEqual([]);
  });

  it('requires a title and both times', () => {
    expect(codes({ ...valid, title: '', start: '', end: '' })).toEqual([
      'title:required',
      'start:required',
      'end:required',
    ]);
  });

  it('wants the end after the start, in real time', () => {
    expect(codes({ ...valid, end: '2025-06-12T17:00' })).toEqual(['end:timeOrder']);
    expect(codes({ ...valid, end: '2025-06-12T18:00' })).toEqual(['end:timeOrder']);
    // 00:30 to 01:30 on the night clocks go back lasts two real hours: fine.
    expect(codes({ ...valid, start: '2025-10-26T00:30', end: '2025-10-26T01:30' })).toEqual([]);
  });

  it('flags a time that the spring-forward gap skips', () => {
    expect(codes({ ...valid, start: '2025-03-30T01:30', end: '2025-03-30T03:00' })).toEqual([
      'start:nonexistentTime',
    ]);
    expect(
      codes({
        ...valid,
        start: '2025-03-30T02:30',
        end: '2025-03-30T03:00',
        timeZone: 'Europe/Berlin',
      }),
    ).toEqual(['start:nonexistentTime']);
  });

  it('flags malformed times and unknown zones without blaming the times for the zone', () => {
    expect(codes({ ...valid, start: '2025-06-31T18:00' })).toEqual(['start:dateTime']);
    expect(codes({ ...valid, timeZone: 'Mars/Olympus' })).toEqual(['timeZone:timeZone']);
  });

  it('flags unknown kinds and statuses and overlong text', () => {
    const input = {
      ...valid,
      kind: 'party',
      status: 'postponed',
      dressCode: 'x'.repeat(201),
    } as unknown as AgendaItemInput;
    expect(validateAgendaItem(input)).toEqual([
      { field: 'kind', code: 'invalidOption' },
      { field: 'status', code: 'invalidOption' },
      { field: 'dressCode', code: 'tooLong', max: 200 },
    ]);
  });
});
