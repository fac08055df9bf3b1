import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import type { Contact } from '../../../shared/domain/contact';
import { titledName } from '../../../shared/domain/formsOfAddress';
import { compareContacts } from '../../../shared/text/collation';
import { useLiveQuery } from '../../data/useLiveQuery';
import { LoadSampleButton } from '../sample/LoadSampleButton';

/** Row height in pixels; rows hold one line of text. */
const ROW_HEIGHT = 34;
const FALLBACK_HEIGHT = 720;

/**
 * Every contact of the workspace, sorted the German way (Ä with A, ß as ss).
 * Only the rows in view are in the DOM, so ten thousand contacts scroll as
 * smoothly as ten.
 */
export function ContactList() {
  const { t, i18n } = useTranslation();
  const { documents, loading } = useLiveQuery('contacts', {});
  const [, params] = useRoute('/:id/*?');
  const scroller = useRef<HTMLDivElement>(null);
  const sorted = useMemo(
    () => documents.map((document) => document.toJSON() as Contact).sort(compareContacts),
    [documents],
  );
  // Liaison does not use the React Compiler, which is what this rule guards.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sorted.length,
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

  if (loading) return null;
  if (sorted.length === 0) {
    return (
      <div className="empty-state">
        <p>{t('contacts.empty')}</p>
        <LoadSampleButton />
      </div>
    );
  }
  return (
    <>
      <p className="list-count">{t('contacts.count', { count: sorted.length })}</p>
      <div ref={scroller} className="virtual-scroller">
        <ul
          className="entity-list"
          aria-label={t('contacts.listLabel')}
          lang={i18n.language}
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {virtualizer.getVirtualItems().map((row) => {
            const contact = sorted[row.index];
            if (!contact) return null;
            return (
              <li
                key={contact.id}
                aria-setsize={sorted.length}
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
                  {titledName(contact) || t('contacts.unnamed')}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}
