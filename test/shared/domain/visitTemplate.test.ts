import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import { moveAgendaTimes } from '../../../shared/domain/agendaMove';
import type { Visit } from '../../../shared/domain/visit';
import { duplicateVisitAsTemplate } from '../../../shared/domain/visitTemplate';

const meta = {
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  updatedBy: 'someone',
  tags: ['culture'],
};

const visit: Visit = {
  ...meta,
  id: 'v1',
  title: 'Creative industries mission',
  kind: 'trade-mission',
  direction: 'inbound',
  venueTimeZone: 'Europe/London',
  // Thursday to Saturday before British clocks go forward (30 March 2025).
  startDate: '2025-03-27',
  endDate: '2025-03-29',
  status: 'done',
  members: [{ contactId: 'c1', role: 'lead' }],
  partnerOrganisationIds: ['o1'],
  logistics: { hotel: 'Hyatt Regency' },
};

function item(id: string, start: string, end: string, extra: Partial<AgendaItem> = {}): AgendaItem {
  return {
    ...meta,
    id,
    visitId: 'v1',
    start,
    end,
    timeZone: 'Europe/London',
    startUtc: `${start}:00Z`,
    endUtc: `${end}:00Z`,
    title: id,
    kind: 'meeting',
    attendeeIds: ['c1'],
    status: 'confirmed',
    ...extra,
  };
}

function counter() {
  let n = 0;
  return () => `new-${++n}`;
}

const options = { now: '2025-09-01T08:00:00Z', author: 'tester' };

describe('duplicateVisitAsTemplate', () => {
  const items = [
    item('round-table', '2025-03-27T10:00', '2025-03-27T12:00'),
    item('dinner', '2025-03-28T19:00', '2025-03-28T21:00', { status: 'cancelled' }),
    item('old-crown', '2025-03-29T18:00', '2025-03-29T20:00', { timeZone: 'Europe/London' }),
  ];

  it('copies the visit with new ids, a planned status, "(copy)" and shifted dates', () => {
    const { visit: copy } = duplicateVisitAsTemplate(visit, items, '2025-04-03', {
      ...options,
      newId: counter(),
    });
    expect(copy).toMatchObject({
      id: 'new-1',
      title: 'Creative industries mission (copy)',
      status: 'planned',
      startDate: '2025-04-03',
      endDate: '2025-04-05',
      createdAt: options.now,
      updatedBy: 'tester',
      members: [{ contactId: 'c1', role: 'lead' }],
      logistics: { hotel: 'Hyatt Regency' },
    });
    copy.members.push({ contactId: 'c2', role: 'press' });
    expect(visit.members).toHaveLength(1);
  });

  it('keeps the venue wall-clock time across the change to summer time and re-derives UTC', () => {
    const { items: copies } = duplicateVisitAsTemplate(visit, items, '2025-04-03', {
      ...options,
      newId: counter(),
    });
    expect(copies.map((c) => [c.id, c.visitId, c.start, c.end, c.startUtc, c.endUtc])).toEqual([
      [
        'new-2',
        'new-1',
        '2025-04-03T10:00',
        '2025-04-03T12:00',
        '2025-04-03T09:00:00Z',
        '2025-04-03T11:00:00Z',
      ],
      [
        'new-3',
        'new-1',
        '2025-04-05T18:00',
        '2025-04-05T20:00',
        '2025-04-05T17:00:00Z',
        '2025-04-05T19:00:00Z',
      ],
    ]);
    expect(copies.every((c) => c.status === 'planned')).toBe(true);
  });

  it('leaves cancelled items and other visits’ items out, and accepts a translated title', () => {
    const stranger = item('stranger', '2025-03-27T10:00', '2025-03-27T11:00', { visitId: 'v2' });
    const { visit: copy, items: copies } = duplicateVisitAsTemplate(
      visit,
      [...items, stranger],
      '2026-03-26',
      { ...options, newId: counter(), status: 'idea', title: 'Mission (Kopie)' },
    );
    expect(copies.map((c) => c.title)).toEqual(['round-table', 'old-crown']);
    expect(copy).toMatchObject({ title: 'Mission (Kopie)', status: 'idea', endDate: '2026-03-28' });
  });

  it('moves backwards too and refuses a start date that does not exist', () => {
    const { items: copies } = duplicateVisitAsTemplate(visit, items, '2024-10-24', {
      ...options,
      newId: counter(),
    });
    // 24 October 2024 is still British Summer Time: 10:00 local is 09:00Z.
    expect(copies[0]).toMatchObject({
      start: '2024-10-24T10:00',
      startUtc: '2024-10-24T09:00:00Z',
    });
    expect(() =>
      duplicateVisitAsTemplate(visit, items, '2025-02-30', { ...options, newId: counter() }),
    ).toThrow(RangeError);
  });
});

describe('moveAgendaTimes', () => {
  it('moves an item to a new start and keeps its real duration', () => {
    const moved = moveAgendaTimes(
      {
        startUtc: '2025-06-12T09:00:00Z',
        endUtc: '2025-06-12T10:30:00Z',
        timeZone: 'Europe/London',
      },
      '2025-06-13T14:00',
    );
    expect(moved).toEqual({
      start: '2025-06-13T14:00',
      end: '2025-06-13T15:30',
      startUtc: '2025-06-13T13:00:00Z',
      endUtc: '2025-06-13T14:30:00Z',
    });
  });

  it('shows a move across the clock change in the new local end time', () => {
    // Two real hours from 00:30 on 30 March 2025 end at 03:30 British Summer Time.
    const moved = moveAgendaTimes(
      {
        startUtc: '2025-03-01T10:00:00Z',
        endUtc: '2025-03-01T12:00:00Z',
        timeZone: 'Europe/London',
      },
      '2025-03-30T00:30',
    );
    expect(moved.end).toBe('2025-03-30T03:30');
  });
});
