import { describe, expect, it } from 'vitest';
import { createDateFormatters, formatLocale } from '../../../renderer/format/dateFormat';
import { createFormatters } from '../../../renderer/format/useFormat';
import { packFormat } from '../../../renderer/formats/briefing/packFormat';

describe('createDateFormatters', () => {
  it('writes dates and times alike on screen and in the briefing pack', () => {
    for (const language of ['en', 'de'] as const) {
      const shared = createDateFormatters(formatLocale(language), () => 'Europe/Berlin');
      const screen = createFormatters(formatLocale(language), () => 'Europe/Berlin');
      const pack = packFormat(language, 'Europe/Berlin');
      for (const format of [screen, pack]) {
        expect(format.date('2025-06-11')).toBe(shared.date('2025-06-11'));
        expect(format.longDate('2025-06-11')).toBe(shared.longDate('2025-06-11'));
        expect(format.dateRange('2025-06-10', '2025-06-13')).toBe(
          shared.dateRange('2025-06-10', '2025-06-13'),
        );
        expect(format.time('2025-06-11T21:05')).toBe(shared.time('2025-06-11T21:05'));
        expect(format.instant('2025-06-11T22:30:00Z')).toBe(shared.instant('2025-06-11T22:30:00Z'));
      }
    }
  });

  it('writes each language as before', () => {
    const en = createDateFormatters('en-GB', () => 'Europe/Berlin');
    expect(en.time('2025-06-11T21:05')).toBe('21:05');
    expect(en.instant('2025-06-11T22:30:00Z')).toBe('12 Jun 2025, 00:30');
    const de = createDateFormatters('de-DE', () => 'Europe/Berlin');
    expect(de.longDate('2025-06-11')).toBe('Mittwoch, 11. Juni 2025');
    expect(de.time('2025-06-11T09:30')).toBe('09:30');
    expect(de.instant('2025-06-11T22:30:00Z')).toBe('12.06.2025, 00:30');
  });
});
