import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { EntityByCollection } from '../../../../shared/domain/schemas';
import { errorMessage } from '../../../../shared/text/errorMessage';
import { useFormat } from '../../../format/useFormat';
import { useSync } from '../../../replication/SyncProvider';
import type { SyncProblem } from '../../../replication/workspaceReplication';
import { conflictSubject } from './conflictSubject';
import type { FieldLabels } from './conflictValues';

interface Props {
  labels: FieldLabels;
}

/** A field path in the words of the conflict labels where it has them. */
function fieldName(path: string, labels: FieldLabels): string {
  return path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .map((part) => (typeof labels[part] === 'string' ? labels[part] : part))
    .join(' › ');
}

/**
 * Changes the server refused: each waits on this device, set aside so the
 * rest keeps syncing, with the reason in words, a way to the record to fix
 * it, and a way to give it up.
 */
export function SyncProblems({ labels }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { replication } = useSync();
  const [problems, setProblems] = useState<SyncProblem[]>([]);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    if (!replication) return;
    const subscription = replication.problems$.subscribe(setProblems);
    return () => subscription.unsubscribe();
  }, [replication]);

  if (!replication || problems.length === 0) return null;
  const discard = async (problem: SyncProblem) => {
    setFailure(undefined);
    try {
      await replication.discard(problem.collection, problem.documentId);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <section className="sync-problems" aria-labelledby="sync-problems-title">
      <h2 id="sync-problems-title">{t('syncProblems.title')}</h2>
      <p>{t('syncProblems.intro')}</p>
      {failure ? <p role="alert">{t('syncProblems.discardFailed', { message: failure })}</p> : null}
      <ol aria-label={t('syncProblems.listLabel')}>
        {problems.map((problem) => {
          const subject = conflictSubject(
            problem.collection,
            problem.state as unknown as EntityByCollection[typeof problem.collection],
          );
          return (
            <li key={`${problem.collection}:${problem.documentId}`} className="sync-problem">
              <h3>{subject.title || t('syncProblems.untitled')}</h3>
              <ul>
                {problem.reasons.map((reason, index) => (
                  <li key={index}>
                    {t('syncProblems.field', {
                      field: fieldName(reason.field, labels),
                      reason: t(`syncProblems.reasons.${reason.reason}`, {
                        defaultValue: reason.message ?? t('syncProblems.reasons.refused'),
                      }),
                    })}
                  </li>
                ))}
              </ul>
              <p className="conflict-detected">
                {t('syncProblems.refusedAt', { time: format.instant(problem.at) })}
              </p>
              <div className="conflict-actions">
                {subject.path ? (
                  <Link href={`~${subject.path}`}>{t('syncProblems.open')}</Link>
                ) : null}
                <button type="button" onClick={() => void discard(problem)}>
                  {t('syncProblems.discard')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
