import { screen, waitFor, within } from '@testing-library/react';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { DatabaseOptions, LiaisonDatabase } from '../../../../renderer/data/database';
import { freshDatabaseOptions, seed } from '../../appHarness';
import { captureSavedFiles } from '../../savedFiles';
import { addItem, addVisit, renderVisits } from '../visits/visitHarness';

const ics = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const event = (uid: string, summary: string, start: string, end: string, extra: string[] = []) => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  'DTSTAMP:20250520T080000Z',
  `SUMMARY:${summary}`,
  `DTSTART;TZID=Europe/London:${start}`,
  `DTEND;TZID=Europe/London:${end}`,
  ...extra,
  'END:VEVENT',
];

/** The Leipzig delegation with one item already in its agenda. */
async function storeWithVisit() {
  const options = freshDatabaseOptions();
  const visitId = await seed(options, async (database) => {
    const visit = await addVisit(database);
    await addItem(database, visit.id, 'Aston University', '2025-06-11T10:00', '2025-06-11T12:00');
    await addItem(database, visit.id, 'Gewandhaus call', '2025-06-12T09:00', '2025-06-12T10:00', {
      timeZone: 'Europe/Berlin',
    });
    return visit.id;
  });
  return { options, visitId };
}

/** Reads the store after the app has let go of it. */
async function readBack<T>(
  view: { unmount: () => void },
  options: DatabaseOptions,
  read: (database: LiaisonDatabase) => Promise<T>,
) {
  view.unmount();
  return seed(options, read);
}

const agendaItems = () =>
  within(screen.getByRole('list', { name: 'Agenda' })).queryAllByRole('listitem');

async function openImport(visitId: string, options: DatabaseOptions) {
  const rendered = await renderVisits({ hash: `#/visits/${visitId}`, options });
  await waitFor(() => expect(agendaItems()).toHaveLength(2));
  await rendered.user.click(screen.getByRole('button', { name: 'Import calendar…' }));
  const dialog = await screen.findByRole('dialog', {
    name: 'Import a calendar into “Leipzig delegation to Birmingham”',
  });
  return { ...rendered, dialog };
}

describe('VisitCalendarActions', () => {
  it('saves the programme as an .ics file through the platform', async () => {
    const files = captureSavedFiles();
    const { options, visitId } = await storeWithVisit();
    const { user } = await renderVisits({
      hash: `#/visits/${visitId}`,
      options,
      platform: files.platform,
    });
    await waitFor(() => expect(agendaItems()).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Calendar (.ics)' }));

    await waitFor(() => expect(files.saved).toHaveLength(1));
    const [request] = files.saved;
    expect(request?.suggestedName).toMatch(/^Leipzig-delegation-to-Birmingham.*\.ics$/);
    expect(request?.filters).toEqual([{ name: 'iCalendar file', extensions: ['ics'] }]);
    const calendar = new ICAL.Component(ICAL.parse(files.text(request!)) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual([
      'Aston University',
      'Gewandhaus call',
    ]);
    expect(events.map((e) => e.getFirstProperty('dtstart')?.getParameter('tzid'))).toEqual([
      'Europe/London',
      'Europe/Berlin',
    ]);
    expect(await screen.findByText(/^Saved \/home\/sarah\/.*\.ics\.$/)).toBeInTheDocument();
  });

  it('previews a file and imports the new events, leaving out duplicates and skipped ones', async () => {
    const { options, visitId } = await storeWithVisit();
    const { user, dialog, view } = await openImport(visitId, options);
    const file = ics(
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      ...event('new-1', 'STEAMhouse tour', '20250612T140000', '20250612T153000'),
      ...event('dup-1', 'Aston University', '20250611T100000', '20250611T120000'),
      'BEGIN:VEVENT',
      'UID:allday-1',
      'DTSTART;VALUE=DATE:20250610',
      'SUMMARY:Delegation in town',
      'END:VEVENT',
      'END:VCALENDAR',
    );
    await user.upload(
      within(dialog).getByLabelText('Calendar file (.ics)'),
      new File([file], 'programme.ics', { type: 'text/calendar' }),
    );

    const table = await within(dialog).findByRole('table', { name: 'Events in the file' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(name) });
    expect(row('STEAMhouse tour')).toHaveTextContent('New');
    expect(row('Aston University')).toHaveTextContent('Likely duplicate');
    expect(row('Delegation in town')).toHaveTextContent('Skipped');
    expect(row('Delegation in town')).toHaveTextContent('All-day event');

    await user.click(within(dialog).getByRole('button', { name: 'Import 1 item' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(agendaItems()).toHaveLength(3));
    expect(
      await screen.findByText('Imported 1 new and 0 updated agenda items from programme.ics.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(agendaItems()).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Import calendar…' }));
    const again = await screen.findByRole('dialog');
    await user.upload(
      within(again).getByLabelText('Calendar file (.ics)'),
      new File([file], 'programme.ics', { type: 'text/calendar' }),
    );
    await user.click(await within(again).findByRole('button', { name: 'Import 1 item' }));
    await waitFor(() => expect(agendaItems()).toHaveLength(3));
    const titles = await readBack(view, options, async (database) =>
      (await database.agendaItems.find().exec()).map((item) => item.title).sort(),
    );
    expect(titles).toEqual(['Aston University', 'Gewandhaus call', 'STEAMhouse tour']);
  });

  it.each([
    [
      'not iCalendar',
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna\r\nEND:VCARD\r\n',
      /line 1 should be BEGIN:VCALENDAR/,
    ],
    [
      'an unterminated BEGIN',
      ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:x', 'SUMMARY:Dinner'),
      /BEGIN on line 3 is never closed/,
    ],
    [
      'a bad date',
      ics(
        'BEGIN:VCALENDAR',
        ...event('x', 'Dinner', '20250632T190000', '20250612T210000'),
        'END:VCALENDAR',
      ),
      /Line 6: DTSTART is not a valid date/,
    ],
    ['no events', ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'END:VCALENDAR'), /holds no events/],
  ])('shows a clear error and writes nothing for %s', async (_kind, file, message) => {
    const { options, visitId } = await storeWithVisit();
    const { user, dialog, view } = await openImport(visitId, options);
    await user.upload(
      within(dialog).getByLabelText('Calendar file (.ics)'),
      new File([file], 'broken.ics', { type: 'text/calendar' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(within(dialog).getByRole('button', { name: /^Import \d+ items?$/ })).toBeDisabled();
    const count = await readBack(view, options, (database) => database.agendaItems.count().exec());
    expect(count).toBe(2);
  });

  it('writes nothing when one event fails validation, and says which', async () => {
    const { options, visitId } = await storeWithVisit();
    const { user, dialog, view } = await openImport(visitId, options);
    const file = ics(
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      ...event('ok-1', 'STEAMhouse tour', '20250612T140000', '20250612T153000'),
      ...event('bad-1', 'Backwards dinner', '20250612T210000', '20250612T190000'),
      'END:VCALENDAR',
    );
    await user.upload(
      within(dialog).getByLabelText('Calendar file (.ics)'),
      new File([file], 'programme.ics', { type: 'text/calendar' }),
    );
    await user.click(await within(dialog).findByRole('button', { name: 'Import 2 items' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Nothing was imported: “Backwards dinner” (line 10) has an unacceptable end time: the event ends before it starts.',
    );
    const count = await readBack(view, options, (database) => database.agendaItems.count().exec());
    expect(count).toBe(2);
  });

  it('updates the existing items when our own export comes back edited', async () => {
    const files = captureSavedFiles();
    const { options, visitId } = await storeWithVisit();
    const { user, dialog, view } = await (async () => {
      const rendered = await renderVisits({
        hash: `#/visits/${visitId}`,
        options,
        platform: files.platform,
      });
      await waitFor(() => expect(agendaItems()).toHaveLength(2));
      await rendered.user.click(screen.getByRole('button', { name: 'Calendar (.ics)' }));
      await waitFor(() => expect(files.saved).toHaveLength(1));
      await rendered.user.click(screen.getByRole('button', { name: 'Import calendar…' }));
      return { ...rendered, dialog: await screen.findByRole('dialog') };
    })();
    const edited = files
      .text(files.saved[0]!)
      .replace('SUMMARY:Aston University', 'SUMMARY:Aston University (moved)')
      .replace(
        'DTSTART;TZID=Europe/London:20250611T100000',
        'DTSTART;TZID=Europe/London:20250611T103000',
      );
    await user.upload(
      within(dialog).getByLabelText('Calendar file (.ics)'),
      new File([edited], 'edited.ics', { type: 'text/calendar' }),
    );
    const table = await within(dialog).findByRole('table', { name: 'Events in the file' });
    expect(
      within(table).getByRole('row', { name: /Aston University \(moved\)/ }),
    ).toHaveTextContent('Update');
    expect(within(table).getByRole('row', { name: /Gewandhaus call/ })).toHaveTextContent(
      'Matches the agenda item already there.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 item' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const items = await readBack(view, options, async (database) =>
      (await database.agendaItems.find().exec()).map((item) => [
        item.title,
        item.start,
        item.startUtc,
      ]),
    );
    expect(items.sort()).toEqual([
      ['Aston University (moved)', '2025-06-11T10:30', '2025-06-11T09:30:00Z'],
      ['Gewandhaus call', '2025-06-12T09:00', '2025-06-12T07:00:00Z'],
    ]);
  });
});
