import { randomUUID } from 'node:crypto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseOptions } from '../../../../renderer/data/database';
import { ServerClient } from '../../../../renderer/replication/serverClient';
import { type StoredSession } from '../../../../renderer/platform/session';
import { memorySessionStore } from '../../../doubles/memorySessionStore';
import { contactDocument } from '../../../server/harness';
import {
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  renderApp,
  seed,
} from '../../appHarness';
import { startLiveServer, type LiveServer } from '../../replication/liveServer';

const PASSWORD = 'correct horse battery';

let live: LiveServer;
let account = 0;
/** This test's user: an admin of her own Birmingham workspace, a viewer of another. */
let EMAIL: string;
let birmingham: { id: string; name: string };
let sarahId: string;

// One server for the file (PGlite takes seconds to start); each test has its own account.
beforeAll(async () => {
  live = await startLiveServer();
}, 60_000);

afterAll(async () => {
  await live?.close();
});

beforeEach(async () => {
  EMAIL = `sarah.gill.${++account}@birmingham.example`;
  const { user, workspace } = await live.server.accounts.createAdmin({
    email: EMAIL,
    name: 'Sarah Gill',
    password: PASSWORD,
    workspace: 'Birmingham International',
  });
  birmingham = workspace;
  sarahId = user.id;
  // Not seedWorkspace: its three logins per test would meet the server's per-address rate limit.
  const leipzig = await live.server.accounts.createWorkspace('Leipzig Partnerships');
  await live.server.accounts.addMember(leipzig.id, user.id, 'viewer');
  // A colleague's contact, already on the server.
  await live.server.documents.push(
    birmingham.id,
    'contacts',
    [
      {
        newDocumentState: contactDocument(randomUUID(), {
          givenNames: 'Maren',
          familyName: 'Brandt',
          updatedBy: user.id,
        }),
      },
    ],
    user.id,
  );
});

afterEach(() => {
  // Unmounting stops replication and its live stream.
  cleanup();
});

/** A local-only workspace holding one contact, made before the app starts. */
async function localWorkspaceWithJung(options: DatabaseOptions) {
  return seed(options, async (database) => {
    const jung = await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Burkhard', familyName: 'Jung' }),
      'local-user',
    );
    return jung.id;
  });
}

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function fillSignIn(user: User, password: string, server = live.url) {
  await user.type(await screen.findByRole('textbox', { name: 'Server address' }), server);
  await user.type(screen.getByRole('textbox', { name: 'Email' }), EMAIL);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

/** Signs in from Settings and opens Birmingham International. */
async function signInToBirmingham(user: User, { upload = true } = {}) {
  await fillSignIn(user, PASSWORD);
  const workspaces = await screen.findByRole('group', { name: 'Workspace' });
  await user.click(
    within(workspaces).getByRole('radio', { name: 'Birmingham International (administrator)' }),
  );
  // The box comes once the local records are counted.
  const uploadBox = await screen.findByRole('checkbox', { name: /^Upload the/ });
  if (!upload) await user.click(uploadBox);
  await user.click(screen.getByRole('button', { name: 'Open workspace' }));
  await screen.findByRole('button', { name: 'Sign out' }, { timeout: 5000 });
}

async function signOut(user: User) {
  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  await screen.findByRole('button', { name: 'Sign in' }, { timeout: 5000 });
}

async function contactNames(user: User) {
  await user.click(screen.getByRole('link', { name: 'Contacts' }));
  const list = await screen.findByRole('list', { name: 'Contacts' });
  return within(list);
}

describe('signing in from Settings', () => {
  it('checks the fields, then says in plain words what went wrong', async () => {
    const { user } = await renderApp({ hash: '#/settings' });
    const section = await screen.findByRole('region', { name: 'Sync server' });
    await user.click(within(section).getByRole('button', { name: 'Sign in' }));
    expect(
      within(section).getByRole('textbox', { name: 'Server address' }),
    ).toHaveAccessibleDescription(/Enter the server’s address\./);
    expect(within(section).getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'Enter your email address.',
    );
    expect(within(section).getByLabelText('Password')).toHaveAccessibleDescription(
      'Enter your password.',
    );

    await fillSignIn(user, 'not the password');
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'The email or password is not right.',
    );
    expect(screen.queryByRole('group', { name: 'Workspace' })).not.toBeInTheDocument();

    // The server's throttle: after five failures for the account it answers 429.
    const client = new ServerClient({ serverUrl: live.url });
    for (let attempt = 0; attempt < 4; attempt++) {
      await client.login(EMAIL, 'still wrong').catch(() => undefined);
    }
    await user.click(within(section).getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(within(section).getByRole('alert')).toHaveTextContent(
        'Too many sign-in attempts for this account. Wait a few minutes, then try again.',
      ),
    );
  });

  it('says when the server cannot be reached', async () => {
    const { user } = await renderApp({ hash: '#/settings' });
    // A port nothing listens on.
    await fillSignIn(user, PASSWORD, 'http://127.0.0.1:9');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server at http://127.0.0.1:9 cannot be reached.',
    );
  });

  it('uploads the local workspace into the chosen one, which the app then shows and syncs', async () => {
    const options = freshDatabaseOptions();
    const jungId = await localWorkspaceWithJung(options);
    const { user, sessionStore } = await renderApp({ hash: '#/settings', options });

    await fillSignIn(user, PASSWORD);
    const workspaces = await screen.findByRole('group', { name: 'Workspace' });
    expect(
      within(workspaces)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toHaveLength(2);
    expect(
      within(workspaces).getByRole('radio', { name: 'Leipzig Partnerships (viewer, read only)' }),
    ).toBeInTheDocument();
    await user.click(
      within(workspaces).getByRole('radio', { name: 'Birmingham International (administrator)' }),
    );
    const uploadBox = await screen.findByRole('checkbox', {
      name: 'Upload the 1 record of this computer’s local workspace into Birmingham International',
    });
    expect(uploadBox).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Open workspace' }));

    // The app now shows the workspace: its session, and the upload's outcome.
    expect(
      await screen.findByText(
        'Local records added to Birmingham International: 1 new, 0 already there.',
        { exact: false },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Sync server' });
    expect(within(section).getByText('Birmingham International')).toBeInTheDocument();
    expect(within(section).getByText(`Sarah Gill (${EMAIL})`)).toBeInTheDocument();
    expect(within(section).getByText('administrator')).toBeInTheDocument();
    expect(within(section).getByText(live.url)).toBeInTheDocument();
    const stored = await sessionStore.load();
    expect(stored?.workspace).toEqual({
      id: birmingham.id,
      name: 'Birmingham International',
      role: 'admin',
    });

    // The uploaded contact and the colleague's, pulled from the server.
    const contacts = await contactNames(user);
    expect(await contacts.findByRole('link', { name: 'Burkhard Jung' })).toBeInTheDocument();
    expect(
      await contacts.findByRole('link', { name: 'Maren Brandt' }, { timeout: 5000 }),
    ).toBeInTheDocument();

    // And replication has pushed the upload to the server, as it was.
    await waitFor(
      async () => {
        const onServer = await live.documents(birmingham.id, 'contacts');
        expect(onServer.find((document) => document.id === jungId)).toMatchObject({
          givenNames: 'Burkhard',
          familyName: 'Jung',
          _deleted: false,
        });
      },
      { timeout: 5000 },
    );
  });

  it('adds nothing twice when the local workspace is uploaded again', async () => {
    const options = freshDatabaseOptions();
    const jungId = await localWorkspaceWithJung(options);
    const { user } = await renderApp({ hash: '#/settings', options });

    await signInToBirmingham(user);
    await screen.findByText(/1 new, 0 already there/, {}, { timeout: 5000 });
    await waitFor(
      async () =>
        expect((await live.documents(birmingham.id, 'contacts')).map(({ id }) => id)).toContain(
          jungId,
        ),
      { timeout: 5000 },
    );
    await signOut(user);

    await signInToBirmingham(user);
    expect(
      await screen.findByText(/0 new, 1 already there/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();

    const contacts = await contactNames(user);
    await contacts.findByRole('link', { name: 'Maren Brandt' }, { timeout: 5000 });
    expect(contacts.getAllByRole('link', { name: 'Burkhard Jung' })).toHaveLength(1);
    const onServer = await live.documents(birmingham.id, 'contacts');
    expect(onServer.filter((document) => document.familyName === 'Jung')).toHaveLength(1);
    expect(onServer).toHaveLength(2);
  });

  it('signs out back to the local workspace, ending the session on the server', async () => {
    const options = freshDatabaseOptions();
    await localWorkspaceWithJung(options);
    const { user, sessionStore } = await renderApp({ hash: '#/settings', options });
    await signInToBirmingham(user, { upload: false });
    const token = (await sessionStore.load())?.token ?? '';
    const inWorkspace = await contactNames(user);
    await inWorkspace.findByRole('link', { name: 'Maren Brandt' }, { timeout: 5000 });
    expect(inWorkspace.queryByRole('link', { name: 'Burkhard Jung' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await signOut(user);
    await expect(sessionStore.load()).resolves.toBeNull();
    await expect(live.server.accounts.userForToken(token)).resolves.toBeNull();

    const local = await contactNames(user);
    expect(await local.findByRole('link', { name: 'Burkhard Jung' })).toBeInTheDocument();
    expect(local.queryByRole('link', { name: 'Maren Brandt' })).not.toBeInTheDocument();
  });

  it('signs in again in place when the session has ended, keeping local edits', async () => {
    // This computer already holds the workspace, with an edit the server has not seen.
    const options = freshDatabaseOptions();
    const workspaceDb = await createDatabase(birmingham.id, options);
    const edit = await insertEntity(
      workspaceDb.contacts,
      contactFields({ givenNames: 'Ian', familyName: 'Ward' }),
      sarahId,
    );
    await workspaceDb.close();
    const ended: StoredSession = {
      serverUrl: live.url,
      token: 'a-token-the-server-has-forgotten',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      user: { id: sarahId, email: EMAIL, name: 'Sarah Gill' },
      workspace: { id: birmingham.id, name: 'Birmingham International', role: 'admin' },
    };
    const sessionStore = memorySessionStore(ended);
    const { user } = await renderApp({ hash: '#/settings', options, sessionStore });

    const again = await screen.findByRole('region', { name: 'Sign in again' }, { timeout: 5000 });
    expect(within(again).getByRole('textbox', { name: 'Server address' })).toHaveValue(live.url);
    expect(within(again).getByRole('textbox', { name: 'Email' })).toHaveValue(EMAIL);
    await user.type(within(again).getByLabelText('Password'), PASSWORD);
    await user.click(within(again).getByRole('button', { name: 'Sign in again' }));

    expect(
      await screen.findByText('Signed in again. Syncing carries on.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    const renewed = await sessionStore.load();
    expect(renewed?.token).not.toBe(ended.token);
    expect(renewed?.workspace.id).toBe(birmingham.id);
    await waitFor(
      async () =>
        expect((await live.documents(birmingham.id, 'contacts')).map(({ id }) => id)).toContain(
          edit.id,
        ),
      { timeout: 5000 },
    );
  });

  it('speaks German', async () => {
    const { user } = await renderApp({ hash: '#/settings', language: 'de' });
    const section = await screen.findByRole('region', { name: 'Synchronisationsserver' });
    await user.type(within(section).getByRole('textbox', { name: 'Serveradresse' }), live.url);
    await user.type(within(section).getByRole('textbox', { name: 'E-Mail' }), EMAIL);
    await user.type(within(section).getByLabelText('Passwort'), 'falsch');
    await user.click(within(section).getByRole('button', { name: 'Anmelden' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'E-Mail-Adresse oder Passwort stimmen nicht.',
    );
  });
});
