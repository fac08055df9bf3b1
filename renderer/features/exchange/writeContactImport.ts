import type { RxCollection } from 'rxdb';
import { errorMessage } from '../../../shared/text/errorMessage';
import type { LiaisonDatabase } from '../../data/database';
import { stamped, type Stamp } from '../../data/writes';
import type { ContactImportPlan } from './contactImportPlan';

/** Why an import wrote nothing. */
export type ContactImportErrorCode = 'invalid' | 'writeFailed' | 'rollbackFailed';

/** An import that was refused or undone; nothing of it stays in the store (unless `rollbackFailed`). */
export class ContactImportError extends Error {
  readonly code: ContactImportErrorCode;

  constructor(code: ContactImportErrorCode, message: string) {
    super(message);
    this.name = 'ContactImportError';
    this.code = code;
  }
}

/** What an import wrote. */
export interface ContactImportResult {
  contacts: number;
  organisations: number;
}

interface BulkWriteError {
  status: number;
  documentId: string;
}

async function insertAll<T extends { id: string; updatedAt: string; updatedBy: string }>(
  collection: RxCollection<T>,
  documents: T[],
  stamp: Stamp,
): Promise<{ written: string[]; errors: BulkWriteError[] }> {
  if (documents.length === 0) return { written: [], errors: [] };
  // Stamped as written (the plan may have waited in the preview a while), by the one helper.
  const result = await collection.bulkInsert(documents.map((document) => stamped(document, stamp)));
  return {
    written: result.success.map((document) => document.id),
    errors: result.error as unknown as BulkWriteError[],
  };
}

/**
 * Writes the chosen entries of a plan, all or nothing: every chosen contact
 * and the new organisations they need are checked first, then written in
 * one bulk insert per collection; if any document is refused, whatever was
 * written is removed again and the import fails.
 *
 * @param chosen indexes into `plan.entries` to import.
 * @param now when it is written; every document is stamped with it and the plan's author.
 * @throws {ContactImportError}
 */
export async function writeContactImport(
  database: LiaisonDatabase,
  plan: ContactImportPlan,
  chosen: ReadonlySet<number>,
  now: Date = new Date(),
): Promise<ContactImportResult> {
  const stamp: Stamp = { author: plan.author, now };
  const entries = plan.entries.filter((_, index) => chosen.has(index));
  const invalid = entries.find((entry) => entry.issues.length > 0);
  if (invalid) {
    const { kind, number } = invalid.draft.origin;
    const field = invalid.issues[0]?.field ?? '';
    throw new ContactImportError(
      'invalid',
      `${kind === 'card' ? 'Card' : 'Row'} ${number}: ${field} is not valid; nothing was imported.`,
    );
  }
  const needed = new Set(
    entries.flatMap((entry) => entry.contact.affiliations.map((a) => a.organisationId)),
  );
  const organisations = plan.newOrganisations.filter((entry) => needed.has(entry.organisation.id));
  const badOrganisation = organisations.find((entry) => entry.issues.length > 0);
  if (badOrganisation) {
    throw new ContactImportError(
      'invalid',
      `The organisation "${badOrganisation.organisation.name}" is not valid; nothing was imported.`,
    );
  }

  const written: { organisations: string[]; contacts: string[] } = {
    organisations: [],
    contacts: [],
  };
  let failure: BulkWriteError | undefined;
  const orgs = await insertAll(
    database.organisations,
    organisations.map((entry) => entry.organisation),
    stamp,
  );
  written.organisations = orgs.written;
  failure = orgs.errors[0];
  if (!failure) {
    const contacts = await insertAll(
      database.contacts,
      entries.map((entry) => entry.contact),
      stamp,
    );
    written.contacts = contacts.written;
    failure = contacts.errors[0];
  }
  if (!failure)
    return { contacts: written.contacts.length, organisations: written.organisations.length };

  const reason = `document ${failure.documentId} was refused (status ${failure.status})`;
  try {
    await database.contacts.bulkRemove(written.contacts);
    await database.organisations.bulkRemove(written.organisations);
  } catch (error) {
    const detail = errorMessage(error);
    throw new ContactImportError(
      'rollbackFailed',
      `The import failed (${reason}) and what it had written could not all be removed (${detail}).`,
    );
  }
  throw new ContactImportError(
    'writeFailed',
    `The import failed (${reason}); what it had written was removed.`,
  );
}
