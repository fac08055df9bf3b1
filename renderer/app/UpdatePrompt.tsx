import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppUpdates } from '../platform/appUpdates';

/**
 * "A new version of Liaison is ready — Reload": shown once the browser build's
 * service worker has the next version on the device. Nothing changes until
 * the user reloads, so a form being filled in is never lost to an update.
 */
export function UpdatePrompt({ updates }: { updates: AppUpdates }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);

  useEffect(() => updates.onUpdateReady(() => setReady(true)), [updates]);

  // Only there once there is something to say: a second, empty status region
  // in the header would be one more "status" for anything looking for the
  // app's messages (and for tests of them).
  if (!ready) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t('app.updateReady')}</span>
      <button type="button" className="button" onClick={() => updates.applyUpdate()}>
        {t('app.updateReload')}
      </button>
    </div>
  );
}
