import { describe, expect, it } from 'vitest';
import {
  filterVisits,
  sortVisitsUpcomingFirst,
  visitYears,
  type ListableVisit,
} from '../../../shared/domain/visitFilters';

function visit(id: string, startDate: string, endDate: string, extra: Partial<ListableVisit> = {}) {
  return {
    id,
    title: id,
    startDate,
    endDate,
    status: 'planned',
    direction: 'inbound',
    ...extra,
  } as ListableVisit;
}

const visits = [
  visit('opera-ball', '2024-11-15', '2024-11-17', { direction: 'outbound', status: 'done' }),
  visit('new-year', '2025-12-30', '2026-01-02', { status: 'idea' }),
  visit('delegation', '2025-06-10', '2025-06-13', { status: 'done' }),
  visit('machn', '2025-06-25', '2025-06-27', { direction: 'outbound' }),
];

describe('filterVisits', () => {
  it('narrows by status, direction and year together', () => {
    expect(filterVisits(visits, { direction: 'outbound' }).map((v) => v.id)).toEqual([
      'opera-ball',
      'machn',
    ]);
    expect(filterVisits(visits, { status: 'done', year: 2025 }).map((v) => v.id)).toEqual([
      'delegation',
    ]);
    expect(filterVisits(visits, {})).toHaveLength(4);
  });

  it('counts a visit in every year it touches', () => {
    expect(filterVisits(visits, { year: 2026 }).map((v) => v.id)).toEqual(['new-year']);
    expect(visitYears(visits)).toEqual([2026, 2025, 2024]);
  });
});

describe('sortVisitsUpcomingFirst', () => {
  it('puts current and coming visits first, soonest first, then past ones latest first', () => {
    expect(sortVisitsUpcomingFirst(visits, '2025-06-12').map((v) => v.id)).toEqual([
      'delegation',
      'machn',
      'new-year',
      'opera-ball',
    ]);
    expect(sortVisitsUpcomingFirst(visits, '2025-07-01').map((v) => v.id)).toEqual([
      'new-year',
      'machn',
      'delegation',
      'opera-ball',
    ]);
  });
});
