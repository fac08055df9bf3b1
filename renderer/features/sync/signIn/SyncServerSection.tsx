import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '../../../../shared/sync/protocol';
import { ServerClient } from '../../../replication/serverClient';
import { useSession } from '../../../replication/SessionProvider';
import { ChooseWorkspace } from './ChooseWorkspace';
import { SignedInPanel } from './SignedInPanel';
import { SignInForm } from './SignInForm';

/**
 * The "Sync server" section of Settings: signed out, sign in and choose a
 * workspace (uploading the local one); signed in, the session and signing out.
 */
export function SyncServerSection() {
  const { t } = useTranslation();
  const id = useId();
  const { session } = useSession();
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('signIn.title')}</h2>
      {session ? <SignedInPanel session={session} /> : <SignedOut />}
    </section>
  );
}

/** Sign in, then choose the workspace. */
function SignedOut() {
  const { t } = useTranslation();
  const [login, setLogin] = useState<{ response: SessionResponse; serverUrl: string } | null>(null);

  if (login) {
    return (
      <ChooseWorkspace
        login={login.response}
        serverUrl={login.serverUrl}
        onCancel={() => {
          // The session just made is not wanted: end it on the server, best effort.
          const client = new ServerClient({
            serverUrl: login.serverUrl,
            token: login.response.token,
          });
          client.logout().catch(() => undefined);
          setLogin(null);
        }}
      />
    );
  }
  return (
    <>
      <p className="hint">{t('signIn.intro')}</p>
      <SignInForm
        submitLabel={t('signIn.signIn')}
        onSignedIn={(response, serverUrl) => setLogin({ response, serverUrl })}
      />
    </>
  );
}
