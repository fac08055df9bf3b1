import { describe, expect, it } from 'vitest';
import { compareIsoDates, isValidIsoDate } from '../../../shared/time/isoDate';

describe('isValidIsoDate', () => {
  it('accepts real dates and refuses impossible or badly written ones', () => {
    expect(isValidIsoDate('2025-06-12')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2025-6-12')).toBe(false);
    expect(isValidIsoDate('2025-06-12T10:00')).toBe(false);
    expect(isValidIsoDate('')).toBe(false);
  });
});

describe('compareIsoDates', () => {
  it('orders dates', () => {
    expect(compareIsoDates('2025-06-10', '2025-06-13')).toBe(-1);
    expect(compareIsoDates('2025-06-13', '2025-06-13')).toBe(0);
    expect(compareIsoDates('2026-01-01', '2025-12-31')).toBe(1);
  });
});
