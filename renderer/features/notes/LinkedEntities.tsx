import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { NoteLinks } from '../../../shared/domain/note';
import type { LinkedNames } from './useLinkedNames';

export interface LinkedEntitiesProps {
  links: Partial<NoteLinks>;
  names: LinkedNames;
  /** Ids to leave out, usually the record whose page this is. */
  exclude?: readonly string[];
  /** Read before the links, e.g. "Also about". */
  label: string;
}

const kinds = [
  ['contactIds', 'contacts'],
  ['organisationIds', 'organisations'],
  ['visitIds', 'visits'],
  ['agendaItemIds', 'agendaItems'],
] as const;

/** Links to the other records a note or follow-up is about. */
export function LinkedEntities({ links, names, exclude = [], label }: LinkedEntitiesProps) {
  const { t } = useTranslation();
  const entries = kinds.flatMap(([linkKey, nameKey]) =>
    (links[linkKey] ?? [])
      .filter((id) => !exclude.includes(id))
      .map((id) => ({ id, name: names[nameKey].get(id) })),
  );
  if (entries.length === 0) return null;
  return (
    <p className="linked-entities">
      <span className="linked-entities-label">{label}:</span>{' '}
      {entries.map(({ id, name }, index) => (
        <span key={id}>
          {index > 0 && ', '}
          {name ? <Link href={name.href}>{name.label}</Link> : t('notes.unknownLink')}
        </span>
      ))}
    </p>
  );
}
