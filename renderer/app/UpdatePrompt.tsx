import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppUpdates } from '../platform/appUpdates';
import { getPlatform } from '../platform';

/**
 * "A new version of Liaison is ready — Reload": shown once the browser build's
 * service worker has the next version on the device. Nothing changes until
 * the user reloads, so a form being filled in is never lost to an update.
 */
export function UpdatePrompt({ updates }: { updates?: AppUpdates }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  const source = updates ?? getPlatform().updates;

  useEffect(() => source.onUpdateReady(() => setReady(true)), [source]);

  // Always in the page, so screen readers hear the message when it appears.
  return (
    <div className="update-prompt" role="status">
      {ready && (
        <>
          <span>{t('app.updateReady')}</span>
          <button type="button" className="button" onClick={() => source.applyUpdate()}>
            {t('app.updateReload')}
          </button>
        </>
      )}
    </div>
  );
}
