import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { BaseDocument } from '../../shared/domain/common';
import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import type { EntityByCollection } from '../../shared/domain/schemas';
import { collectionOf, useDatabase, useLiveDocument } from './useLiveQuery';
import { saveFormEdit, type EditOutcome } from './editEntity';
import { insertEntity, type EntityFields } from './writes';
import { useAuthor } from './author';

/** An editor screen's record and the two ways out of its form. */
export interface EntityEditor<T extends BaseDocument> {
  /** `loading` while the record to edit loads, `missing` once it is known to be gone. */
  state: 'loading' | 'missing' | 'ready';
  /**
   * The record as the form opened with it, as plain data; undefined for a new
   * one. It stays as it was while the form is open: the form's values and the
   * save's three-way change are both against it.
   */
  existing: T | undefined;
  /** The record as stored now (changes by others arrive here); null once deleted. */
  latest: T | null | undefined;
  /**
   * Saves the form: `submitted` is the form's fields now, `atOpen` the same
   * form's fields as it opened (for a new record, unused). Only what the user
   * changed is written, over the latest revision.
   */
  save: (submitted: EntityFields<T>, atOpen?: EntityFields<T>) => Promise<void>;
  /** Back to the record, or to the list for a new one. */
  cancel: () => void;
}

/** Why a save wrote nothing, in words the form shows. */
export function goneMessage(
  outcome: Exclude<EditOutcome<unknown>, { status: 'saved' }>,
  t: (key: 'conflicts.meanwhile.deleted' | 'conflicts.meanwhile.erased') => string,
): string {
  return t(
    outcome.status === 'erased' ? 'conflicts.meanwhile.erased' : 'conflicts.meanwhile.deleted',
  );
}

/**
 * The load-and-save cycle the editor screens share, routed relative to their
 * section (`/<id>`, `/`): without an id the form creates a record.
 */
export function useEntityEditor<Name extends SyncedCollectionName>(
  name: Name,
  id: string | undefined,
): EntityEditor<EntityByCollection[Name]> {
  type T = EntityByCollection[Name];
  const { t } = useTranslation();
  const database = useDatabase();
  const author = useAuthor();
  const [, navigate] = useLocation();
  const { document, loading } = useLiveDocument(name, id);
  const [opened, setOpened] = useState<T | undefined>(undefined);
  // The first revision loaded for this id is what the form opens with.
  if (document && opened?.id !== document.id) setOpened(document.toMutableJSON() as T);
  const existing = opened?.id === id ? opened : undefined;
  const state =
    id === undefined || existing ? 'ready' : loading ? 'loading' : document ? 'loading' : 'missing';
  return {
    state,
    existing,
    latest: loading ? undefined : ((document?.toJSON() as T | undefined) ?? null),
    save: async (submitted, atOpen) => {
      const collection = collectionOf(database, name);
      if (!existing) {
        const saved = await insertEntity<T>(collection, submitted, author);
        navigate(`/${saved.id}`);
        return;
      }
      const outcome = await saveFormEdit<T>(
        collection,
        existing,
        { atOpen: atOpen ?? submitted, submitted },
        { author, now: new Date() },
      );
      if (outcome.status !== 'saved') throw new Error(goneMessage(outcome, t));
      navigate(`/${existing.id}`);
    },
    cancel: () => navigate(id ? `/${id}` : '/'),
  };
}
