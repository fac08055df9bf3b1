import { screen, waitFor } from '@testing-library/react';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  agendaItemFields,
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  renderApp,
  seed,
  visitFields,
} from '../../appHarness';
import { captureSavedFiles } from '../../savedFiles';

/** Anna Schmidt, on the Leipzig delegation and chairing a round table on a second trip. */
async function storeWithPeople() {
  const options = freshDatabaseOptions();
  const ids = await seed(options, async (database) => {
    const anna = await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Anna', familyName: 'Schmidt' }),
      'test',
    );
    const ben = await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Ben', familyName: 'Okafor' }),
      'test',
    );
    const birmingham = await insertEntity(
      database.visits,
      visitFields({ members: [{ contactId: anna.id, role: 'delegate' }] }),
      'test',
    );
    const leipzig = await insertEntity(
      database.visits,
      visitFields({
        title: 'Return visit to Leipzig',
        venueTimeZone: 'Europe/Berlin',
        startDate: '2025-10-25',
        endDate: '2025-10-27',
      }),
      'test',
    );
    await insertEntity(
      database.agendaItems,
      agendaItemFields(birmingham.id, { title: 'Welcome breakfast' }),
      'test',
    );
    await insertEntity(
      database.agendaItems,
      agendaItemFields(leipzig.id, {
        title: 'Round table on creative industries',
        start: '2025-10-27T10:00',
        end: '2025-10-27T12:00',
        timeZone: 'Europe/Berlin',
        chairContactId: anna.id,
      }),
      'test',
    );
    return { anna: anna.id, ben: ben.id };
  });
  return { options, ...ids };
}

describe('ItineraryExportButton', () => {
  it('saves the items a person takes part in, across visits and zones', async () => {
    const files = captureSavedFiles();
    const { options, anna } = await storeWithPeople();
    const { user } = await renderApp({
      hash: `#/contacts/${anna}`,
      options,
      platform: files.platform,
    });
    await user.click(await screen.findByRole('button', { name: 'Itinerary (.ics)' }));

    await waitFor(() => expect(files.saved).toHaveLength(1));
    const [request] = files.saved;
    expect(request?.suggestedName).toMatch(/Anna-Schmidt\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(files.text(request!)) as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Itinerary: Anna Schmidt');
    const events = calendar.getAllSubcomponents('vevent');
    expect(
      events.map((event) => [
        event.getFirstPropertyValue('summary'),
        event.getFirstProperty('dtstart')?.getParameter('tzid'),
      ]),
    ).toEqual([
      ['Welcome breakfast', 'Europe/London'],
      ['Round table on creative industries', 'Europe/Berlin'],
    ]);
    const zones = calendar
      .getAllSubcomponents('vtimezone')
      .map((zone) => zone.getFirstPropertyValue('tzid'));
    expect(zones.sort()).toEqual(['Europe/Berlin', 'Europe/London']);
  });

  it('says why there is nothing to save for someone in no agenda item', async () => {
    const files = captureSavedFiles();
    const { options, ben } = await storeWithPeople();
    const { user } = await renderApp({
      hash: `#/contacts/${ben}`,
      options,
      platform: files.platform,
    });

    await user.click(await screen.findByRole('button', { name: 'Itinerary (.ics)' }));

    expect(
      await screen.findByText(
        'No agenda items include this person yet, so there is no itinerary to save.',
      ),
    ).toBeInTheDocument();
    expect(files.saved).toEqual([]);
  });
});

describe('calendar actions in German', () => {
  it('labels the export and import in German', async () => {
    const { options, anna } = await storeWithPeople();
    await renderApp({ hash: `#/contacts/${anna}`, options, language: 'de' });
    expect(await screen.findByRole('button', { name: 'Reiseplan (.ics)' })).toBeInTheDocument();
  });
});
