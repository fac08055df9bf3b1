import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { contentSecurityPolicy } from '../shared/security/csp';
import { APP_SCHEME, resolveAppUrlToFile } from './security';

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file, by extension; unknown types are served as opaque bytes. */
export function mimeTypeFor(filePath: string): string {
  return mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Registers `app:` as a standard, secure scheme so that pages served from it
 * get a real origin (IndexedDB, fetch, service workers). Must run before the
 * app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

type ReadFile = (filePath: string) => Promise<Uint8Array>;

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/**
 * Serves the built renderer under `root`. A path without an extension that
 * names no file is a client-side route and gets `index.html`; a missing asset
 * is a 404, never the page.
 */
export function createAppRequestHandler(
  root: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  const headers = (filePath: string): Record<string, string> => ({
    'Content-Type': mimeTypeFor(filePath),
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  const respond = async (filePath: string, method: string): Promise<Response> => {
    const body = await read(filePath);
    return new Response(method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: headers(filePath),
    });
  };
  const plain = (status: number, text: string) =>
    new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed');
    }
    const filePath = resolveAppUrlToFile(request.url, root);
    if (filePath === null) return plain(404, 'Not found');
    try {
      return await respond(filePath, request.method);
    } catch (error) {
      if (!isMissing(error)) throw error;
      if (path.extname(filePath) !== '') return plain(404, 'Not found');
      return respond(path.join(root, 'index.html'), request.method);
    }
  };
}

/** Serves `root` (the built renderer) on `app://liaison/`. Call once the app is ready. */
export function serveAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}
