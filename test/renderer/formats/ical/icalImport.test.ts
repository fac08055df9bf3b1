import { describe, expect, it } from 'vitest';
import { CalendarImportError } from '../../../../renderer/formats/ical/calendarImportError';
import { buildVisitCalendar } from '../../../../renderer/formats/ical/icalExport';
import { parseCalendarImport } from '../../../../renderer/formats/ical/icalImport';
import { localToUtc } from '../../../../shared/time/zonedTime';
import { itemOf, noLookups, visitOf } from './icalFixtures';

/** A hand-written file: lines joined with CRLF, as calendar programs write them. */
const ics = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

const visit = visitOf('v-bham');
const read = (text: string, existingItems = [] as ReturnType<typeof itemOf>[]) =>
  parseCalendarImport(text, { visit, existingItems });

// Outlook writes Windows zone names with a VTIMEZONE built from yearly rules.
const OUTLOOK = ics(
  'BEGIN:VCALENDAR',
  'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
  'VERSION:2.0',
  'METHOD:PUBLISH',
  'BEGIN:VTIMEZONE',
  'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16011028T030000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010325T020000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:040000008200E00074C5B7101A82E00800000000',
  'DTSTAMP:20250520T080000Z',
  'SUMMARY:Call with the Leipzig Office for International Affairs',
  'DTSTART;TZID="W. Europe Standard Time":20250611T150000',
  'DTEND;TZID="W. Europe Standard Time":20250611T160000',
  'LOCATION:Council House, Victoria Square, Birmingham B1 1BB',
  'DESCRIPTION:Agree the programme for the return visit',
  'END:VEVENT',
  'END:VCALENDAR',
);

// Google Calendar writes UTC times and may give a DURATION instead of DTEND.
const GOOGLE = ics(
  'BEGIN:VCALENDAR',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'UID:7kq2m1e2@google.com',
  'DTSTAMP:20250520T080000Z',
  'DTSTART:20250612T120000Z',
  'DURATION:PT1H30M',
  'SUMMARY:Lunch at the Library of Birmingham',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:floating-1@example.org',
  'DTSTAMP:20250520T080000Z',
  'DTSTART:20250612T180000',
  'SUMMARY:Reception at the Council House',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:iana-1@example.org',
  'DTSTAMP:20250520T080000Z',
  'DTSTART;TZID=Europe/Berlin:20250613T090000',
  'DTEND;TZID=Europe/Berlin:20250613T100000',
  'SUMMARY:Video call with Leipzig',
  'END:VEVENT',
  'END:VCALENDAR',
);

describe('parseCalendarImport', () => {
  it('converts an Outlook zone through its VTIMEZONE into the venue zone', () => {
    const [row] = read(OUTLOOK).rows;
    expect(row?.action).toBe('new');
    // 15:00 in Leipzig (CEST, UTC+2) is 14:00 in Birmingham (BST, UTC+1).
    expect(row?.fields).toMatchObject({
      start: '2025-06-11T14:00',
      end: '2025-06-11T15:00',
      timeZone: 'Europe/London',
      startUtc: '2025-06-11T13:00:00Z',
      venueName: 'Council House',
      venueAddress: 'Victoria Square, Birmingham B1 1BB',
      purpose: 'Agree the programme for the return visit',
      visitId: 'v-bham',
    });
    expect(row?.reasons).toContain('converted');
  });

  it('reads UTC and floating times into the venue zone and keeps IANA zones as given', () => {
    const rows = read(GOOGLE).rows;
    expect(rows.map((row) => [row.start, row.end, row.timeZone, row.action])).toEqual([
      ['2025-06-12T13:00', '2025-06-12T14:30', 'Europe/London', 'new'],
      ['2025-06-12T18:00', '2025-06-12T19:00', 'Europe/London', 'new'],
      ['2025-06-13T09:00', '2025-06-13T10:00', 'Europe/Berlin', 'new'],
    ]);
    expect(rows.map((row) => row.reasons)).toEqual([['utc'], ['floating', 'noEnd'], []]);
    expect(rows[2]?.fields?.startUtc).toBe(localToUtc('2025-06-13T09:00', 'Europe/Berlin'));
  });

  it('skips all-day, recurring and out-of-dates events, saying why', () => {
    const { rows, writeCount } = read(
      ics(
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:a',
        'DTSTART;VALUE=DATE:20250610',
        'DTEND;VALUE=DATE:20250611',
        'SUMMARY:Leipzig delegation in Birmingham',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:b',
        'DTSTART;TZID=Europe/London:20250610T080000',
        'DTEND;TZID=Europe/London:20250610T083000',
        'RRULE:FREQ=DAILY;COUNT=4',
        'SUMMARY:Breakfast briefing',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:c',
        'DTSTART;TZID=Europe/London:20250620T100000',
        'DTEND;TZID=Europe/London:20250620T110000',
        'SUMMARY:Debrief',
        'END:VEVENT',
        'END:VCALENDAR',
      ),
    );
    expect(rows.map((row) => [row.title, row.action, row.reasons[0]])).toEqual([
      ['Leipzig delegation in Birmingham', 'skip', 'allDay'],
      ['Breakfast briefing', 'skip', 'recurring'],
      ['Debrief', 'skip', 'outsideVisit'],
    ]);
    expect(writeCount).toBe(0);
  });

  it('matches our own export to the existing items, and turns edits into updates', () => {
    const existing = [
      itemOf('i-aston', 'v-bham', { title: 'Aston University', venueName: 'Aston University' }),
      itemOf('i-dinner', 'v-bham', {
        title: 'Civic dinner',
        start: '2025-06-12T19:00',
        end: '2025-06-12T21:30',
      }),
    ];
    const exported = buildVisitCalendar(visit, existing, {
      lookups: noLookups,
      now: '2025-06-01T12:00:00Z',
    });
    const same = read(exported, existing).rows;
    expect(same.map((row) => [row.existingId, row.action, row.reasons])).toEqual([
      ['i-aston', 'skip', ['unchanged']],
      ['i-dinner', 'skip', ['unchanged']],
    ]);

    const edited = exported
      .replace('SUMMARY:Civic dinner', 'SUMMARY:Civic dinner with the Lord Mayor')
      .replace(
        /DTSTART;TZID=Europe\/London:20250612T190000/,
        'DTSTART;TZID=Europe/London:20250612T193000',
      );
    const [, dinner] = read(edited, existing).rows;
    expect(dinner).toMatchObject({
      action: 'update',
      existingId: 'i-dinner',
      changes: { title: 'Civic dinner with the Lord Mayor', start: '2025-06-12T19:30' },
    });
  });

  it('flags an event with the title and start of an existing item as a likely duplicate', () => {
    const existing = [
      itemOf('i-lunch', 'v-bham', {
        title: 'Lunch at the library of Birmingham',
        start: '2025-06-12T13:00',
        end: '2025-06-12T14:00',
      }),
    ];
    const [lunch] = read(GOOGLE, existing).rows;
    expect(lunch).toMatchObject({ action: 'duplicate', existingId: 'i-lunch' });
    expect(lunch?.reasons).toContain('sameTitleAndStart');
  });

  it('reads a cancelled update as a cancellation and skips a new cancelled event', () => {
    const existing = [itemOf('i-aston', 'v-bham')];
    const exported = buildVisitCalendar(visit, existing, {
      lookups: noLookups,
      now: '2025-06-01T12:00:00Z',
    });
    const [update] = read(exported.replace('STATUS:CONFIRMED', 'STATUS:CANCELLED'), existing).rows;
    expect(update).toMatchObject({ action: 'update', changes: { status: 'cancelled' } });
    const [fresh] = read(exported.replace('STATUS:CONFIRMED', 'STATUS:CANCELLED'), []).rows;
    expect(fresh).toMatchObject({ action: 'skip', reasons: ['cancelled'] });
  });
});

describe('parseCalendarImport on malformed files', () => {
  const failure = (text: string) => {
    try {
      read(text);
    } catch (error) {
      if (error instanceof CalendarImportError) return error;
      throw error;
    }
    throw new Error('no error thrown');
  };

  it('refuses a file that is not iCalendar', () => {
    const error = failure('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna\r\nEND:VCARD\r\n');
    expect(error).toMatchObject({ code: 'notICalendar', line: 1 });
  });

  it('names the line of a BEGIN that is never closed', () => {
    const error = failure(
      ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:x', 'DTSTART:20250611T100000Z'),
    );
    expect(error).toMatchObject({ code: 'unterminatedComponent', line: 3 });
    expect(error.message).toMatch(/VEVENT/);
  });

  it('names the line and property of a date that does not exist', () => {
    const error = failure(
      ics(
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:x',
        'SUMMARY:Dinner',
        'DTSTART:20250631T190000',
        'END:VEVENT',
        'END:VCALENDAR',
      ),
    );
    expect(error).toMatchObject({ code: 'badDateTime', line: 6, property: 'DTSTART' });
  });

  it('counts lines as the file has them, folded lines included', () => {
    const error = failure(
      ics(
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'SUMMARY:A long title folded',
        '  onto a second line',
        'DTEND:2025-06-11',
        'END:VEVENT',
        'END:VCALENDAR',
      ),
    );
    expect(error).toMatchObject({ code: 'badDateTime', line: 6, property: 'DTEND' });
  });

  it('refuses a calendar without events', () => {
    const error = failure(ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'END:VCALENDAR'));
    expect(error.code).toBe('noEvents');
  });

  it('names a line that is not NAME:value, and an END that closes the wrong BEGIN', () => {
    expect(
      failure(ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'this is not a property', 'END:VCALENDAR')),
    ).toMatchObject({ code: 'malformedLine', line: 3 });
    expect(
      failure(ics('BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'END:VTODO', 'END:VCALENDAR')),
    ).toMatchObject({ code: 'mismatchedEnd', line: 3 });
  });

  it('names a DURATION that is not one', () => {
    const error = failure(
      ics(
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'DTSTART:20250611T100000Z',
        'DURATION:90 minutes',
        'END:VEVENT',
        'END:VCALENDAR',
      ),
    );
    expect(error).toMatchObject({ code: 'badDuration', line: 4, property: 'DURATION' });
  });
});
