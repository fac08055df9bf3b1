import type { Platform } from '../../renderer/platform';
import { createWebPlatform } from '../../renderer/platform/webPlatform';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { App } from '../../renderer/app/App';
import { workspacesSettled } from '../../renderer/app/WorkspaceProvider';
import {
  createDatabase,
  type DatabaseOptions,
  type LiaisonDatabase,
} from '../../renderer/data/database';
import { insertEntity } from '../../renderer/data/writes';
import { organisationFields } from './entityFields';
import { type SessionStore } from '../../renderer/platform/session';
import { memorySessionStore } from '../doubles/memorySessionStore';
import { createI18n } from '../../renderer/i18n/i18n';
import { resources } from '../../renderer/app/i18nResources';
import type { Organisation } from '../../shared/domain/organisation';

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
  keyDelay = 0,
  sessionStore = memorySessionStore(),
  platform = createWebPlatform(),
}: {
  hash?: string;
  options?: DatabaseOptions;
  language?: 'en' | 'de';
  homeTimeZone?: string;
  /** Pins the app's clock to this instant. */
  now?: string;
  /** user-event's pause between keystrokes; `null` for none, for tests that fill long forms. */
  keyDelay?: number | null;
  /** Where the sync session is kept: in memory (signed out) unless a test passes one. */
  sessionStore?: SessionStore;
  /** Where the app runs: the browser's platform unless a test passes one (captureSavedFiles). */
  platform?: Platform;
} = {}) {
  // The previous test's app may still be closing its store of the same name.
  await workspacesSettled();
  const i18n = await createI18n(resources, language);
  const user = userEvent.setup({ delay: keyDelay });
  window.location.hash = hash;
  const view = render(
    <App
      platform={platform}
      i18n={i18n}
      settings={{ language, homeTimeZone }}
      databaseOptions={options}
      sessionStore={sessionStore}
      clock={now ? () => new Date(now) : undefined}
    />,
  );
  await screen.findByRole('navigation', {
    name: language === 'de' ? 'Hauptnavigation' : 'Main navigation',
  });
  return { user, view, options, sessionStore };
}

/** Writes documents into a store before the app opens it; returns what `fill` returns. */
export async function seed<T>(
  options: DatabaseOptions,
  fill: (database: LiaisonDatabase) => Promise<T>,
): Promise<T> {
  // The previous test's app may still be closing its store of the same name.
  await workspacesSettled();
  const database = await createDatabase('local', options);
  try {
    return await fill(database);
  } finally {
    await database.close();
  }
}

/** A fresh store holding one organisation, and its id for the page to open. */
export async function storeWithOrganisation(overrides: Partial<Organisation>) {
  const options = freshDatabaseOptions();
  const organisationId = await seed(
    options,
    async (database) =>
      (await insertEntity(database.organisations, organisationFields(overrides), 'test')).id,
  );
  return { options, organisationId };
}

export {
  agendaItemFields,
  contactFields,
  followUpFields,
  noteFields,
  organisationFields,
  visitFields,
} from './entityFields';
export { insertEntity };
