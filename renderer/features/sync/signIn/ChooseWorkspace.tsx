import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '../../../../shared/sync/protocol';
import { useDatabase } from '../../../data/useLiveQuery';
import { useLocalUpload } from '../../../replication/LocalUploadProvider';
import { storedSession } from '../../../platform/session';
import { useSession } from '../../../replication/SessionProvider';
import {
  countDocuments,
  documentTotal,
  readWorkspace,
} from '../../../replication/uploadLocalWorkspace';
import { SignInFailureMessage } from './SignInFailureMessage';
import { describeSignInFailure, type SignInFailure } from './signInModel';

export interface ChooseWorkspaceProps {
  login: SessionResponse;
  serverUrl: string;
  /** Back to the sign-in form (the new session is ended on the server). */
  onCancel(): void;
}

/**
 * After signing in: which of the account's workspaces to open here, and
 * whether to upload the local-only workspace into it. Opening it switches
 * the app to that workspace's own local database.
 */
export function ChooseWorkspace({ login, serverUrl, onCancel }: ChooseWorkspaceProps) {
  const { t } = useTranslation();
  const id = useId();
  const database = useDatabase();
  const { setSession } = useSession();
  const { queue, dismiss } = useLocalUpload();
  const [chosenId, setChosenId] = useState(login.workspaces[0]?.id ?? '');
  const [localCount, setLocalCount] = useState<number | null>(null);
  const [upload, setUpload] = useState(true);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SignInFailure | null>(null);

  useEffect(() => {
    let current = true;
    countDocuments(database).then(
      (count) => current && setLocalCount(count),
      () => current && setLocalCount(0),
    );
    return () => {
      current = false;
    };
  }, [database]);

  const chosen = login.workspaces.find((workspace) => workspace.id === chosenId);
  // A viewer may not write to the workspace: the server would refuse the upload.
  const canUpload = chosen !== undefined && chosen.role !== 'viewer';
  const hasLocal = localCount !== null && localCount > 0;

  const open = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || busy) return;
    setBusy(true);
    setFailure(null);
    let queued = false;
    try {
      if (upload && canUpload && hasLocal) {
        // Read now, while the local database is still the open one.
        const documents = await readWorkspace(database);
        if (documentTotal(documents) > 0) {
          queue({ workspaceId: chosen.id, workspaceName: chosen.name, documents });
          queued = true;
        }
      }
      await setSession(storedSession(serverUrl, login, chosen));
      // The app now opens the workspace; this form goes with the local one.
    } catch (error) {
      if (queued) dismiss();
      setFailure(describeSignInFailure(error, serverUrl));
      setBusy(false);
    }
  };

  if (login.workspaces.length === 0) {
    return (
      <div className="choose-workspace">
        <p role="alert">{t('signIn.choose.none')}</p>
        <button type="button" className="button" onClick={onCancel}>
          {t('signIn.choose.cancel')}
        </button>
      </div>
    );
  }

  return (
    <form className="choose-workspace" onSubmit={(event) => void open(event)}>
      <p id={`${id}-hint`}>
        {t('signIn.choose.hint', { name: login.user.name, email: login.user.email })}
      </p>
      <fieldset aria-describedby={`${id}-hint`}>
        <legend>{t('signIn.choose.legend')}</legend>
        {login.workspaces.map((workspace) => (
          <label key={workspace.id} className="choice">
            <input
              type="radio"
              name={`${id}-workspace`}
              value={workspace.id}
              checked={workspace.id === chosenId}
              onChange={() => setChosenId(workspace.id)}
            />
            {`${workspace.name} (${t(`signIn.roles.${workspace.role}`)})`}
          </label>
        ))}
      </fieldset>
      {chosen && hasLocal && !canUpload && (
        <p className="hint">{t('signIn.choose.viewerNoUpload')}</p>
      )}
      {chosen && hasLocal && canUpload && (
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={upload}
              aria-describedby={`${id}-upload-hint`}
              onChange={(event) => setUpload(event.target.checked)}
            />
            {t('signIn.choose.upload', { count: localCount, workspace: chosen.name })}
          </label>
          <p id={`${id}-upload-hint`} className="hint">
            {t('signIn.choose.uploadHint')}
          </p>
        </div>
      )}
      {failure && <SignInFailureMessage failure={failure} />}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy || localCount === null}>
          {t('signIn.choose.open')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('signIn.choose.cancel')}
        </button>
        <p role="status" className="hint">
          {busy ? t('signIn.choose.opening') : ''}
        </p>
      </div>
    </form>
  );
}
