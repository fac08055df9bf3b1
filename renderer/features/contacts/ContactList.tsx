import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { CONTACT_PAGE_SIZE, useContactPages } from '../../data/useContactPages';
import { LoadSampleButton } from '../sample';

/** Row height in pixels; rows hold one line of text. */
const ROW_HEIGHT = 34;
const FALLBACK_HEIGHT = 720;

/**
 * Every contact of the workspace, sorted the German way (Ä with A, ß as ss).
 * Only the rows in view are in the DOM, and only their pages are read from
 * the store, in order through the list order's index: ten thousand contacts
 * open and scroll as quickly as ten.
 */
export function ContactList() {
  const { t, i18n } = useTranslation();
  const [, params] = useRoute('/:id/*?');
  const scroller = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState({ first: 0, last: CONTACT_PAGE_SIZE - 1 });
  const { count, rowAt, loading, error } = useContactPages(range.first, range.last);
  // Liaison does not use the React Compiler, which is what this rule guards.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Until the list has a laid-out height (and in test DOMs, which never lay
    // out) render a window's worth of rows rather than none.
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT }),
      ),
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? first;
  useEffect(() => {
    // Read the pages of the rows now in view (a scroll, a resize, a changed count).
    setRange((current) =>
      current.first === first && current.last === last ? current : { first, last },
    );
  }, [first, last]);

  if (error) return <p role="alert">{error}</p>;
  if (loading) return null;
  if (count === 0) {
    return (
      <div className="empty-state">
        <p>{t('contacts.empty')}</p>
        <LoadSampleButton />
      </div>
    );
  }
  return (
    <>
      <p className="list-count">{t('contacts.count', { count })}</p>
      <div ref={scroller} className="virtual-scroller">
        <ul
          className="entity-list"
          aria-label={t('contacts.listLabel')}
          lang={i18n.language}
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {items.map((row) => {
            // A row whose page is still being read is left out for that moment.
            const contact = rowAt(row.index);
            if (!contact) return null;
            return (
              <li
                key={contact.id}
                aria-setsize={count}
                aria-posinset={row.index + 1}
                style={{
                  position: 'absolute',
                  top: 0,
                  width: '100%',
                  transform: `translateY(${row.start}px)`,
                  height: ROW_HEIGHT,
                }}
              >
                <Link
                  href={`/${contact.id}`}
                  className="entity-link"
                  aria-current={params?.id === contact.id ? 'page' : undefined}
                >
                  {contact.name || t('contacts.unnamed')}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}
