import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { App } from '../../renderer/app/App';
import {
  createDatabase,
  type DatabaseOptions,
  type LiaisonDatabase,
} from '../../renderer/data/database';
import { insertEntity, type EntityFields } from '../../renderer/data/writes';
import { memorySessionStore, type SessionStore } from '../../renderer/sync/session';
import { createI18n } from '../../renderer/i18n/i18n';
import { deriveAgendaUtc } from '../../shared/domain/agenda';
import type { AgendaItem } from '../../shared/domain/agendaItem';
import type { Contact } from '../../shared/domain/contact';
import type { FollowUp } from '../../shared/domain/followUp';
import type { Organisation } from '../../shared/domain/organisation';
import type { Visit } from '../../shared/domain/visit';

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
} = {}) {
  const i18n = await createI18n(language);
  const user = userEvent.setup({ delay: keyDelay });
  window.location.hash = hash;
  const view = render(
    <App
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

/** An organisation's stored fields with sensible defaults. */
export function organisationFields(
  overrides: Partial<Organisation> = {},
): EntityFields<Organisation> {
  return { tags: [], name: '', kind: 'company', sectors: [], ...overrides };
}

/** The Leipzig delegation of June 2025, as a visit's stored fields. */
export function visitFields(overrides: Partial<Visit> = {}): EntityFields<Visit> {
  return {
    tags: [],
    title: 'Leipzig delegation to Birmingham',
    kind: 'civic-delegation',
    direction: 'inbound',
    venueTimeZone: 'Europe/London',
    startDate: '2025-06-10',
    endDate: '2025-06-13',
    status: 'confirmed',
    members: [],
    partnerOrganisationIds: [],
    ...overrides,
  };
}

/** A programme slot's stored fields; its UTC instants follow from its local times unless given. */
export function agendaItemFields(
  visitId: string,
  overrides: Partial<AgendaItem> = {},
): EntityFields<AgendaItem> {
  const fields = {
    tags: [],
    visitId,
    start: '2025-06-11T10:00',
    end: '2025-06-11T11:30',
    timeZone: 'Europe/London',
    title: 'Visit to Aston University',
    kind: 'site-visit' as const,
    attendeeIds: [],
    status: 'confirmed' as const,
    ...overrides,
  };
  return { ...deriveAgendaUtc(fields), ...fields };
}

/** A follow-up's stored fields with sensible defaults. */
export function followUpFields(overrides: Partial<FollowUp> = {}): EntityFields<FollowUp> {
  return {
    tags: [],
    kind: 'invitation',
    title: 'Invite Kreatives Leipzig to the Birmingham Design Festival',
    owner: 'Sarah',
    dueDate: '2025-06-20',
    status: 'open',
    ...overrides,
  };
}

export { insertEntity };
