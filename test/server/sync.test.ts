import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  WRITTEN_HEADER,
  type PullResponse,
  type ReplicatedDocument,
} from '../../shared/sync/protocol';
import {
  bearer,
  contactDocument,
  ENGINES,
  seedWorkspace,
  startServer,
  type TestServer,
} from './harness';

describe.each(ENGINES)('sync on $name', (engine) => {
  let server: TestServer;
  let workspace: Awaited<ReturnType<typeof seedWorkspace>>;

  // One database and server per engine; each test gets a workspace of its own.
  beforeAll(async () => {
    server = await startServer(await engine.open());
  });
  beforeEach(async () => {
    workspace = await seedWorkspace(server);
  });
  afterAll(async () => {
    await server.close();
    await server.db.close();
  });

  /** A document stamped by the editor, who makes the pushes. */
  const editorDocument = (id: string, overrides: Record<string, unknown> = {}) =>
    contactDocument(id, { updatedBy: workspace.members.editor.userId, ...overrides });
  const push = (rows: unknown, token = workspace.members.editor.token) =>
    server.app.inject({
      method: 'POST',
      url: `/v1/workspaces/${workspace.workspaceId}/collections/contacts/push`,
      headers: bearer(token),
      payload: rows as object,
    });
  const pull = async (checkpoint = 0, limit = 100): Promise<PullResponse> => {
    const response = await server.app.inject({
      url: `/v1/workspaces/${workspace.workspaceId}/collections/contacts/pull?checkpoint=${checkpoint}&limit=${limit}`,
      headers: bearer(workspace.members.viewer.token),
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('stores a pushed document exactly and pulls it back with a checkpoint', async () => {
    const document = editorDocument(randomUUID(), {
      familyName: 'Müller',
      office: { title: 'Oberbürgermeister' },
    });
    const pushed = await push([{ newDocumentState: document }]);
    expect(pushed.statusCode).toBe(200);
    expect(pushed.json()).toEqual([]);

    const page = await pull();
    expect(page.documents).toEqual([document]);
    expect(page.checkpoint.seq).toBe(1);
    expect((await pull(page.checkpoint.seq)).documents).toEqual([]);
  });

  it('writes when the assumed master state matches and returns the stored one when it does not', async () => {
    const id = randomUUID();
    const first = editorDocument(id);
    await push([{ newDocumentState: first }]);
    const second = { ...first, familyName: 'Jung-Meier' };
    expect((await push([{ assumedMasterState: first, newDocumentState: second }])).json()).toEqual(
      [],
    );

    const stale = { ...first, givenNames: 'B.' };
    const conflict = await push([{ assumedMasterState: first, newDocumentState: stale }]);
    expect(conflict.json()).toEqual([second]);
    expect((await pull()).documents).toEqual([second]);
  });

  it('names the sequence numbers a push stored its rows under, readable by the app across origins', async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()].map((id) => editorDocument(id));
    const first = await push([{ newDocumentState: a }, { newDocumentState: b }]);
    expect(first.headers[WRITTEN_HEADER]).toBe('1-2');
    // A colleague's write, then a push with a conflict: only what was stored is named.
    await push([{ newDocumentState: c }]);
    const stale = { ...a!, givenNames: 'Stale' };
    const mixed = await push([
      { assumedMasterState: { ...a!, givenNames: 'Other' }, newDocumentState: stale },
      { assumedMasterState: b, newDocumentState: { ...b!, familyName: 'Weiß' } },
    ]);
    expect(mixed.json()).toEqual([a]);
    expect(mixed.headers[WRITTEN_HEADER]).toBe('4-4');
    const page = await pull(3);
    expect(page.documents.map((document) => document.id)).toEqual([b!.id]);
    // Nothing stored (a repeat): no range at all.
    const repeat = await push([{ newDocumentState: c }]);
    expect(repeat.headers[WRITTEN_HEADER]).toBeUndefined();

    const crossOrigin = await server.app.inject({
      method: 'POST',
      url: `/v1/workspaces/${workspace.workspaceId}/collections/contacts/push`,
      headers: { ...bearer(workspace.members.editor.token), origin: 'http://localhost:5173' },
      payload: [{ newDocumentState: editorDocument(randomUUID()) }],
    });
    expect(crossOrigin.headers[WRITTEN_HEADER]).toBe('5-5');
    expect(String(crossOrigin.headers['access-control-expose-headers'])).toContain(WRITTEN_HEADER);
  });

  it('treats a repeated push of the same state as done, not as a conflict', async () => {
    const document = editorDocument(randomUUID());
    await push([{ newDocumentState: document }]);
    expect((await push([{ newDocumentState: document }])).json()).toEqual([]);
    const page = await pull();
    expect(page.documents).toHaveLength(1);
    expect(page.checkpoint.seq).toBe(1);
  });

  it('keeps a deletion as a tombstone', async () => {
    const document = editorDocument(randomUUID());
    await push([{ newDocumentState: document }]);
    const tombstone: ReplicatedDocument = { ...document, _deleted: true };
    expect(
      (await push([{ assumedMasterState: document, newDocumentState: tombstone }])).json(),
    ).toEqual([]);
    expect((await pull()).documents).toEqual([tombstone]);
  });

  it('pages through documents in sequence order, full pages while more exist', async () => {
    const ids = Array.from({ length: 25 }, () => randomUUID());
    await push(ids.map((id) => ({ newDocumentState: editorDocument(id) })));
    const seen: string[] = [];
    let checkpoint = 0;
    const sizes: number[] = [];
    for (;;) {
      const page = await pull(checkpoint, 10);
      if (page.documents.length === 0) break;
      sizes.push(page.documents.length);
      seen.push(...page.documents.map((document) => document.id));
      checkpoint = page.checkpoint.seq;
    }
    expect(sizes).toEqual([10, 10, 5]);
    expect(seen).toEqual(ids);
  });
});
