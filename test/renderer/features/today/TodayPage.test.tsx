import { createWebPlatform } from '../../../../renderer/platform/webPlatform';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/App';
import type { LiaisonDatabase } from '../../../../renderer/data/database';
import { createI18n } from '../../../../renderer/i18n/i18n';
import { resources } from '../../../../renderer/app/i18nResources';
import { memorySessionStore } from '../../../doubles/memorySessionStore';
import {
  agendaItemFields,
  followUpFields,
  freshDatabaseOptions,
  insertEntity,
  renderApp,
  seed,
  visitFields,
} from '../../appHarness';

async function seedDelegation(database: LiaisonDatabase) {
  const visit = await insertEntity(
    database.visits,
    visitFields({ destinationCity: 'Birmingham', destinationCountry: 'GB' }),
    't',
  );
  const item = (title: string, start: string, end: string) =>
    insertEntity(
      database.agendaItems,
      agendaItemFields(visit.id, {
        title,
        start,
        end,
        kind: 'meeting',
        venueName: 'Aston University',
        status: 'planned',
      }),
      't',
    );
  await item('Aston University visit', '2025-06-11T09:30', '2025-06-11T11:00');
  await item("Lord Mayor's reception", '2025-06-12T18:00', '2025-06-12T20:00');
  await insertEntity(
    database.visits,
    visitFields({
      title: 'MACHN Festival, Leipzig',
      kind: 'trade-mission',
      direction: 'outbound',
      destinationCity: 'Leipzig',
      venueTimeZone: 'Europe/Berlin',
      startDate: '2025-06-24',
      endDate: '2025-06-26',
      status: 'planned',
    }),
    't',
  );
  await insertEntity(
    database.followUps,
    followUpFields({
      kind: 'thank-you-letter',
      title: 'Thank Aston University',
      owner: 'Sam',
      dueDate: '2025-06-05',
    }),
    't',
  );
}

describe('TodayPage', () => {
  it("shows the visit under way, the next one, today's agenda with home time and overdue follow-ups", async () => {
    const options = freshDatabaseOptions();
    await seed(options, seedDelegation);
    await renderApp({ options, now: '2025-06-11T07:00:00Z', homeTimeZone: 'Europe/Berlin' });

    expect(await screen.findByRole('heading', { name: 'Today', level: 1 })).toBeInTheDocument();
    const underWay = screen.getByRole('region', { name: 'Visits under way' });
    expect(
      await within(underWay).findByRole('link', { name: 'Leipzig delegation to Birmingham' }),
    ).toBeInTheDocument();
    expect(
      within(underWay).getByRole('link', { name: 'MACHN Festival, Leipzig' }),
    ).toBeInTheDocument();

    const agenda = await screen.findByRole('list', { name: "Today's agenda" });
    const rows = within(agenda).getAllByRole('listitem');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('09:30–11:00 London (10:30 Berlin)');
    expect(rows[0]).toHaveTextContent('Aston University visit');

    const followUps = screen.getByRole('region', { name: 'Follow-ups due soon' });
    expect(await within(followUps).findByText('Overdue ·')).toBeInTheDocument();
    expect(
      within(followUps).getByRole('link', { name: 'Thank Aston University' }),
    ).toBeInTheDocument();
  });

  it('leaves out the home time when the venue keeps the same clock', async () => {
    const options = freshDatabaseOptions();
    await seed(options, seedDelegation);
    await renderApp({ options, now: '2025-06-11T07:00:00Z', homeTimeZone: 'Europe/London' });
    const agenda = await screen.findByRole('list', { name: "Today's agenda" });
    expect(within(agenda).getByRole('listitem')).not.toHaveTextContent('(');
  });

  it('is in German when German is chosen', async () => {
    await renderApp({ language: 'de', now: '2025-06-11T07:00:00Z' });
    expect(await screen.findByRole('heading', { name: 'Heute', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Heute ist Mittwoch, 11. Juni 2025.')).toBeInTheDocument();
    expect(screen.getByText('Heute steht nichts auf dem Programm.')).toBeInTheDocument();
  });

  it("shows today's agenda while the clock moves on between renders", async () => {
    const options = freshDatabaseOptions();
    await seed(options, seedDelegation);
    const i18n = await createI18n(resources, 'en');
    window.location.hash = '#/today';
    // A real clock: each reading a millisecond later than the one before.
    let elapsed = 0;
    const clock = () => new Date(Date.parse('2025-06-11T07:00:00Z') + elapsed++);
    render(
      <App
        platform={createWebPlatform()}
        i18n={i18n}
        settings={{ language: 'en', homeTimeZone: 'Europe/London' }}
        databaseOptions={options}
        sessionStore={memorySessionStore()}
        clock={clock}
      />,
    );
    const agenda = await screen.findByRole('list', { name: "Today's agenda" });
    expect(within(agenda).getByRole('listitem')).toHaveTextContent('Aston University visit');
  });
});
