import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Conflict } from '../../../../shared/domain/conflict';
import type { EntityByCollection } from '../../../../shared/domain/schemas';
import { useDatabase, useLiveDocument } from '../../../data/useLiveQuery';
import { useClock } from '../../../services/clock';
import { useAuthor } from '../../../data/author';
import { conflictSubject } from './conflictSubject';
import type { ConflictGroup, FieldLabels } from './conflictValues';
import { ConflictItem, type RecordState } from './ConflictItem';
import { dismissConflict, keepMine, keepTheirs } from './resolveConflict';

export interface ConflictRecordProps {
  group: ConflictGroup;
  labels: FieldLabels;
}

/** One record with open conflicts: its name, a link to it, and each conflicting field. */
export function ConflictRecord({ group, labels }: ConflictRecordProps) {
  const { t } = useTranslation();
  const database = useDatabase();
  const clock = useClock();
  const headingId = useId();
  const { document, loading } = useLiveDocument(group.collectionName, group.documentId);
  const record: RecordState = loading ? 'loading' : document ? 'present' : 'missing';
  const subject = document
    ? conflictSubject(
        group.collectionName,
        document.toJSON() as unknown as EntityByCollection[typeof group.collectionName],
      )
    : null;
  const title = subject?.title || t('conflicts.untitled');
  const kind = t(`conflicts.kinds.${group.collectionName}`);
  const author = useAuthor();
  const options = () => ({ author, now: clock() });

  return (
    <li className="conflict-record" aria-labelledby={headingId}>
      {subject ? <p className="conflict-kind">{kind}</p> : null}
      {record === 'loading' ? null : (
        <h2 id={headingId} className="conflict-record-title">
          {subject?.path ? <Link href={`~${subject.path}`}>{title}</Link> : subject ? title : kind}
        </h2>
      )}
      {record === 'missing' ? <p className="conflict-missing">{t('conflicts.missing')}</p> : null}
      <ul className="conflict-items">
        {group.conflicts.map((conflict: Conflict) => (
          <ConflictItem
            key={conflict.id}
            conflict={conflict}
            record={record}
            labels={labels}
            onKeepMine={() => keepMine(database, conflict, options())}
            onKeepTheirs={() => keepTheirs(database, conflict, options())}
            onDismiss={() => dismissConflict(database, conflict, clock())}
          />
        ))}
      </ul>
    </li>
  );
}
