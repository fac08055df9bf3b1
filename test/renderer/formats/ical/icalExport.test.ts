import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  agendaItemUid,
  buildCalendar,
  buildVisitCalendar,
  itineraryEntries,
} from '../../../../renderer/formats/ical/icalExport';
import type { AgendaItem } from '../../../../shared/domain/agendaItem';
import { itemOf, noLookups, visitOf } from './icalFixtures';

const NOW = '2025-06-01T12:00:00Z';

function parse(ics: string) {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]);
}

/** Each event as ical.js reads it back: the instant comes from the file's own VTIMEZONE. */
function eventsOf(ics: string) {
  return parse(ics)
    .getAllSubcomponents('vevent')
    .map((event) => {
      const dtstart = event.getFirstProperty('dtstart');
      const start = dtstart?.getFirstValue() as ICAL.Time;
      const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
      return {
        uid: event.getFirstPropertyValue('uid'),
        summary: event.getFirstPropertyValue('summary'),
        tzid: dtstart?.getParameter('tzid'),
        localStart: start.toString(),
        localEnd: end.toString(),
        startUtc: new Date(start.toUnixTime() * 1000).toISOString().replace('.000', ''),
        endUtc: new Date(end.toUnixTime() * 1000).toISOString().replace('.000', ''),
        status: event.getFirstPropertyValue('status'),
        sequence: event.getFirstPropertyValue('sequence'),
        lastModified: String(event.getFirstPropertyValue('last-modified')),
        description: event.getFirstPropertyValue('description'),
        location: event.getFirstPropertyValue('location'),
        categories: event.getFirstPropertyValue('categories'),
      };
    });
}

const berlinVisit = visitOf('v-berlin', {
  title: 'Birmingham trade mission to Leipzig',
  venueTimeZone: 'Europe/Berlin',
  startDate: '2025-10-25',
  endDate: '2025-10-27',
});
// German clocks go back from 03:00 to 02:00 on Sunday 26 October 2025.
const acrossDst = [
  itemOf('i-sat', 'v-berlin', {
    title: 'Round table at the Neues Rathaus',
    start: '2025-10-25T10:00',
    end: '2025-10-25T11:30',
    timeZone: 'Europe/Berlin',
  }),
  itemOf('i-sun', 'v-berlin', {
    title: 'Gewandhaus matinée',
    start: '2025-10-26T11:00',
    end: '2025-10-26T13:00',
    timeZone: 'Europe/Berlin',
    status: 'cancelled',
  }),
  itemOf('i-mon', 'v-berlin', {
    title: 'Spinnerei studios',
    start: '2025-10-27T10:00',
    end: '2025-10-27T11:30',
    timeZone: 'Europe/Berlin',
  }),
];

describe('buildVisitCalendar', () => {
  it('keeps local times and zones across a DST change, with instants matching startUtc', () => {
    const ics = buildVisitCalendar(berlinVisit, acrossDst, { lookups: noLookups, now: NOW });
    const events = eventsOf(ics);
    expect(events.map((event) => event.summary)).toEqual(acrossDst.map((item) => item.title));
    expect(events.map((event) => event.tzid)).toEqual([
      'Europe/Berlin',
      'Europe/Berlin',
      'Europe/Berlin',
    ]);
    expect(events.map((event) => event.localStart)).toEqual([
      '2025-10-25T10:00:00',
      '2025-10-26T11:00:00',
      '2025-10-27T10:00:00',
    ]);
    expect(events.map((event) => event.startUtc)).toEqual(acrossDst.map((item) => item.startUtc));
    expect(events.map((event) => event.endUtc)).toEqual(acrossDst.map((item) => item.endUtc));
    // CEST (UTC+2) before the change, CET (UTC+1) after it.
    expect(events[0]?.startUtc).toBe('2025-10-25T08:00:00Z');
    expect(events[2]?.startUtc).toBe('2025-10-27T09:00:00Z');
  });

  it('writes an RFC 5545 calendar: CRLF lines of at most 75 octets and the calendar properties', () => {
    const long = itemOf('i-long', 'v-berlin', {
      title: `Arbeitsgespräch über Städtepartnerschaften, Kreativwirtschaft und Straßenbahnen ${'ä'.repeat(40)}`,
      start: '2025-10-25T14:00',
      end: '2025-10-25T15:00',
      timeZone: 'Europe/Berlin',
    });
    const ics = buildVisitCalendar(berlinVisit, [...acrossDst, long], {
      lookups: noLookups,
      now: NOW,
    });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    const encoder = new TextEncoder();
    expect(Math.max(...lines.map((line) => encoder.encode(line).length))).toBeLessThanOrEqual(75);
    const calendar = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Liaison/);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(berlinVisit.title);
    expect(eventsOf(ics).find((event) => event.uid === agendaItemUid('i-long'))?.summary).toBe(
      long.title,
    );
  });

  it('writes a VTIMEZONE for every TZID used, and none more', () => {
    const ics = buildVisitCalendar(berlinVisit, acrossDst, { lookups: noLookups, now: NOW });
    const calendar = parse(ics);
    const defined = calendar
      .getAllSubcomponents('vtimezone')
      .map((zone) => zone.getFirstPropertyValue('tzid'));
    const used = new Set(eventsOf(ics).map((event) => event.tzid));
    expect(defined.sort()).toEqual([...used].sort());
  });

  it('keeps local times in London across the March clock change', () => {
    const visit = visitOf('v-march', { startDate: '2025-03-29', endDate: '2025-03-31' });
    const items = ['2025-03-29', '2025-03-30', '2025-03-31'].map((day) =>
      itemOf(`i-${day}`, 'v-march', { start: `${day}T09:00`, end: `${day}T10:00` }),
    );
    const events = eventsOf(buildVisitCalendar(visit, items, { lookups: noLookups, now: NOW }));
    expect(events.map((event) => event.localStart.slice(11))).toEqual([
      '09:00:00',
      '09:00:00',
      '09:00:00',
    ]);
    // GMT on Saturday, BST (UTC+1) from Sunday.
    expect(events.map((event) => event.startUtc)).toEqual([
      '2025-03-29T09:00:00Z',
      '2025-03-30T08:00:00Z',
      '2025-03-31T08:00:00Z',
    ]);
  });

  it('covers every year an event spans, in a southern-hemisphere zone too', () => {
    const visit = visitOf('v-syd', { venueTimeZone: 'Australia/Sydney' });
    const items = [
      itemOf('i-nye', 'v-syd', {
        start: '2025-12-31T22:00',
        end: '2026-01-01T01:00',
        timeZone: 'Australia/Sydney',
      }),
      itemOf('i-autumn', 'v-syd', {
        start: '2026-04-07T09:00',
        end: '2026-04-07T10:00',
        timeZone: 'Australia/Sydney',
      }),
    ];
    const events = eventsOf(buildVisitCalendar(visit, items, { lookups: noLookups, now: NOW }));
    expect(events.map((event) => [event.startUtc, event.endUtc])).toEqual(
      items.map((item) => [item.startUtc, item.endUtc]),
    );
  });

  it('marks cancelled items STATUS:CANCELLED and keeps them in the file', () => {
    const events = eventsOf(
      buildVisitCalendar(berlinVisit, acrossDst, { lookups: noLookups, now: NOW }),
    );
    expect(events.map((event) => event.status)).toEqual(['CONFIRMED', 'CANCELLED', 'CONFIRMED']);
  });

  it('keeps each UID on re-export and raises SEQUENCE and LAST-MODIFIED when an item changes', () => {
    const first = eventsOf(
      buildVisitCalendar(berlinVisit, acrossDst, { lookups: noLookups, now: NOW }),
    );
    const edited: AgendaItem[] = acrossDst.map((item) =>
      item.id === 'i-mon'
        ? { ...item, start: '2025-10-27T10:30', updatedAt: '2025-06-02T08:15:00.000Z' }
        : item,
    );
    const second = eventsOf(
      buildVisitCalendar(berlinVisit, edited, { lookups: noLookups, now: '2025-06-02T09:00:00Z' }),
    );
    expect(second.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    expect(new Set(first.map((event) => event.uid)).size).toBe(3);
    const [before, after] = [first[2], second[2]];
    expect(Number(after?.sequence)).toBeGreaterThan(Number(before?.sequence));
    expect(after?.lastModified).toBe('2025-06-02T08:15:00Z');
    expect((after?.lastModified ?? '') > (before?.lastModified ?? '')).toBe(true);
    expect(second[0]?.sequence).toBe(first[0]?.sequence);
  });

  it('describes purpose, host, chair, dress code and transport but not briefing notes', () => {
    const item = itemOf('i-desc', 'v-berlin', {
      timeZone: 'Europe/Berlin',
      start: '2025-10-25T18:00',
      end: '2025-10-25T20:00',
      venueName: 'Neues Rathaus',
      venueAddress: 'Martin-Luther-Ring 4–6, 04109 Leipzig',
      purpose: 'Renew the cultural exchange agreement',
      hostOrganisationId: 'org-leipzig',
      chairContactId: 'c-mayor',
      dressCode: 'Business attire',
      transport: 'Tram 9 from the hotel',
      briefingNotes: 'Do not raise the stadium dispute',
    });
    const [event] = eventsOf(
      buildVisitCalendar(berlinVisit, [item], {
        lookups: {
          contactName: (id) => (id === 'c-mayor' ? 'Burkhard Jung' : undefined),
          organisationName: (id) => (id === 'org-leipzig' ? 'Stadt Leipzig' : undefined),
        },
        now: NOW,
      }),
    );
    expect(event?.location).toBe('Neues Rathaus, Martin-Luther-Ring 4–6, 04109 Leipzig');
    expect(event?.categories).toBe(berlinVisit.title);
    for (const expected of [
      'Renew the cultural exchange agreement',
      'Host: Stadt Leipzig',
      'Chair: Burkhard Jung',
      'Business attire',
      'Tram 9 from the hotel',
    ]) {
      expect(event?.description).toContain(expected);
    }
    expect(event?.description).not.toContain('stadium');
  });
});

describe('itineraryEntries', () => {
  const london = visitOf('v-bham', { members: [{ contactId: 'c-anna', role: 'delegate' }] });
  const leipzig = visitOf('v-lpz', {
    title: 'Return visit to Leipzig',
    venueTimeZone: 'Europe/Berlin',
  });
  const items = [
    itemOf('whole-delegation', 'v-bham', {
      title: 'Welcome breakfast',
      start: '2025-06-10T08:00',
      end: '2025-06-10T09:00',
    }),
    itemOf('others-only', 'v-bham', { title: 'Press briefing', attendeeIds: ['c-ben'] }),
    itemOf('attending', 'v-lpz', {
      title: 'Visit to the Baumwollspinnerei',
      start: '2025-09-16T14:00',
      end: '2025-09-16T16:00',
      timeZone: 'Europe/Berlin',
      attendeeIds: ['c-anna', 'c-ben'],
    }),
    itemOf('chairing', 'v-lpz', {
      title: 'Round table on creative industries',
      start: '2025-09-17T10:00',
      end: '2025-09-17T12:00',
      timeZone: 'Europe/Berlin',
      chairContactId: 'c-anna',
      attendeeIds: ['c-ben'],
    }),
    itemOf('not-member', 'v-lpz', { title: 'Dinner', timeZone: 'Europe/Berlin' }),
  ];

  it('takes items the person attends or chairs, and whole-delegation items of their visits', () => {
    const entries = itineraryEntries('c-anna', [london, leipzig], items);
    expect(entries.map((entry) => entry.item.id).sort()).toEqual(
      ['attending', 'chairing', 'whole-delegation'].sort(),
    );
  });

  it('exports an itinerary across two visits and two zones with a VTIMEZONE for each', () => {
    const ics = buildCalendar({
      calendarName: 'Itinerary: Anna Schmidt',
      entries: itineraryEntries('c-anna', [london, leipzig], items),
      lookups: noLookups,
      now: NOW,
    });
    const events = eventsOf(ics);
    expect(events.map((event) => [event.summary, event.tzid, event.localStart])).toEqual([
      ['Welcome breakfast', 'Europe/London', '2025-06-10T08:00:00'],
      ['Visit to the Baumwollspinnerei', 'Europe/Berlin', '2025-09-16T14:00:00'],
      ['Round table on creative industries', 'Europe/Berlin', '2025-09-17T10:00:00'],
    ]);
    const byId = new Map(items.map((item) => [agendaItemUid(item.id), item]));
    expect(events.map((event) => event.startUtc)).toEqual(
      events.map((event) => byId.get(String(event.uid))?.startUtc),
    );
    expect(events.map((event) => event.categories)).toEqual([
      london.title,
      leipzig.title,
      leipzig.title,
    ]);
    const zones = parse(ics)
      .getAllSubcomponents('vtimezone')
      .map((zone) => zone.getFirstPropertyValue('tzid'));
    expect(zones.sort()).toEqual(['Europe/Berlin', 'Europe/London']);
  });
});
