import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';

export interface EntityListProps {
  /** The records in display order, each with the name its link shows. */
  entries: readonly { id: string; name: string }[];
  loading: boolean;
  /** The list's accessible name. */
  label: string;
  /** How many there are, in words ("3 organisations"). */
  countText: string;
  emptyText: string;
}

/**
 * A section's list of records beside the selected one: each a link to
 * `/<id>`, the open one marked as the current page.
 */
export function EntityList({ entries, loading, label, countText, emptyText }: EntityListProps) {
  const { i18n } = useTranslation();
  const [, params] = useRoute('/:id/*?');

  if (loading) return null;
  if (entries.length === 0) return <p className="empty-state">{emptyText}</p>;
  return (
    <>
      <p className="list-count">{countText}</p>
      <ul className="entity-list" aria-label={label} lang={i18n.language}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <Link
              href={`/${entry.id}`}
              className="entity-link"
              aria-current={params?.id === entry.id ? 'page' : undefined}
            >
              {entry.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
