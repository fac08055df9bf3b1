import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { App } from '../../../renderer/app/App';
import {
  createDatabase,
  type DatabaseOptions,
  type LiaisonDatabase,
} from '../../../renderer/data/database';
import { insertEntity } from '../../../renderer/data/writes';
import { createI18n } from '../../../renderer/i18n/i18n';
import { deriveAgendaUtc } from '../../../shared/domain/agenda';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { Visit } from '../../../shared/domain/visit';

/** A fresh, empty IndexedDB per test. */
export function freshOptions(): DatabaseOptions {
  return { dexie: { indexedDB: new IDBFactory(), IDBKeyRange }, devMode: true };
}

/** Renders the app at `hash` with the home zone pinned to London, and waits for the store. */
export async function renderVisits({
  hash = '#/visits',
  options = freshOptions(),
  language = 'en',
}: { hash?: string; options?: DatabaseOptions; language?: 'en' | 'de' } = {}) {
  const i18n = await createI18n(language);
  // No pause between keystrokes: the forms are long and CI machines have two cores.
  const user = userEvent.setup({ delay: null });
  window.location.hash = hash;
  const view = render(
    <App
      i18n={i18n}
      settings={{ language, homeTimeZone: 'Europe/London' }}
      databaseOptions={options}
    />,
  );
  await screen.findByRole('navigation', {
    name: language === 'de' ? 'Hauptnavigation' : 'Main navigation',
  });
  return { user, view, options };
}

/** Writes documents before the app opens the store; returns what `fill` returns. */
export async function seed<T>(
  options: DatabaseOptions,
  fill: (database: LiaisonDatabase) => Promise<T>,
): Promise<T> {
  const database = await createDatabase('local', options);
  try {
    return await fill(database);
  } finally {
    await database.close();
  }
}

/** The Leipzig delegation to Birmingham, 10–13 June 2025 (docs/domain.md). */
export function leipzigDelegation(extra: Partial<Visit> = {}) {
  return {
    tags: [],
    title: 'Leipzig delegation to Birmingham',
    kind: 'civic-delegation',
    direction: 'inbound',
    destinationCity: 'Birmingham',
    destinationCountry: 'GB',
    venueTimeZone: 'Europe/London',
    startDate: '2025-06-10',
    endDate: '2025-06-13',
    status: 'confirmed',
    members: [],
    partnerOrganisationIds: [],
    ...extra,
  } satisfies Omit<Visit, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>;
}

export async function addVisit(database: LiaisonDatabase, extra: Partial<Visit> = {}) {
  return insertEntity(database.visits, leipzigDelegation(extra), 'test');
}

export async function addContact(
  database: LiaisonDatabase,
  givenNames: string,
  familyName: string,
) {
  return insertEntity(
    database.contacts,
    {
      tags: [],
      givenNames,
      familyName,
      nameOrder: 'given-first',
      languages: [],
      affiliations: [],
      emails: [],
      phones: [],
      lawfulBasis: 'public-task',
    },
    'test',
  );
}

export async function addItem(
  database: LiaisonDatabase,
  visitId: string,
  title: string,
  start: string,
  end: string,
  extra: Partial<AgendaItem> = {},
) {
  const timeZone = extra.timeZone ?? 'Europe/London';
  return insertEntity(
    database.agendaItems,
    {
      tags: [],
      visitId,
      title,
      kind: 'meeting',
      start,
      end,
      timeZone,
      ...deriveAgendaUtc({ start, end, timeZone }),
      attendeeIds: [],
      status: 'planned',
      ...extra,
    },
    'test',
  );
}
