import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { compareIsoDates, isValidIsoDate } from '../../../shared/time/isoDate';

/** What the check answered when it asked Temporal (before it counted days itself). */
function temporalSays(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

describe('isValidIsoDate', () => {
  it('accepts real dates and refuses impossible or badly written ones', () => {
    expect(isValidIsoDate('2025-06-12')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2025-6-12')).toBe(false);
    expect(isValidIsoDate('2025-06-12T10:00')).toBe(false);
    expect(isValidIsoDate('')).toBe(false);
  });

  it('answers as Temporal does for every month and day of leap, common and edge years', () => {
    const years = ['0000', '0001', '0004', '0100', '0400', '1582', '1900', '2000', '2023', '2024'];
    years.push('2100', '2400', '9996', '9999');
    const twoDigits = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
    const mismatches: string[] = [];
    for (const year of years) {
      for (const month of twoDigits) {
        for (const day of twoDigits) {
          const value = `${year}-${month}-${day}`;
          if (isValidIsoDate(value) !== temporalSays(value)) mismatches.push(value);
        }
      }
    }
    for (const odd of [
      '2024-02-2٩',
      '２０２４-01-01',
      '2024-01-01\n',
      ' 2024-01-01',
      '+02024-01-01',
    ]) {
      if (isValidIsoDate(odd) !== temporalSays(odd)) mismatches.push(odd);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('compareIsoDates', () => {
  it('orders dates', () => {
    expect(compareIsoDates('2025-06-10', '2025-06-13')).toBe(-1);
    expect(compareIsoDates('2025-06-13', '2025-06-13')).toBe(0);
    expect(compareIsoDates('2026-01-01', '2025-12-31')).toBe(1);
  });
});
