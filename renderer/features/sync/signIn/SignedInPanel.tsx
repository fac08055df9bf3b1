import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '../../../../shared/sync/protocol';
import { DetailList } from '../../../components/DetailList';
import { useFormat } from '../../../format/useFormat';
import { useLocalUpload } from '../../../replication/LocalUploadProvider';
import { ServerClient } from '../../../replication/serverClient';
import { storedSession, type StoredSession } from '../../../platform/session';
import { useSession } from '../../../replication/SessionProvider';
import { useSync } from '../../../replication/SyncProvider';
import { SignInFailureMessage } from './SignInFailureMessage';
import { SignInForm } from './SignInForm';
import { describeSignInFailure, NoWorkspaceAccessError, type SignInFailure } from './signInModel';
import { UploadProgress } from './UploadProgress';

/** How long signing out waits for the server to end the session before going on without it. */
const LOGOUT_WAIT_MS = 3000;

/**
 * The session's server, user, workspace, role and expiry; signing out; and,
 * once the server has ended the session, signing in again in place.
 */
export function SignedInPanel({ session }: { session: StoredSession }) {
  const { t } = useTranslation();
  const id = useId();
  const format = useFormat();
  const { setSession } = useSession();
  const { status } = useSync();
  const { dismiss } = useLocalUpload();
  const [signingOut, setSigningOut] = useState(false);
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [renewed, setRenewed] = useState(false);

  const sessionEnded = status?.phase === 'signedOut' && status.error?.code === 'unauthorized';

  const signOut = async () => {
    setSigningOut(true);
    setFailure(null);
    // Best effort: the server forgets the token if it can be reached soon.
    const client = new ServerClient({ serverUrl: session.serverUrl, token: session.token });
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      client.logout().catch(() => undefined),
      new Promise((resolve) => (timer = setTimeout(resolve, LOGOUT_WAIT_MS))),
    ]);
    clearTimeout(timer);
    try {
      dismiss();
      await setSession(null);
    } catch (error) {
      setFailure(describeSignInFailure(error, session.serverUrl));
      setSigningOut(false);
    }
  };

  // Same workspace, new token: the open database and its unsynced edits stay.
  const renew = async (response: SessionResponse, serverUrl: string) => {
    const workspace = response.workspaces.find(({ id }) => id === session.workspace.id);
    if (!workspace) throw new NoWorkspaceAccessError(session.workspace.name);
    await setSession(storedSession(serverUrl, response, workspace));
    setRenewed(true);
  };

  return (
    <div className="signed-in">
      <DetailList
        rows={[
          [t('signIn.signedIn.server'), session.serverUrl],
          [t('signIn.signedIn.user'), `${session.user.name} (${session.user.email})`],
          [t('signIn.signedIn.workspace'), session.workspace.name],
          [t('signIn.signedIn.role'), t(`signIn.roles.${session.workspace.role}`)],
          [t('signIn.signedIn.expires'), format.instant(session.expiresAt)],
        ]}
      />
      <UploadProgress workspaceId={session.workspace.id} />
      {sessionEnded && (
        <section className="sign-in-again" aria-labelledby={`${id}-again`}>
          <h3 id={`${id}-again`}>{t('signIn.again.title')}</h3>
          <p>{t('signIn.again.explanation')}</p>
          <SignInForm
            initial={{ serverUrl: session.serverUrl, email: session.user.email }}
            submitLabel={t('signIn.again.submit')}
            onSignedIn={renew}
          />
        </section>
      )}
      <p role="status">{renewed && !sessionEnded ? t('signIn.again.done') : ''}</p>
      {failure && <SignInFailureMessage failure={failure} />}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          aria-describedby={`${id}-sign-out`}
          disabled={signingOut}
          onClick={() => void signOut()}
        >
          {signingOut ? t('signIn.signedIn.signingOut') : t('signIn.signedIn.signOut')}
        </button>
      </div>
      <p id={`${id}-sign-out`} className="hint">
        {t('signIn.signedIn.signOutHint')}
      </p>
    </div>
  );
}
