import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/text/errorMessage';

/**
 * A change the user may take back for a few seconds; without `undo`, news of
 * a change that cannot be taken back (an erasure).
 */
export interface UndoOffer {
  /** What happened, e.g. "Deleted Burkhard Jung." */
  message: string;
  undo?: () => Promise<void> | void;
}

interface ShownOffer extends UndoOffer {
  key: number;
}

const UndoContext = createContext<((offer: UndoOffer) => void) | null>(null);

export interface UndoProviderProps {
  /** How long the Undo button stays; long enough to notice and reach it. */
  timeoutMs?: number;
  children: ReactNode;
}

/** Shows the latest undoable change in a status message with an Undo button. */
export function UndoProvider({ timeoutMs = 10_000, children }: UndoProviderProps) {
  const { t } = useTranslation();
  const [offer, setOffer] = useState<ShownOffer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!offer) return;
    const timer = window.setTimeout(() => setOffer(null), timeoutMs);
    return () => window.clearTimeout(timer);
  }, [offer, timeoutMs]);

  const offerUndo = useCallback((next: UndoOffer) => {
    setFailure(null);
    setOffer({ ...next, key: Date.now() });
  }, []);

  const undo = async (shown: ShownOffer) => {
    setOffer(null);
    try {
      await shown.undo?.();
    } catch (error) {
      setFailure(t('app.undoFailed', { message: errorMessage(error) }));
    }
  };

  return (
    <UndoContext.Provider value={offerUndo}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {offer && (
          <div className="toast" key={offer.key}>
            <span>{offer.message}</span>
            {offer.undo && (
              <button type="button" className="button" onClick={() => void undo(offer)}>
                {t('app.undo')}
              </button>
            )}
            <button
              type="button"
              className="button quiet"
              aria-label={t('app.dismiss')}
              onClick={() => setOffer(null)}
            >
              ×
            </button>
          </div>
        )}
        {failure && <div className="toast error">{failure}</div>}
      </div>
    </UndoContext.Provider>
  );
}

/** Offers the user a way to take back what just happened. */
export function useUndo(): (offer: UndoOffer) => void {
  const offerUndo = useContext(UndoContext);
  if (!offerUndo) throw new Error('useUndo needs an <UndoProvider> above it.');
  return offerUndo;
}
