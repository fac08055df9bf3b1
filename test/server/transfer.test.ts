import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent, PullResponse, ReplicatedDocument } from '../../shared/sync/protocol';
import {
  bearer,
  contactDocument,
  ENGINES,
  seedWorkspace,
  startServer,
  type TestServer,
} from './harness';

/**
 * How pulls and the live stream travel: the pull body is built from the text
 * PostgreSQL prints of the stored jsonb, never parsed and serialised again,
 * so it must say exactly what the old body (the driver's objects through
 * JSON.stringify) said, whatever the documents hold; answers are compressed
 * as the client accepts, the live stream never; connections are kept alive.
 */

/** Text a document may hold that JSON, jsonb and UTF-8 each treat in their own way. */
const ODD_TEXT = [
  'Ünïcödé ß ø å Æ — “quotes” ‘single’ «guillemets» …',
  'emoji 😀 👩🏽‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 🇩🇪 (flags, skin tones, joiners)',
  'Arabic: مُحَمَّد بن سلمان، وزارة الخارجية ‏(RLM)‎ and ‫embedding‬',
  'Chinese: 北京市人民政府外事办公室 — 繁體中文 — 𠀋𪚥 (beyond the BMP)',
  'line separator \u2028 and paragraph separator \u2029 inside one line',
  'BOM \uFEFF, word joiner \u2060, zero width space \u200B, soft hyphen \u00AD',
  'DEL \u007F and C1 controls \u0080 \u0085 \u009F, non-characters \uFFFE \uFFFF',
  'private use \uE000 \uF8FF and the last code point \u{10FFFF}',
  'combining: e\u0301 a\u0308 o\u0302\u0323 and Hangul 한국어 and Devanagari नमस्ते',
  'JSON itself: \\ backslash, " quote, / slash, </script><!-- and \\u0000 as text',
];

/** The first `count` characters (code points: a pair is never split) of `text`. */
const first = (text: string, count: number) => Array.from(text).slice(0, count).join('');
/** The last `count` characters of `text`. */
const last = (text: string, count: number) => Array.from(text).slice(-count).join('');

describe.each(ENGINES)('pull and stream transfer on $name', (engine) => {
  let server: TestServer;
  let base: string;
  let workspace: Awaited<ReturnType<typeof seedWorkspace>>;

  beforeAll(async () => {
    server = await startServer(await engine.open());
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    workspace = await seedWorkspace(server);
  });
  afterAll(async () => {
    await server?.close();
    await server?.db.close();
  });

  const editorDocument = (overrides: Record<string, unknown> = {}) =>
    contactDocument(randomUUID(), { updatedBy: workspace.members.editor.userId, ...overrides });
  const pushOverHttp = async (documents: object[]) => {
    const response = await server.app.inject({
      method: 'POST',
      url: `/v1/workspaces/${workspace.workspaceId}/collections/contacts/push`,
      headers: bearer(workspace.members.editor.token),
      payload: documents.map((document) => ({ newDocumentState: document })),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([]);
  };
  const pullUrl = (checkpoint: number, limit = 1000) =>
    `/v1/workspaces/${workspace.workspaceId}/collections/contacts/pull?checkpoint=${checkpoint}&limit=${limit}`;
  const pull = (checkpoint: number, headers: Record<string, string> = {}, limit = 1000) =>
    server.app.inject({
      url: pullUrl(checkpoint, limit),
      headers: { ...bearer(workspace.members.viewer.token), ...headers },
    });
  /** The body the pull route sent before it built it from text: the driver's objects, stringified. */
  const oldPullBody = async (checkpoint: number, limit = 1000) => {
    const rows = await server.db.query<{ data: ReplicatedDocument; seq: number }>(
      `select data, seq from documents
       where workspace_id = $1 and collection = $2 and seq > $3
       order by seq limit $4`,
      [workspace.workspaceId, 'contacts', checkpoint, limit],
    );
    const last = rows.at(-1);
    return JSON.stringify({
      documents: rows.map((row) => row.data),
      checkpoint: { seq: last ? last.seq : checkpoint },
    });
  };

  it('sends a pull body that says exactly what the old one did, however odd the text', async () => {
    const [before] = await server.db.query<{ seq: number }>(
      'select seq from workspaces where id = $1',
      [workspace.workspaceId],
    );
    const checkpoint = Number(before?.seq);
    // Every odd text in a one-line field, a multi-line one (with tabs and line
    // breaks) and a nested one, pushed as the app pushes.
    await pushOverHttp(
      ODD_TEXT.map((text, index) =>
        editorDocument({
          givenNames: first(text, 100),
          familyName: `${index} ${last(text, 50)}`,
          notes: `${text}\n\tsecond line\n${text}`,
          office: { title: first(text, 80) },
          tags: [first(text, 20), 'ünï'],
        }),
      ),
    );
    // And what only a direct write holds (the database takes any JSON): numbers
    // of every kind, nulls, empty strings and containers, odd keys.
    await server.documents.push(
      workspace.workspaceId,
      'contacts',
      [
        {
          newDocumentState: editorDocument({
            numbers: [0, -0, 1, -1, 0.1, 1e21, 1.5e-7, 2 ** 53, -(2 ** 53) + 1, 123.456e10],
            nested: { '': '', 'ключ 🔑': [null, true, false, {}, []], '\u2028': 'x' },
          }),
        },
      ],
      workspace.members.editor.userId,
    );

    for (const [from, limit] of [
      [checkpoint, 1000],
      [checkpoint, 4],
      [checkpoint + 4, 4],
      [checkpoint + ODD_TEXT.length + 1, 1000],
    ] as const) {
      const response = await pull(from, {}, limit);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      const page = JSON.parse(response.body) as PullResponse;
      const old = await oldPullBody(from, limit);
      expect(JSON.stringify(page)).toBe(old);
      expect(page).toEqual(JSON.parse(old));
      expect(Object.keys(page)).toEqual(['documents', 'checkpoint']);
      expect(Object.keys(page.checkpoint)).toEqual(['seq']);
    }

    // The documents pushed over HTTP come back as they were sent.
    const page = JSON.parse((await pull(checkpoint)).body) as PullResponse;
    expect(page.documents).toHaveLength(ODD_TEXT.length + 1);
    expect(page.documents.map((document) => document.notes).slice(0, ODD_TEXT.length)).toEqual(
      ODD_TEXT.map((text) => `${text}\n\tsecond line\n${text}`),
    );
    expect(page.checkpoint.seq).toBe(checkpoint + ODD_TEXT.length + 1);
    // Past the end: no documents and the checkpoint asked from.
    expect(JSON.parse((await pull(page.checkpoint.seq)).body)).toEqual({
      documents: [],
      checkpoint: { seq: page.checkpoint.seq },
    });
    // Documents.pull reads the same text.
    expect(
      await server.documents.pull(workspace.workspaceId, 'contacts', checkpoint, 1000),
    ).toEqual(page);
  });

  it('compresses a pull as the client accepts, to the same documents', async () => {
    await pushOverHttp(
      Array.from({ length: 40 }, (_, index) =>
        editorDocument({ familyName: `Zhang 张 ${index}`, notes: ODD_TEXT.join('\n') }),
      ),
    );
    const plain = await pull(0, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const documents = (JSON.parse(plain.body) as PullResponse).documents;
    expect(documents.length).toBeGreaterThanOrEqual(40);

    for (const [accepted, used, decode] of [
      ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
      ['br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['gzip;q=1, br;q=0.5', 'gzip', gunzipSync],
    ] as const) {
      const packed = await pull(0, { 'accept-encoding': accepted });
      expect(packed.statusCode).toBe(200);
      expect(packed.headers['content-encoding']).toBe(used);
      expect(packed.headers.vary).toMatch(/accept-encoding/i);
      expect(packed.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(packed.rawPayload.length).toBeLessThan(Buffer.byteLength(plain.body) / 3);
      const body = decode(packed.rawPayload).toString('utf8');
      expect(body).toBe(plain.body);
    }
    // An encoding the server does not offer: the body as it is.
    const other = await pull(0, { 'accept-encoding': 'compress' });
    expect(other.headers['content-encoding']).toBeUndefined();
    expect(other.body).toBe(plain.body);
  });

  it('never compresses or holds back the live stream, whatever the client accepts', async () => {
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const outgoing = httpRequest(`${base}/v1/workspaces/${workspace.workspaceId}/stream`, {
        headers: {
          ...bearer(workspace.members.viewer.token),
          accept: 'text/event-stream',
          'accept-encoding': 'gzip, deflate, br, zstd',
        },
      });
      outgoing.on('response', resolve).on('error', reject).end();
    });
    try {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      response.setEncoding('utf8');
      let received = '';
      /** What `pattern` finds in the stream's text once it has arrived. */
      const arrived = async (pattern: RegExp) => {
        const deadline = Date.now() + 5000;
        for (;;) {
          const found = pattern.exec(received);
          if (found) return found;
          if (Date.now() > deadline) throw new Error(`${pattern} did not arrive: ${received}`);
          await new Promise<void>((resolve) => response.once('data', () => resolve()));
        }
      };
      response.on('data', (chunk: string) => (received += chunk));

      // Each event arrives as plain text, whole, while the stream stays open.
      await arrived(/^event: ready\ndata: [^\n]*\n\n/);
      const documents = [editorDocument({ familyName: '北京 😀 \u2028 مرحبا' })];
      await pushOverHttp(documents);
      // (Not `.`: it stops at U+2028, which the event carries as it is.)
      const change = (await arrived(/event: change\ndata: ([^\n]*)\n\n/))[1] ?? '';
      expect(response.complete).toBe(false);
      expect(JSON.parse(change)).toEqual({
        collection: 'contacts',
        documents,
        checkpoint: { seq: expect.any(Number) },
      } satisfies Record<keyof ChangeEvent, unknown>);
      expect(Object.keys(JSON.parse(change) as object)).toEqual([
        'collection',
        'documents',
        'checkpoint',
      ]);
    } finally {
      response.destroy();
    }
  });

  it('keeps the connection alive between requests', async () => {
    let connections = 0;
    const count = () => connections++;
    server.app.server.on('connection', count);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let request = 0; request < 5; request++) {
        const status = await new Promise<number>((resolve, reject) => {
          httpRequest(`${base}${pullUrl(0)}`, {
            agent,
            headers: { ...bearer(workspace.members.viewer.token), 'accept-encoding': 'br' },
          })
            .on('response', (response) => {
              expect(response.headers.connection).not.toBe('close');
              response.resume().on('end', () => resolve(response.statusCode ?? 0));
            })
            .on('error', reject)
            .end();
        });
        expect(status).toBe(200);
      }
      expect(connections).toBe(1);
    } finally {
      agent.destroy();
      server.app.server.off('connection', count);
    }
  });
});
