import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_PUSH_ROWS,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type ErrorBody,
} from '../../shared/sync/protocol';
import {
  bearer,
  contactDocument,
  ENGINES,
  seedWorkspace,
  startServer,
  testConfig,
  type TestServer,
} from './harness';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/**
 * JSON of `value` with every `HOSTILE` key renamed to `key`: a JavaScript
 * object literal cannot carry a real `__proto__` key, but a request body can.
 */
const withKey = (value: unknown, key: string) =>
  JSON.stringify(value).replaceAll('"HOSTILE"', JSON.stringify(key));

const json = { 'content-type': 'application/json' };

describe.each(ENGINES)('bad input on $name', (engine) => {
  let server: TestServer;
  let workspace: Awaited<ReturnType<typeof seedWorkspace>>;
  let adminEmail: string;

  // One database, server and workspace per file: every test checks that its
  // bad request changed nothing, and then that a good push still works.
  beforeAll(async () => {
    server = await startServer(await engine.open());
    workspace = await seedWorkspace(server);
    const [admin] = await server.db.query<{ email: string }>(
      'select email from users where id = $1',
      [workspace.members.admin.userId],
    );
    adminEmail = admin?.email ?? '';
  });
  afterAll(async () => {
    await server.close();
    await server.db.close();
  });
  afterEach(async () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await server.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    const good = await server.app.inject(
      push([{ newDocumentState: editorDocument(randomUUID()) }]),
    );
    expect(good.statusCode).toBe(200);
    expect(good.json()).toEqual([]);
  });

  /** A document stamped by the editor, who makes the pushes. */
  const editorDocument = (id: string, overrides: Record<string, unknown> = {}) =>
    contactDocument(id, { updatedBy: workspace.members.editor.userId, ...overrides });
  const pushUrl = () => `/v1/workspaces/${workspace.workspaceId}/collections/contacts/push`;
  const pullUrl = (query: string) =>
    `/v1/workspaces/${workspace.workspaceId}/collections/contacts/pull?${query}`;
  function push(payload: unknown, headers: Record<string, string> = {}): InjectOptions {
    return {
      method: 'POST',
      url: pushUrl(),
      headers: { ...bearer(workspace.members.editor.token), ...headers },
      payload: payload as string,
    };
  }
  const login = (payload: unknown, headers: Record<string, string> = {}): InjectOptions => ({
    method: 'POST',
    url: '/v1/auth/login',
    headers,
    payload: payload as string,
  });

  /** Every row count that a request could change. */
  const snapshot = () =>
    server.db.query(
      `select (select count(*) from users) as users, (select count(*) from sessions) as sessions,
              (select count(*) from invites) as invites, (select count(*) from documents) as documents,
              (select sum(seq) from workspaces) as seq`,
    );

  /** Sends a request that must be refused with `status` and `code`, writing nothing. */
  async function rejects(options: InjectOptions, status: number, code: string) {
    const before = await snapshot();
    const response = await server.app.inject(options);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json<ErrorBody>();
    // A refused document names each refused row; every other error is code and message.
    const details = code === 'invalid_document' ? { details: expect.any(Array) } : {};
    expect(body).toEqual({ error: { code, message: expect.any(String), ...details } });
    expect(body.error.message.length).toBeGreaterThan(10);
    expect(await snapshot()).toEqual(before);
    return body;
  }

  describe('bodies that are not JSON', () => {
    it.each([
      ['login', '{"email": "a@b.example", "password": '],
      ['push', '[{"newDocumentState": {"id": "x"'],
      ['push', '[1, 2,]'],
    ])('answers 400 invalid_json to malformed JSON on %s', async (route, body) => {
      await rejects(route === 'login' ? login(body, json) : push(body, json), 400, 'invalid_json');
    });

    it('answers 400 to an empty JSON body', async () => {
      await rejects(login('', json), 400, 'invalid_json');
      await rejects(push('', json), 400, 'invalid_json');
    });

    it('answers 400 to a login with no body at all', async () => {
      await rejects({ method: 'POST', url: '/v1/auth/login' }, 400, 'invalid_body');
    });

    it.each(['text/plain', 'application/xml', 'application/x-www-form-urlencoded'])(
      'answers 415 with a hint to send JSON to a body sent as %s',
      async (contentType) => {
        const document = JSON.stringify([{ newDocumentState: editorDocument(randomUUID()) }]);
        const credentials = JSON.stringify({ email: adminEmail, password: workspace.password });
        const headers = { 'content-type': contentType };
        const pushed = await rejects(push(document, headers), 415, 'unsupported_media_type');
        expect(pushed.error.message).toMatch(/application\/json/);
        await rejects(login(credentials, headers), 415, 'unsupported_media_type');
      },
    );
  });

  describe('wrong types', () => {
    it.each([
      ['a number for the email', { email: 42, password: 'correct horse battery' }],
      ['an array for the password', { email: 'a@b.example', password: ['x'] }],
      ['null for the email', { email: null, password: 'x' }],
      ['an array for the body', [{ email: 'a@b.example', password: 'x' }]],
    ])('answers 400 invalid_body to a login with %s', async (_label, body) => {
      await rejects(login(body), 400, 'invalid_body');
    });

    it.each([
      ['a string', '"hello"'],
      ['an object', JSON.stringify({ newDocumentState: contactDocument(randomUUID()) })],
      ['rows that are strings', JSON.stringify(['hello'])],
      [
        'a row without its new state',
        JSON.stringify([{ assumedMasterState: contactDocument(randomUUID()) }]),
      ],
      ['a string for the new state', JSON.stringify([{ newDocumentState: 'hello' }])],
    ])('answers 400 invalid_body to a push of %s', async (_label, body) => {
      await rejects(push(body, json), 400, 'invalid_body');
    });

    it.each([
      ['_deleted: "yes"', { _deleted: 'yes' }],
      ['a number for the id', { id: 7 }],
      ['a string for languages', { languages: 'de' }],
      ['a number for familyName', { familyName: 1 }],
      ['no id', { id: undefined }],
    ])('answers 400 invalid_document to a document with %s', async (_label, overrides) => {
      await rejects(
        push([{ newDocumentState: editorDocument(randomUUID(), overrides) }]),
        400,
        'invalid_document',
      );
    });

    it.each([{ role: 'owner' }, { role: 5 }, { role: null }])(
      'answers 400 invalid_body to an invite for role $role',
      async (body) => {
        await rejects(
          {
            method: 'POST',
            url: `/v1/workspaces/${workspace.workspaceId}/invites`,
            headers: bearer(workspace.members.admin.token),
            payload: body,
          },
          400,
          'invalid_body',
        );
      },
    );
  });

  describe('documents that fail the shared schema', () => {
    it('refuses a lawful basis outside the list, naming the field', async () => {
      const body = await rejects(
        push([{ newDocumentState: editorDocument(randomUUID(), { lawfulBasis: 'because' }) }]),
        400,
        'invalid_document',
      );
      expect(body.error.message).toMatch(/lawfulBasis/);
    });

    it('refuses a contact without a family name, naming the field', async () => {
      const { familyName: _missing, ...document } = editorDocument(randomUUID());
      const body = await rejects(push([{ newDocumentState: document }]), 400, 'invalid_document');
      expect(body.error.message).toMatch(/familyName/);
    });

    it('refuses the whole push when one row of several is invalid', async () => {
      const rows = [
        { newDocumentState: editorDocument(randomUUID()) },
        { newDocumentState: editorDocument(randomUUID(), { nameOrder: 'sideways' }) },
      ];
      const body = await rejects(push(rows), 400, 'invalid_document');
      expect(body.error.details).toEqual([
        { id: rows[1]?.newDocumentState.id, field: 'nameOrder', reason: 'schema' },
      ]);
    });

    it('refuses a push with the same document twice', async () => {
      const document = editorDocument(randomUUID());
      const body = await rejects(
        push([{ newDocumentState: document }, { newDocumentState: document }]),
        400,
        'invalid_document',
      );
      expect(body.error.details).toEqual([
        { id: document.id, field: 'id', reason: 'duplicate_id' },
      ]);
    });

    it('refuses an assumed state that is of another document', async () => {
      const rows = [
        {
          assumedMasterState: editorDocument(randomUUID()),
          newDocumentState: editorDocument(randomUUID()),
        },
      ];
      const body = await rejects(push(rows), 400, 'invalid_document');
      expect(body.error.details).toEqual([
        { id: rows[0]?.newDocumentState.id, field: 'assumedMasterState.id', reason: 'id' },
      ]);
    });
  });

  describe('unknown keys', () => {
    it('refuses a login with a key it does not know', async () => {
      await rejects(
        login({ email: adminEmail, password: workspace.password, remember: true }),
        400,
        'invalid_body',
      );
    });

    it('refuses a document with a field the schema does not have', async () => {
      const document = editorDocument(randomUUID(), { nickname: 'Burki' });
      await rejects(push([{ newDocumentState: document }]), 400, 'invalid_document');
    });

    it('refuses a push row with a key besides the two states', async () => {
      const rows = [{ newDocumentState: editorDocument(randomUUID()), force: true }];
      await rejects(push(rows), 400, 'invalid_body');
    });
  });

  describe('hostile keys', () => {
    const pollute = { polluted: true };
    const constructorPollute = { prototype: pollute };

    it.each([
      ['__proto__ at the top of a login', '__proto__', pollute, 'invalid_json'],
      [
        'constructor.prototype at the top of a login',
        'constructor',
        constructorPollute,
        'invalid_json',
      ],
      ['a plain constructor key in a login', 'constructor', 'x', 'invalid_body'],
    ])('refuses %s', async (_label, key, value, code) => {
      const body = withKey(
        { email: adminEmail, password: workspace.password, HOSTILE: value },
        key,
      );
      await rejects(login(body, json), 400, code);
    });

    it.each([
      ['__proto__ in a pushed document', 'document', '__proto__', pollute, 'invalid_json'],
      [
        'constructor.prototype in a pushed document',
        'document',
        'constructor',
        constructorPollute,
        'invalid_json',
      ],
      [
        'a plain constructor key in a pushed document',
        'document',
        'constructor',
        'x',
        'invalid_document',
      ],
      ['__proto__ inside office', 'office', '__proto__', pollute, 'invalid_json'],
      [
        'constructor.prototype inside office',
        'office',
        'constructor',
        constructorPollute,
        'invalid_json',
      ],
      ['a plain constructor key inside office', 'office', 'constructor', 'x', 'invalid_document'],
      ['__proto__ in a push row', 'row', '__proto__', pollute, 'invalid_json'],
      ['__proto__ in an assumed state', 'assumed', '__proto__', pollute, 'invalid_json'],
    ])('refuses %s and stores nothing', async (_label, where, key, value, code) => {
      const id = randomUUID();
      const document = editorDocument(id, {
        office: { title: 'Oberbürgermeister', ...(where === 'office' ? { HOSTILE: value } : {}) },
        ...(where === 'document' ? { HOSTILE: value } : {}),
      });
      const row = {
        newDocumentState: document,
        ...(where === 'row' ? { HOSTILE: value } : {}),
        ...(where === 'assumed'
          ? { assumedMasterState: { id, _deleted: false, HOSTILE: value } }
          : {}),
      };
      await rejects(push(withKey([row], key), json), 400, code);
      expect(await server.db.query('select 1 from documents where id = $1', [id])).toEqual([]);
    });
  });

  describe('size limits', () => {
    it('answers 413 to a body over the limit', async () => {
      const notes = 'x'.repeat(testConfig.bodyLimit + 1);
      await rejects(
        push([{ newDocumentState: editorDocument(randomUUID(), { notes }) }]),
        413,
        'body_too_large',
      );
      await rejects(login({ email: adminEmail, password: notes }), 413, 'body_too_large');
    });

    it(`refuses a push of more than ${MAX_PUSH_ROWS} rows and accepts one of exactly ${MAX_PUSH_ROWS}`, async () => {
      const rows = Array.from({ length: MAX_PUSH_ROWS + 1 }, () => ({
        newDocumentState: editorDocument(randomUUID()),
      }));
      expect(JSON.stringify(rows).length).toBeLessThan(testConfig.bodyLimit);
      const body = await rejects(push(rows), 400, 'invalid_body');
      expect(body.error.message).toContain(String(MAX_PUSH_ROWS));

      const accepted = await server.app.inject(push(rows.slice(1)));
      expect(accepted.statusCode).toBe(200);
    });
  });

  describe('pull query', () => {
    it.each([
      'limit=0',
      'limit=100000',
      'limit=-5',
      'limit=ten',
      'checkpoint=-1',
      'checkpoint=abc',
      'checkpoint=1.5',
      'checkpoint=1e3',
      'checkpoint=1&checkpoint=2',
    ])('answers 400 invalid_query to %s', async (query) => {
      await rejects(
        { url: pullUrl(query), headers: bearer(workspace.members.viewer.token) },
        400,
        'invalid_query',
      );
    });

    it.each(['limit=1', 'limit=1000', 'checkpoint=0', ''])('accepts %s', async (query) => {
      const response = await server.app.inject({
        url: pullUrl(query),
        headers: bearer(workspace.members.viewer.token),
      });
      expect(response.statusCode).toBe(200);
    });
  });

  describe('protocol version', () => {
    it.each([
      ['GET /healthz', (): InjectOptions => ({ url: '/healthz' })],
      ['a login', () => login({ email: adminEmail, password: workspace.password })],
      ['a push', () => push([{ newDocumentState: editorDocument(randomUUID()) }])],
    ])('answers 426 with a message to update to an old client on %s', async (_label, request) => {
      const options = request();
      const body = await rejects(
        { ...options, headers: { ...options.headers, [PROTOCOL_HEADER]: '0' } },
        426,
        'client_too_old',
      );
      expect(body.error.message).toMatch(/too old/);
      expect(body.error.message).toMatch(/update/i);
    });

    it.each(['abc', '', '1.x'])(
      'treats a protocol version %j that is no number as too old',
      async (version) => {
        const options = push([{ newDocumentState: editorDocument(randomUUID()) }]);
        await rejects(
          { ...options, headers: { ...options.headers, [PROTOCOL_HEADER]: version } },
          426,
          'client_too_old',
        );
      },
    );

    it('serves a client of the current protocol', async () => {
      const response = await server.app.inject(
        push([{ newDocumentState: editorDocument(randomUUID()) }], {
          [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        }),
      );
      expect(response.statusCode).toBe(200);
    });
  });

  describe('CORS', () => {
    it.each(['http://localhost:5173', 'app://liaison'])(
      'lets %s read answers, errors included',
      async (origin) => {
        for (const url of ['/healthz', '/v1/me']) {
          const response = await server.app.inject({ url, headers: { origin } });
          expect(response.headers['access-control-allow-origin']).toBe(origin);
        }
        const tooOld = await server.app.inject({
          url: '/healthz',
          headers: { origin, [PROTOCOL_HEADER]: '0' },
        });
        expect(tooOld.statusCode).toBe(426);
        expect(tooOld.headers['access-control-allow-origin']).toBe(origin);
      },
    );

    it('allows the headers the app sends in a preflight from an allowed origin', async () => {
      const response = await server.app.inject({
        method: 'OPTIONS',
        url: pushUrl(),
        headers: {
          origin: 'app://liaison',
          'access-control-request-method': 'POST',
          'access-control-request-headers': `authorization, content-type, ${PROTOCOL_HEADER}`,
        },
      });
      expect(response.statusCode).toBe(204);
      expect(response.headers['access-control-allow-origin']).toBe('app://liaison');
      const allowed = String(response.headers['access-control-allow-headers']).split(/,\s*/);
      expect(allowed).toEqual(
        expect.arrayContaining(['authorization', 'content-type', PROTOCOL_HEADER]),
      );
    });

    it.each(['https://evil.example', 'http://localhost:5174', 'null'])(
      'gives %s no access-control-allow-origin',
      async (origin) => {
        const simple = await server.app.inject({ url: '/healthz', headers: { origin } });
        const preflight = await server.app.inject({
          method: 'OPTIONS',
          url: pushUrl(),
          headers: { origin, 'access-control-request-method': 'POST' },
        });
        for (const response of [simple, preflight]) {
          expect(response.headers['access-control-allow-origin']).toBeUndefined();
        }
      },
    );
  });

  describe('unknown routes', () => {
    it.each([
      ['GET', '/nope'],
      ['GET', '/v2/me'],
      ['DELETE', '/v1/me'],
      ['POST', '/healthz'],
      ['GET', `/v1/workspaces/${randomUUID()}`],
    ] as const)('answers 404 not_found as JSON to %s %s', async (method, url) => {
      await rejects({ method, url }, 404, 'not_found');
    });
  });
});
