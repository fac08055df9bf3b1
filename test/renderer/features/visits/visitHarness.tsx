import type { Platform } from '../../../../renderer/platform';
import type { DatabaseOptions, LiaisonDatabase } from '../../../../renderer/data/database';
import type { AgendaItem } from '../../../../shared/domain/agendaItem';
import type { Visit } from '../../../../shared/domain/visit';
import {
  agendaItemFields,
  contactFields,
  insertEntity,
  renderApp,
  visitFields,
} from '../../appHarness';

/** Renders the app at `hash` (Visits by default) and waits for the store. */
export function renderVisits({
  hash = '#/visits',
  options,
  language = 'en',
  platform,
}: {
  hash?: string;
  options?: DatabaseOptions;
  language?: 'en' | 'de';
  platform?: Platform;
} = {}) {
  // No pause between keystrokes: the forms are long and CI machines have two cores.
  return renderApp({ hash, options, language, keyDelay: null, platform });
}

/** The Leipzig delegation to Birmingham, 10–13 June 2025 (docs/domain.md). */
export async function addVisit(database: LiaisonDatabase, extra: Partial<Visit> = {}) {
  return insertEntity(
    database.visits,
    visitFields({ destinationCity: 'Birmingham', destinationCountry: 'GB', ...extra }),
    'test',
  );
}

export async function addContact(
  database: LiaisonDatabase,
  givenNames: string,
  familyName: string,
) {
  return insertEntity(database.contacts, contactFields({ givenNames, familyName }), 'test');
}

/** A planned meeting from `start` to `end` (venue-local), in London unless `extra` says otherwise. */
export async function addItem(
  database: LiaisonDatabase,
  visitId: string,
  title: string,
  start: string,
  end: string,
  extra: Partial<AgendaItem> = {},
) {
  return insertEntity(
    database.agendaItems,
    agendaItemFields(visitId, { title, kind: 'meeting', start, end, status: 'planned', ...extra }),
    'test',
  );
}
