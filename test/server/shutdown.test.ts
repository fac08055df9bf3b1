import { randomUUID } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { contactDocument, ENGINES, seedWorkspace, startServer, type TestServer } from './harness';

/**
 * Shutting the server down while clients hold connections: a deployment
 * restarts it with apps connected, and each test file stops one. A connection
 * left open would hold `close()` up until Fastify's keep-alive timeout (72 s)
 * or longer: a hung restart in production, a hook timeout in CI.
 */
describe.each(ENGINES.slice(0, 1))('shutdown on $name', (engine) => {
  let server: TestServer | undefined;
  let base = '';
  afterEach(async () => {
    await server?.db.close();
    server = undefined;
  });

  async function start() {
    server = await startServer(await engine.open(), { heartbeatMs: 60_000 });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    return server;
  }

  /** Far below the keep-alive timeout, far above an honest shutdown on a busy machine. */
  const within = <T>(promise: Promise<T>, ms = 20_000) =>
    Promise.race([
      promise.then(() => 'done' as const),
      new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), ms).unref()),
    ]);

  /** GETs `url` over a keep-alive connection; resolves once the headers arrive. */
  function openKeptAlive(url: string, token: string) {
    const agent = new http.Agent({ keepAlive: true });
    return new Promise<{ response: http.IncomingMessage; socketClosed: Promise<void> }>(
      (resolve, reject) => {
        const request = http.get(url, { agent, headers: { authorization: `Bearer ${token}` } });
        request.on('error', reject);
        request.on('response', (response) => {
          const socket = response.socket;
          const socketClosed = new Promise<void>((done) => socket.once('close', () => done()));
          response.resume();
          resolve({ response, socketClosed });
        });
      },
    );
  }

  it('ends open live streams and their connections', async () => {
    const running = await start();
    const { workspaceId, members } = await seedWorkspace(running, 'Birmingham International');
    const streams = await Promise.all(
      [0, 1, 2].map(() =>
        openKeptAlive(`${base}/v1/workspaces/${workspaceId}/stream`, members.viewer.token),
      ),
    );
    for (const { response } of streams) expect(response.statusCode).toBe(200);

    const closed = running.close();
    expect(await within(Promise.all(streams.map((stream) => stream.socketClosed)))).toBe('done');
    expect(await within(closed)).toBe('done');
  });

  it('is not held up by a connection that never sent a request', async () => {
    const running = await start();
    const quiet = net.connect(Number(new URL(base).port), '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      quiet.once('connect', resolve);
      quiet.once('error', reject);
    });
    const quietClosed = new Promise<void>((resolve) => quiet.once('close', () => resolve()));
    quiet.on('error', () => {});

    expect(await within(running.close())).toBe('done');
    expect(await within(quietClosed)).toBe('done');
  });

  it('lets a push in flight finish, then closes its connection', async () => {
    const running = await start();
    const { workspaceId, members } = await seedWorkspace(running, 'Birmingham International');
    const body = JSON.stringify([
      { newDocumentState: contactDocument(randomUUID(), { updatedBy: members.editor.userId }) },
    ]);
    const arrived = new Promise<void>((resolve) =>
      running.app.server.once('request', () => resolve()),
    );
    // The push's headers and half its body are sent when the shutdown starts.
    const request = http.request(`${base}/v1/workspaces/${workspaceId}/collections/contacts/push`, {
      method: 'POST',
      agent: new http.Agent({ keepAlive: true }),
      headers: {
        authorization: `Bearer ${members.editor.token}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      },
    });
    const answered = new Promise<http.IncomingMessage>((resolve, reject) => {
      request.on('response', resolve);
      request.on('error', reject);
    });
    request.write(body.slice(0, 10));
    await arrived;
    const closed = running.close();
    request.end(body.slice(10));

    const response = await answered;
    let text = '';
    for await (const chunk of response) text += String(chunk);
    expect({ status: response.statusCode, body: text }).toEqual({ status: 200, body: '[]' });
    expect(response.headers.connection).toBe('close');
    expect(await within(closed)).toBe('done');
  });
});
