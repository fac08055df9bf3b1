import { deriveAgendaUtc } from '../../../shared/domain/agenda';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import { agendaItemSchema } from '../../../shared/domain/agendaItemSchema';
import {
  validateAgendaItem,
  type AgendaItemIssueCode,
} from '../../../shared/domain/agendaItemValidation';
import { cleanDocumentText, documentIssues } from '../../../shared/sync/documentRules';
import { errorMessage } from '../../../shared/text/errorMessage';
import type { CalendarImportPreview, CalendarImportRow } from '../../formats/ical/icalImport';
import { compiledValidator } from '../../data/schemaValidator';
import type { LiaisonDatabase } from '../../data/database';
import {
  changedFields,
  editEntity,
  type EditOutcome,
  type FieldChanges,
} from '../../data/editEntity';
import { newEntity, removeEntity, stamped, type Stamp } from '../../data/writes';

/** Why nothing was imported. */
export type CalendarWriteErrorCode = 'invalidItem' | 'itemGone' | 'writeFailed';

/** An import that wrote nothing; `row` and `field` say which event and field when known. */
export class CalendarWriteError extends Error {
  constructor(
    readonly code: CalendarWriteErrorCode,
    message: string,
    readonly row?: CalendarImportRow,
    readonly field?: string,
    readonly issue?: AgendaItemIssueCode | 'schema',
  ) {
    super(message);
    this.name = 'CalendarWriteError';
  }
}

let schemaErrors: ((document: unknown) => unknown[]) | undefined;

/** The same schema check the storage runs on every write, made before any write. */
function checkDocument(document: AgendaItem, row: CalendarImportRow): void {
  schemaErrors ??= compiledValidator(agendaItemSchema as never);
  const issues = validateAgendaItem(document);
  const first = issues[0];
  if (first) {
    throw new CalendarWriteError(
      'invalidItem',
      `Line ${row.line}, “${row.title}”: ${first.field} is not acceptable (${first.code}).`,
      row,
      first.field,
      first.code,
    );
  }
  // What the sync server would refuse (ids, text, list bounds) is refused here, before writing.
  const refused = documentIssues('agendaItems', { ...document, _deleted: false })[0];
  const errors = refused ? [refused] : schemaErrors(document);
  if (errors.length > 0) {
    throw new CalendarWriteError(
      'invalidItem',
      `Line ${row.line}, “${row.title}”: ${JSON.stringify(errors[0])}`,
      row,
      undefined,
      'schema',
    );
  }
}

interface Planned {
  inserts: AgendaItem[];
  updates: { before: AgendaItem; changes: FieldChanges<AgendaItem> }[];
}

async function plan(
  database: LiaisonDatabase,
  preview: CalendarImportPreview,
  stamp: Stamp,
): Promise<Planned> {
  const planned: Planned = { inserts: [], updates: [] };
  for (const row of preview.rows) {
    // Text from a file is made storable: no control characters, no broken surrogates.
    const fields = row.fields && cleanDocumentText('agendaItems', row.fields);
    const changes = row.changes && cleanDocumentText('agendaItems', row.changes);
    if (row.action === 'new' && fields) {
      const document = newEntity<AgendaItem>(fields, stamp);
      checkDocument(document, row);
      planned.inserts.push(document);
    } else if (row.action === 'update' && row.existingId && changes) {
      const found = await database.agendaItems.findOne(row.existingId).exec();
      if (!found) {
        throw new CalendarWriteError(
          'itemGone',
          `Line ${row.line}, “${row.title}”: the agenda item it updates has been deleted.`,
          row,
        );
      }
      const before = found.toMutableJSON() as AgendaItem;
      const merged = { ...before, ...changes };
      const change = { ...changes, ...deriveAgendaUtc(merged) };
      checkDocument(stamped({ ...before, ...change }, stamp), row);
      planned.updates.push({ before, changes: change });
    }
  }
  return planned;
}

/** An update that found its item deleted or erased while it was being written. */
function saved(outcome: EditOutcome<AgendaItem>): AgendaItem {
  if (outcome.status !== 'saved')
    throw new Error(`an agenda item it updates was ${outcome.status}`);
  return outcome.document.toMutableJSON() as AgendaItem;
}

/**
 * Writes a previewed import, all or nothing: every item is checked against
 * the agenda-item validation and schema first, and nothing is written unless
 * all pass. Should a write still fail, the ones already made are undone.
 * Updates are three-way changes against the item as previewed (`editEntity`),
 * so a colleague's change that synced in meanwhile stays, and so does one
 * made between the import and its undo. The returned `undo` takes the whole
 * import back.
 * @throws {CalendarWriteError} saying which event failed and why.
 */
export async function applyCalendarImport(
  database: LiaisonDatabase,
  preview: CalendarImportPreview,
  { author, now = new Date() }: { author: string; now?: Date },
): Promise<{ inserted: number; updated: number; undo: () => Promise<void> }> {
  const { inserts, updates } = await plan(database, preview, { author, now });
  const inserted: string[] = [];
  const updated: { before: AgendaItem; after: AgendaItem }[] = [];
  const undo = async () => {
    const stamp = { author, now: new Date() };
    const documents = await database.agendaItems.findByIds(inserted).exec();
    for (const document of documents.values()) await removeEntity(document, stamp);
    for (const { before, after } of updated) {
      // Back to what the import found, field by field, over whatever is stored now.
      await editEntity(
        database.agendaItems,
        after,
        changedFields<AgendaItem>(after, before),
        stamp,
      );
    }
  };
  try {
    const result = await database.agendaItems.bulkInsert(inserts);
    inserted.push(...result.success.map((document) => document.id));
    const failure = result.error[0];
    if (failure) throw new Error(`insert failed (${failure.status})`);
    for (const { before, changes } of updates) {
      const outcome = await editEntity(database.agendaItems, before, changes, { author, now });
      updated.push({ before, after: saved(outcome) });
    }
  } catch (failure) {
    await undo();
    throw new CalendarWriteError('writeFailed', `Nothing was imported: ${errorMessage(failure)}`);
  }
  return { inserted: inserts.length, updated: updates.length, undo };
}
