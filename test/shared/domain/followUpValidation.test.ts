import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../shared/domain/followUp';
import {
  compareByDueDate,
  filterFollowUps,
  followUpOwners,
  isOverdue,
} from '../../../shared/domain/followUpList';
import { validateFollowUp, type FollowUpInput } from '../../../shared/domain/followUpValidation';

const machnInvitation: FollowUpInput = {
  tags: [],
  kind: 'invitation',
  title: 'Invite Kreatives Leipzig to MACHN Festival',
  owner: 'Sarah',
  dueDate: '2025-05-15',
  status: 'open',
};

function codes(input: FollowUpInput) {
  return validateFollowUp(input).map(({ field, code }) => `${field}:${code}`);
}

describe('validateFollowUp', () => {
  it('returns no issues for a complete follow-up', () => {
    expect(validateFollowUp(machnInvitation)).toEqual([]);
  });

  it('requires a title, an owner and a due date', () => {
    expect(codes({ ...machnInvitation, title: ' ', owner: '', dueDate: '' })).toEqual([
      'title:required',
      'owner:required',
      'dueDate:required',
    ]);
  });

  it('refuses a due date that does not exist and an unknown status', () => {
    expect(codes({ ...machnInvitation, dueDate: '2025-02-30', status: 'later' as never })).toEqual([
      'dueDate:date',
      'status:invalidOption',
    ]);
  });
});

type Listed = Pick<FollowUp, 'id' | 'title' | 'owner' | 'dueDate' | 'status'>;
const item = (id: string, owner: string, dueDate: string, status: FollowUp['status']): Listed => ({
  id,
  title: id,
  owner,
  dueDate,
  status,
});
const today = '2025-06-12';
const list = [
  item('thank-you', 'Sarah', '2025-06-20', 'open'),
  item('bid', 'Jürgen', '2025-06-01', 'in-progress'),
  item('film-market', 'Sarah', '2025-06-10', 'done'),
  item('design-festival', 'Anna', '2025-06-14', 'open'),
  item('flatpack', 'Sarah', '2026-01-10', 'dropped'),
];
const ids = (found: Listed[]) => found.map((followUp) => followUp.id);

describe('isOverdue', () => {
  it('marks follow-ups still to do whose due date has passed', () => {
    expect(isOverdue({ dueDate: '2025-06-11', status: 'open' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2025-06-11', status: 'in-progress' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2025-06-12', status: 'open' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '2025-06-11', status: 'done' }, today)).toBe(false);
  });
});

describe('filterFollowUps', () => {
  it('shows what is still to do, earliest due first', () => {
    expect(ids(filterFollowUps(list, { status: 'active', due: 'any' }, today))).toEqual([
      'bid',
      'design-festival',
      'thank-you',
    ]);
  });

  it('filters by one status and by owner', () => {
    expect(ids(filterFollowUps(list, { status: 'done', due: 'any' }, today))).toEqual([
      'film-market',
    ]);
    expect(
      ids(filterFollowUps(list, { status: 'all', owner: 'Sarah', due: 'any' }, today)),
    ).toEqual(['film-market', 'thank-you', 'flatpack']);
  });

  it('filters overdue ones and those due within a week', () => {
    expect(ids(filterFollowUps(list, { status: 'all', due: 'overdue' }, today))).toEqual(['bid']);
    expect(ids(filterFollowUps(list, { status: 'all', due: 'week' }, today))).toEqual([
      'bid',
      'design-festival',
    ]);
  });
});

describe('compareByDueDate and followUpOwners', () => {
  it('breaks ties on the same day by title in German order', () => {
    const sameDay = [
      item('Zoo', 'A', '2025-06-12', 'open'),
      item('Ärzte', 'A', '2025-06-12', 'open'),
    ];
    expect(ids([...sameDay].sort(compareByDueDate))).toEqual(['Ärzte', 'Zoo']);
  });

  it('lists each owner once in German collation order', () => {
    expect(followUpOwners(list)).toEqual(['Anna', 'Jürgen', 'Sarah']);
  });
});
