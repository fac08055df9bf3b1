import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { FollowUp } from '../../../shared/domain/followUp';
import {
  agendaForToday,
  followUpsDueSoon,
  todayWindowUtc,
  visitsForToday,
} from '../../../shared/domain/today';
import type { Visit } from '../../../shared/domain/visit';
import { deriveAgendaUtc } from '../../../shared/domain/agenda';

const meta = {
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  updatedBy: 'u',
  tags: [],
};

function visit(
  id: string,
  startDate: string,
  endDate: string,
  status: Visit['status'] = 'confirmed',
): Visit {
  return {
    ...meta,
    id,
    title: id,
    kind: 'civic-delegation',
    direction: 'inbound',
    venueTimeZone: 'Europe/London',
    startDate,
    endDate,
    status,
    members: [],
    partnerOrganisationIds: [],
  };
}

function item(
  id: string,
  start: string,
  end: string,
  timeZone: string,
  status: AgendaItem['status'] = 'planned',
): AgendaItem {
  return {
    ...meta,
    id,
    visitId: 'v',
    start,
    end,
    timeZone,
    ...deriveAgendaUtc({ start, end, timeZone }),
    title: id,
    kind: 'meeting',
    attendeeIds: [],
    status,
  };
}

function followUp(id: string, dueDate: string, status: FollowUp['status'] = 'open'): FollowUp {
  return { ...meta, id, kind: 'invitation', title: id, owner: 'Ann', dueDate, status };
}

describe('visitsForToday', () => {
  it('splits visits into under way and coming up, leaving out done, cancelled and far-off ones', () => {
    const result = visitsForToday(
      [
        visit('delegation', '2025-06-10', '2025-06-13'),
        visit('cancelled', '2025-06-10', '2025-06-13', 'cancelled'),
        visit('later', '2025-07-20', '2025-07-22'),
        visit('soon', '2025-06-20', '2025-06-21'),
        visit('next-year', '2026-06-20', '2026-06-21'),
        visit('past', '2025-05-01', '2025-05-02', 'done'),
      ],
      '2025-06-11',
    );
    expect(result.underWay.map((v) => v.id)).toEqual(['delegation']);
    expect(result.upcoming.map((v) => v.id)).toEqual(['soon', 'later']);
  });
});

describe('agendaForToday', () => {
  it("takes each item's own zone to decide what is today", () => {
    // 22:30 UTC on 11 June: still the 11th in London, already the 12th in Tokyo.
    const now = '2025-06-11T22:30:00Z';
    const items = [
      item('london-dinner', '2025-06-11T19:00', '2025-06-11T22:00', 'Europe/London'),
      item('tokyo-breakfast', '2025-06-12T08:00', '2025-06-12T09:00', 'Asia/Tokyo'),
      item('tokyo-yesterday', '2025-06-11T08:00', '2025-06-11T09:00', 'Asia/Tokyo'),
      item('london-tomorrow', '2025-06-12T09:00', '2025-06-12T10:00', 'Europe/London'),
      item('cancelled', '2025-06-11T12:00', '2025-06-11T13:00', 'Europe/London', 'cancelled'),
    ];
    expect(agendaForToday(items, now).map((i) => i.id)).toEqual([
      'london-dinner',
      'tokyo-breakfast',
    ]);
  });

  it("sorts today's items by when they happen", () => {
    const now = '2025-06-11T08:00:00Z';
    const items = [
      item('b', '2025-06-11T14:00', '2025-06-11T15:00', 'Europe/London'),
      item('a', '2025-06-11T09:00', '2025-06-11T10:00', 'Europe/London'),
    ];
    expect(agendaForToday(items, now).map((i) => i.id)).toEqual(['a', 'b']);
  });
});

describe('todayWindowUtc', () => {
  it('spans a day and a half either side of now', () => {
    expect(todayWindowUtc('2025-06-11T12:00:00Z')).toEqual({
      from: '2025-06-10T00:00:00Z',
      to: '2025-06-13T00:00:00Z',
    });
  });
});

describe('followUpsDueSoon', () => {
  it('lists open follow-ups due within two weeks, overdue first and marked', () => {
    const result = followUpsDueSoon(
      [
        followUp('next-week', '2025-06-18'),
        followUp('overdue', '2025-06-01'),
        followUp('done', '2025-06-12', 'done'),
        followUp('far', '2025-09-01'),
        followUp('in-progress', '2025-06-11', 'in-progress'),
      ],
      '2025-06-11',
    );
    expect(result.map((f) => [f.id, f.overdue])).toEqual([
      ['overdue', true],
      ['in-progress', false],
      ['next-week', false],
    ]);
  });
});
