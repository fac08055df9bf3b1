import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SYNCED_COLLECTION_NAMES } from '../../shared/domain/collectionNames';
import type { ErrorBody, StatsResponse } from '../../shared/sync/protocol';
import {
  bearer,
  contactDocument,
  ENGINES,
  seedWorkspace,
  startServer,
  type TestServer,
} from './harness';

/** A valid replicated organisation. */
function organisationDocument(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    createdAt: '2025-06-01T09:00:00.000Z',
    updatedAt: '2025-06-01T09:00:00.000Z',
    updatedBy: 'u1',
    tags: [],
    name: 'Leipzig City Council',
    kind: 'city-council',
    sectors: [],
    _deleted: false,
    ...overrides,
  };
}

const zeros = Object.fromEntries(SYNCED_COLLECTION_NAMES.map((name) => [name, 0]));

type Seeded = Awaited<ReturnType<typeof seedWorkspace>>;

describe.each(ENGINES)('workspace stats on $name', (engine) => {
  let server: TestServer;
  /** Signed in once (sign-in is rate limited): Birmingham's members, and Leipzig's. */
  let home: Seeded;
  let other: Seeded;
  /** Each test's own workspace, with Birmingham's members in their roles. */
  let workspace: Seeded;

  beforeAll(async () => {
    server = await startServer(await engine.open());
    home = await seedWorkspace(server);
    other = await seedWorkspace(server, 'Leipzig');
  });
  beforeEach(async () => {
    const { id } = await server.accounts.createWorkspace('Birmingham International');
    for (const role of ['admin', 'editor', 'viewer'] as const) {
      await server.accounts.addMember(id, home.members[role].userId, role);
    }
    workspace = { ...home, workspaceId: id };
  });
  afterAll(async () => {
    await server.close();
    await server.db.close();
  });

  const stats = (
    query = '',
    token: string | null = workspace.members.viewer.token,
    workspaceId = workspace.workspaceId,
  ) =>
    server.app.inject({
      url: `/v1/workspaces/${workspaceId}/stats${query}`,
      headers: token ? bearer(token) : {},
    });

  const push = async (
    collection: 'contacts' | 'organisations',
    documents: Record<string, unknown>[],
    assumed?: Record<string, unknown>,
  ) => {
    const response = await server.app.inject({
      method: 'POST',
      url: `/v1/workspaces/${workspace.workspaceId}/collections/${collection}/push`,
      headers: bearer(workspace.members.editor.token),
      // Stamped by the editor who pushes them, as the app stamps its edits.
      payload: documents.map((document) => ({
        newDocumentState: { ...document, updatedBy: workspace.members.editor.userId },
        ...(assumed
          ? { assumedMasterState: { ...assumed, updatedBy: workspace.members.editor.userId } }
          : {}),
      })),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([]);
  };

  it('answers zero for every synced collection of an empty workspace', async () => {
    const response = await stats();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ seq: 0, collections: zeros });
  });

  it('counts the documents of each collection after `since`, tombstones included', async () => {
    const contacts = Array.from({ length: 5 }, () => contactDocument(randomUUID()));
    await push('contacts', contacts); // seq 1–5
    await push('organisations', [
      organisationDocument(randomUUID()),
      organisationDocument(randomUUID()),
    ]); // seq 6–7
    // A contact deleted: rewritten at seq 8, counted once, as a pull brings it once.
    await push('contacts', [{ ...contacts[0]!, _deleted: true }], contacts[0]);

    const all = (await stats()).json() as StatsResponse;
    expect(all).toEqual({ seq: 8, collections: { ...zeros, contacts: 5, organisations: 2 } });
    // `since` absent is 0.
    expect((await stats('?since=0')).json()).toEqual(all);
    // After 5: contacts 2–5 are behind the checkpoint; the deletion is not.
    expect((await stats('?since=5')).json()).toEqual({
      seq: 8,
      collections: { ...zeros, contacts: 1, organisations: 2 },
    });
    expect((await stats('?since=7')).json()).toEqual({
      seq: 8,
      collections: { ...zeros, contacts: 1 },
    });
    expect((await stats('?since=8')).json()).toEqual({ seq: 8, collections: zeros });
    // Beyond the sequence (a client from a restored backup): nothing to bring.
    expect((await stats('?since=1000')).json()).toEqual({ seq: 8, collections: zeros });
  });

  it('agrees with what a pull from the same checkpoint brings', async () => {
    await push(
      'contacts',
      Array.from({ length: 30 }, () => contactDocument(randomUUID())),
    );
    const pulled = await server.documents.pull(workspace.workspaceId, 'contacts', 12, 1000);
    const counted = (await stats('?since=12')).json() as StatsResponse;
    expect(counted.collections.contacts).toBe(pulled.documents.length);
    expect(counted.seq).toBe(pulled.checkpoint.seq);
  });

  it('counts only its own workspace', async () => {
    await server.documents.push(
      other.workspaceId,
      'contacts',
      [
        {
          newDocumentState: contactDocument(randomUUID(), {
            updatedBy: other.members.editor.userId,
          }),
        },
      ],
      other.members.editor.userId,
    );
    expect((await stats()).json()).toEqual({ seq: 0, collections: zeros });
  });

  it.each(['admin', 'editor', 'viewer'] as const)('lets a %s ask', async (role) => {
    const response = await stats('', workspace.members[role].token);
    expect(response.statusCode).toBe(200);
  });

  it('refuses a member of another workspace with 403', async () => {
    const response = await stats('', other.members.admin.token);
    expect(response.statusCode).toBe(403);
    expect((response.json() as ErrorBody).error.code).toBe('forbidden');
  });

  it('refuses a request without a session with 401', async () => {
    const response = await stats('', null);
    expect(response.statusCode).toBe(401);
    expect((response.json() as ErrorBody).error.code).toBe('unauthorized');
    const wrong = await stats('', 'x'.repeat(43));
    expect(wrong.statusCode).toBe(401);
  });

  it('answers 404 for a workspace that does not exist', async () => {
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const response = await stats('', workspace.members.viewer.token, id);
      expect(response.statusCode).toBe(404);
      expect((response.json() as ErrorBody).error.code).toBe('unknown_workspace');
    }
  });

  it.each(['-1', '1.5', 'abc', '9007199254740992'])('refuses since=%s with 400', async (since) => {
    const response = await stats(`?since=${since}`);
    expect(response.statusCode).toBe(400);
    expect((response.json() as ErrorBody).error.code).toBe('invalid_query');
  });
});
