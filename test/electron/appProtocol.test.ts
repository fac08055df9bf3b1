import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../shared/security/csp';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { createAppRequestHandler, mimeTypeFor, registerAppScheme, serveAppProtocol } =
  await import('../../electron/appProtocol');

let root: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'liaison-protocol-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Liaison</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(outside, 'top secret');
});

afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

const get = (url: string, method = 'GET') =>
  createAppRequestHandler(root)(new Request(url, { method }));

describe('registerAppScheme', () => {
  it('registers app: as standard, secure and fetchable', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
        }),
      },
    ]);
  });
});

describe('serveAppProtocol', () => {
  it('handles the app scheme', () => {
    serveAppProtocol(root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('createAppRequestHandler', () => {
  it('serves index.html for the root with the CSP header', async () => {
    const response = await get('app://liaison/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Liaison</title>');
  });

  it('serves assets with their MIME types', async () => {
    const script = await get('app://liaison/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const style = await get('app://liaison/assets/app.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('falls back to index.html for client-side routes', async () => {
    const response = await get('app://liaison/contacts/42');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Liaison</title>');
  });

  it('answers 404, not the page, for a missing asset', async () => {
    const response = await get('app://liaison/assets/missing.js');
    expect(response.status).toBe(404);
  });

  it.each([
    'app://liaison/../secret.txt',
    'app://liaison/%2e%2e/secret.txt',
    'app://liaison/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://liaison/..%5csecret.txt',
  ])('never serves a file outside the root: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('top secret');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://liaison/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://liaison/', 'POST');
    expect(post.status).toBe(405);
  });
});

describe('mimeTypeFor', () => {
  it('knows the types a Vite build produces and defaults to bytes', () => {
    expect(mimeTypeFor('a/b.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a/b.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('a/b.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('a/b.unknown')).toBe('application/octet-stream');
  });
});
