import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  ZonedTimeError,
  isAmbiguousLocalTime,
  isNonexistentLocalTime,
  isoDateOf,
  isValidTimeZone,
  localToUtc,
  offsetAt,
  utcToLocal,
} from '../../../shared/time/zonedTime';

describe('localToUtc', () => {
  it('converts summer and winter times in London', () => {
    expect(localToUtc('2025-06-12T18:00', 'Europe/London')).toBe('2025-06-12T17:00:00Z');
    expect(localToUtc('2025-01-15T18:00', 'Europe/London')).toBe('2025-01-15T18:00:00Z');
  });

  it('moves a time in the London spring-forward gap forward by default', () => {
    expect(localToUtc('2025-03-30T01:30', 'Europe/London')).toBe('2025-03-30T01:30:00Z');
    expect(utcToLocal('2025-03-30T01:30:00Z', 'Europe/London')).toBe('2025-03-30T02:30');
  });

  it('picks the earlier or later 01:30 when London clocks go back', () => {
    expect(localToUtc('2025-10-26T01:30', 'Europe/London')).toBe('2025-10-26T00:30:00Z');
    expect(localToUtc('2025-10-26T01:30', 'Europe/London', 'earlier')).toBe('2025-10-26T00:30:00Z');
    expect(localToUtc('2025-10-26T01:30', 'Europe/London', 'later')).toBe('2025-10-26T01:30:00Z');
  });

  it('throws a coded error for reject in a gap', () => {
    expect(() => localToUtc('2025-03-30T01:30', 'Europe/London', 'reject')).toThrow(
      expect.objectContaining({ code: 'nonexistentOrAmbiguousLocalTime' }),
    );
  });

  it('handles Berlin, New York, Kolkata (+05:30) and Chatham (+12:45)', () => {
    expect(localToUtc('2025-03-30T02:30', 'Europe/Berlin')).toBe('2025-03-30T01:30:00Z');
    expect(localToUtc('2025-10-26T02:30', 'Europe/Berlin', 'later')).toBe('2025-10-26T01:30:00Z');
    expect(localToUtc('2025-03-09T02:30', 'America/New_York')).toBe('2025-03-09T07:30:00Z');
    expect(localToUtc('2025-11-02T01:30', 'America/New_York', 'later')).toBe(
      '2025-11-02T06:30:00Z',
    );
    expect(localToUtc('2025-06-12T09:00', 'Asia/Kolkata')).toBe('2025-06-12T03:30:00Z');
    expect(localToUtc('2025-01-15T12:00', 'Pacific/Chatham')).toBe('2025-01-14T22:15:00Z');
    expect(localToUtc('2025-07-15T12:00', 'Pacific/Chatham')).toBe('2025-07-14T23:15:00Z');
  });

  it('rejects malformed times and unknown zones with codes', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof ZonedTimeError ? error.code : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => localToUtc('12/06/2025 18:00', 'Europe/London'))).toBe(
      'invalidLocalDateTime',
    );
    expect(codeOf(() => localToUtc('2025-02-30T10:00', 'Europe/London'))).toBe(
      'invalidLocalDateTime',
    );
    expect(codeOf(() => localToUtc('2025-06-12T10:00', 'Mars/Olympus'))).toBe('invalidTimeZone');
    expect(codeOf(() => utcToLocal('noon', 'Europe/London'))).toBe('invalidInstant');
  });
});

describe('utcToLocal', () => {
  it('shows an instant as wall-clock time in a zone', () => {
    expect(utcToLocal('2025-06-12T17:00:00Z', 'Europe/London')).toBe('2025-06-12T18:00');
    expect(utcToLocal('2025-06-12T17:00:00Z', 'Asia/Kolkata')).toBe('2025-06-12T22:30');
    expect(utcToLocal('2025-06-12T17:00:00Z', 'Pacific/Chatham')).toBe('2025-06-13T05:45');
  });

  it('round-trips every hour of the London DST-change days', () => {
    for (const day of ['2025-03-30', '2025-10-26']) {
      for (let hour = 0; hour < 24; hour += 1) {
        const local = `${day}T${String(hour).padStart(2, '0')}:15`;
        const back = utcToLocal(localToUtc(local, 'Europe/London'), 'Europe/London');
        if (isNonexistentLocalTime(local, 'Europe/London')) {
          expect(back).toBe(`${day}T02:15`);
        } else {
          expect(back).toBe(local);
        }
      }
    }
  });

  it('round-trips both halves of the repeated hour by UTC', () => {
    for (const instant of ['2025-10-26T00:30:00Z', '2025-10-26T01:30:00Z']) {
      const local = utcToLocal(instant, 'Europe/London');
      expect(local).toBe('2025-10-26T01:30');
      const choice = instant.startsWith('2025-10-26T00') ? 'earlier' : 'later';
      expect(localToUtc(local, 'Europe/London', choice)).toBe(instant);
    }
  });

  it('shows the June 2025 Leipzig delegation programme in Berlin time', () => {
    const programme = [
      ['2025-06-11T10:00', '2025-06-11T11:00'], // Aston University
      ['2025-06-12T18:00', '2025-06-12T19:00'], // Lord Mayor's reception
      ['2025-06-13T09:30', '2025-06-13T10:30'], // Birmingham Design Festival
    ] as const;
    for (const [london, berlin] of programme) {
      expect(utcToLocal(localToUtc(london, 'Europe/London'), 'Europe/Berlin')).toBe(berlin);
    }
    expect(offsetAt(localToUtc('2025-06-12T18:00', 'Europe/London'), 'Europe/Berlin')).toBe(
      '+02:00',
    );
  });
});

describe('isoDateOf', () => {
  it("gives the instant's calendar day in the zone, not in UTC", () => {
    expect(isoDateOf('2025-06-30T23:30:00Z', 'Europe/Berlin')).toBe('2025-07-01');
    expect(isoDateOf('2025-06-30T23:30:00Z', 'UTC')).toBe('2025-06-30');
    expect(isoDateOf('2025-07-01T02:00:00Z', 'America/New_York')).toBe('2025-06-30');
    expect(isoDateOf('2025-07-01T00:30:00.000Z', 'Europe/London')).toBe('2025-07-01');
  });

  it('refuses a malformed instant or zone', () => {
    expect(() => isoDateOf('2025-06-30', 'Europe/Berlin')).toThrow(ZonedTimeError);
    expect(() => isoDateOf('2025-06-30T23:30:00Z', 'Mars/Olympus')).toThrow(ZonedTimeError);
  });
});

describe('isNonexistentLocalTime', () => {
  it('is true only inside the spring-forward gap', () => {
    expect(isNonexistentLocalTime('2025-03-30T01:30', 'Europe/London')).toBe(true);
    expect(isNonexistentLocalTime('2025-03-30T00:59', 'Europe/London')).toBe(false);
    expect(isNonexistentLocalTime('2025-03-30T02:00', 'Europe/London')).toBe(false);
    expect(isNonexistentLocalTime('2025-03-30T02:30', 'Europe/Berlin')).toBe(true);
    expect(isNonexistentLocalTime('2025-10-26T01:30', 'Europe/London')).toBe(false);
    expect(isNonexistentLocalTime('2025-03-30T01:30', 'Asia/Kolkata')).toBe(false);
  });
});

describe('isAmbiguousLocalTime', () => {
  it('is true only in the repeated hour when clocks go back', () => {
    expect(isAmbiguousLocalTime('2025-10-26T01:30', 'Europe/London')).toBe(true);
    expect(isAmbiguousLocalTime('2025-10-26T02:30', 'Europe/Berlin')).toBe(true);
    expect(isAmbiguousLocalTime('2025-10-26T02:00', 'Europe/London')).toBe(false);
    expect(isAmbiguousLocalTime('2025-03-30T01:30', 'Europe/London')).toBe(false);
    expect(isAmbiguousLocalTime('2025-06-12T18:00', 'Europe/London')).toBe(false);
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zones and refuses offsets and nonsense', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Pacific/Chatham')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('+01:00')).toBe(false);
    expect(isValidTimeZone('Europe/Birmingham')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('agrees with Temporal on every zone this runtime knows and on names it does not', () => {
    const temporalKnows = (zone: string) => {
      try {
        Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
        return true;
      } catch {
        return false;
      }
    };
    const names = [
      ...Intl.supportedValuesOf('timeZone'),
      'europe/london',
      'US/Eastern',
      'Etc/GMT+1',
      'EST5EDT',
      'UTC+1',
      'GMT',
      'Europe/Birmingham',
      'Mars/Olympus_Mons',
      ' Europe/London',
    ];
    for (const zone of names)
      expect([zone, isValidTimeZone(zone)]).toEqual([zone, temporalKnows(zone)]);
  });
});
