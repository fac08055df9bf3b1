import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { OpenableCollection } from '../../../shared/search/searchEntries';
import type { SearchHit, SearchIndex } from '../../../shared/search/searchIndex';
import { Dialog } from '../../components/Dialog';
import { useDatabase } from '../../data/useLiveQuery';
import { workspaceSearchIndex } from './workspaceSearch';
import './search.css';

export interface SearchDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const sectionPaths: Record<OpenableCollection, string> = {
  contacts: '/contacts',
  organisations: '/organisations',
  visits: '/visits',
  followUps: '/follow-ups',
};

/** Where a hit leads, as an absolute app path. */
export function pathOfHit(hit: SearchHit): string | undefined {
  return hit.opens ? `${sectionPaths[hit.opens.collection]}/${hit.opens.id}` : undefined;
}

/**
 * Global search: a combobox whose listbox updates on every keystroke. The
 * listbox carries `data-query`, the query its results are for, so tools (and
 * the benchmark) can tell when the results have caught up with the typing.
 */
export function SearchDialog({ open, onOpenChange }: SearchDialogProps) {
  const { t } = useTranslation();
  const database = useDatabase();
  const [, navigate] = useLocation();
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();

  useEffect(() => {
    if (!open || index) return;
    let current = true;
    void workspaceSearchIndex(database).then((ready) => current && setIndex(ready));
    return () => {
      current = false;
    };
  }, [open, index, database]);

  const hits = useMemo(() => (index ? index.search(query) : []), [index, query]);

  // Every search starts afresh.
  const close = () => {
    onOpenChange(false);
    setQuery('');
    setActive(0);
  };

  const choose = (hit: SearchHit | undefined) => {
    const path = hit && pathOfHit(hit);
    if (!path) return;
    close();
    navigate(`~${path}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        hits.length === 0 ? 0 : (current + step + hits.length) % hits.length,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === 'Escape') {
      // A search field's own Escape only empties it, and the dialog would stay:
      // Escape closes search at once, as the hint says.
      event.preventDefault();
      close();
    }
  };

  const listId = `${id}-results`;
  const optionId = (position: number) => `${id}-option-${position}`;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={t('search.title')}
      className="search-dialog"
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        className="search-input"
        role="combobox"
        type="search"
        autoComplete="off"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="hint">
        {t('search.hint')}
      </p>
      {!index && open && <p role="status">{t('search.preparing')}</p>}
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search.results')}
        className="search-results"
        data-query={index ? query : undefined}
      >
        {hits.map((hit, position) => (
          <li
            key={hit.key}
            id={optionId(position)}
            role="option"
            aria-selected={position === active}
            className="search-result"
            onMouseEnter={() => setActive(position)}
            onClick={() => choose(hit)}
          >
            <span className="search-kind">{t(`search.kinds.${hit.collection}`)}</span>
            <span className="search-title">{hit.title}</span>
          </li>
        ))}
      </ul>
      {index && query.trim() !== '' && hits.length === 0 && (
        <p className="empty-state">{t('search.noResults', { query })}</p>
      )}
    </Dialog>
  );
}
