import { describe, expect, it, vi } from 'vitest';
import { createFormatters } from '../../../renderer/format/useFormat';

describe('createFormatters', () => {
  it('reads the home zone only when a time needs it, and once', () => {
    // Reading the system's zone loads Intl's zone data: a screen that shows
    // no time (Contacts) must not pay for it as the app starts.
    const homeTimeZone = vi.fn(() => 'Europe/Berlin');
    const format = createFormatters('en-GB', homeTimeZone);
    expect(format.date('2025-06-11')).toBe('11 Jun 2025');
    expect(format.time('2025-06-11T09:30')).toBe('09:30');
    expect(homeTimeZone).not.toHaveBeenCalled();

    expect(format.homeTime('2025-06-11T09:30', 'Europe/London')).toBe('10:30 Berlin');
    expect(format.homeTime('2025-06-11T09:30', 'Europe/Berlin')).toBeUndefined();
    expect(format.instant('2025-06-11T07:30:00.000Z')).toBe('11 Jun 2025, 09:30');
    expect(homeTimeZone).toHaveBeenCalled();
  });

  it('formats as before in German', () => {
    const format = createFormatters('de-DE', () => 'Europe/Berlin');
    expect(format.date('2025-06-11')).toBe('11.06.2025');
    expect(format.dateRange('2025-06-10', '2025-06-13')).toBe('10.–13.06.2025');
    expect(format.zoneLabel('America/New_York')).toBe('New York');
  });
});
