import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { Visit } from '../../../shared/domain/visit';
import type { DuplicatedVisit } from '../../../shared/domain/visitTemplate';
import type { LiaisonDatabase } from '../../data/database';
import { removeEntity, stamped, type Stamp } from '../../data/writes';

/**
 * Writes a duplicated visit and its programme, all or nothing, every document
 * stamped by the one stamping helper: should any item be refused, the visit
 * and the items already written are deleted again, so no half copy stays.
 * @throws {Error} saying why the store refused a document.
 */
export async function writeVisitCopy(
  database: LiaisonDatabase,
  copy: DuplicatedVisit,
  stamp: Stamp,
): Promise<Visit> {
  const visit = await database.visits.insert(stamped(copy.visit, stamp));
  const result = await database.agendaItems.bulkInsert(
    copy.items.map((item): AgendaItem => stamped(item, stamp)),
  );
  const failure = result.error[0];
  if (!failure) return visit.toMutableJSON() as Visit;
  for (const item of result.success) await removeEntity(item, stamp);
  await removeEntity(visit, stamp);
  throw new Error(`agenda item ${failure.documentId} was refused (status ${failure.status})`);
}
