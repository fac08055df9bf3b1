import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { OpenableCollection } from '../../../shared/search/searchEntries';
import type { SearchHit } from '../../../shared/search/searchIndex';
import { Dialog } from '../../components/Dialog';
import { useDatabase } from '../../data/useLiveQuery';
import { workspaceSearch, type WorkspaceSearch } from './workspaceSearch';
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
  const [search, setSearch] = useState<{ database: unknown; search: WorkspaceSearch } | null>(null);
  const [query, setQuery] = useState('');
  // The hits shown and the query they answer: they arrive a moment after each keystroke.
  const [results, setResults] = useState<{ query: string; hits: SearchHit[] }>({
    query: '',
    hits: [],
  });
  const [active, setActive] = useState(0);
  const id = useId();
  const ready = search?.database === database ? search.search : null;

  useEffect(() => {
    if (!open || ready) return;
    let current = true;
    const opened = workspaceSearch(database);
    opened.ready.then(
      () => current && setSearch({ database, search: opened }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [open, ready, database]);

  // Each query is sent to the index as it is typed (from the input's handler,
  // not an effect after the render), and its hits are shown as soon as they
  // come back, not in a later task: a keystroke's hits make the next frame.
  const asked = useRef<{ count: number; query: string; of: WorkspaceSearch | null }>({
    count: 0,
    query: '',
    of: null,
  });
  const ask = useCallback(
    (next: string) => {
      if (!ready) return;
      const mine = ++asked.current.count;
      asked.current.query = next;
      asked.current.of = ready;
      ready.search(next).then(
        (found) => {
          if (mine === asked.current.count) {
            flushSync(() => setResults({ query: next, hits: found }));
          }
        },
        () => undefined,
      );
    },
    [ready],
  );
  // What was typed while the index was still loading, or before this index.
  useEffect(() => {
    if (!ready) return;
    if (asked.current.of !== ready || asked.current.query !== query) ask(query);
  }, [ready, ask, query]);

  const { hits } = results;

  // Every search starts afresh.
  const close = () => {
    onOpenChange(false);
    setQuery('');
    setResults({ query: '', hits: [] });
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
          ask(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="hint">
        {t('search.hint')}
      </p>
      {!ready && open && <p role="status">{t('search.preparing')}</p>}
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search.results')}
        className="search-results"
        data-query={ready ? results.query : undefined}
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
      {ready && results.query === query && query.trim() !== '' && hits.length === 0 && (
        <p className="empty-state">{t('search.noResults', { query })}</p>
      )}
    </Dialog>
  );
}
