import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { App } from '../../renderer/app/App';
import {
  createDatabase,
  type DatabaseOptions,
  type LiaisonDatabase,
} from '../../renderer/data/database';
import { insertEntity } from '../../renderer/data/writes';
import { createI18n } from '../../renderer/i18n/i18n';
import type { Contact } from '../../shared/domain/contact';

/** A fresh, empty IndexedDB per test, as a new profile would have. */
export function freshDatabaseOptions(): DatabaseOptions {
  return { dexie: { indexedDB: new IDBFactory(), IDBKeyRange }, devMode: true };
}

/**
 * Renders the whole app at `hash` on the given store and waits until the
 * workspace is open.
 */
export async function renderApp({
  hash = '#/today',
  options = freshDatabaseOptions(),
  language = 'en',
  homeTimeZone = 'Europe/London',
  now,
}: {
  hash?: string;
  options?: DatabaseOptions;
  language?: 'en' | 'de';
  homeTimeZone?: string;
  /** Pins the app's clock to this instant. */
  now?: string;
} = {}) {
  const i18n = await createI18n(language);
  const user = userEvent.setup();
  window.location.hash = hash;
  const view = render(
    <App
      i18n={i18n}
      settings={{ language, homeTimeZone }}
      databaseOptions={options}
      clock={now ? () => new Date(now) : undefined}
    />,
  );
  await screen.findByRole('navigation', {
    name: language === 'de' ? 'Hauptnavigation' : 'Main navigation',
  });
  return { user, view, options };
}

/** Writes documents into a store before the app opens it. */
export async function seed(
  options: DatabaseOptions,
  fill: (database: LiaisonDatabase) => Promise<unknown>,
) {
  const database = await createDatabase('local', options);
  try {
    await fill(database);
  } finally {
    await database.close();
  }
}

/** A contact's stored fields with sensible defaults. */
export function contactFields(overrides: Partial<Contact> = {}) {
  return {
    tags: [],
    givenNames: '',
    familyName: '',
    nameOrder: 'given-first' as const,
    languages: [],
    affiliations: [],
    emails: [],
    phones: [],
    lawfulBasis: 'public-task' as const,
    ...overrides,
  };
}

export { insertEntity };
