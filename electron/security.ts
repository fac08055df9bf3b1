import path from 'node:path';
import type { z } from 'zod';

/**
 * The security decisions of the main process, as pure functions so that each
 * can be tested on its own. Nothing here touches Electron.
 */

/** The renderer is served from this scheme and host: one origin, so one IndexedDB, every run. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'liaison';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window opens. */
export const APP_START_URL = `${APP_ORIGIN}/`;

/** Permissions the renderer may be granted; everything else (camera, location…) is refused. */
const allowedPermissions: ReadonlySet<string> = new Set([
  'clipboard-sanitized-write',
  'fullscreen',
]);

function parseUrl(value: string | undefined | null): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * `scheme://host[:port]` of a URL. `URL.origin` is `"null"` for non-special
 * schemes such as `app:`, so it cannot be used to compare them.
 */
export function originOf(value: string | undefined | null): string | undefined {
  const url = parseUrl(value);
  if (!url || url.username || url.password || !url.host) return undefined;
  return `${url.protocol}//${url.host}`;
}

/**
 * True when an IPC message comes from a frame showing our own app: the
 * `app://liaison` origin, or the dev server's origin when running `npm run dev`.
 */
export function isTrustedSender(
  frameUrl: string | undefined | null,
  trustedOrigins: readonly string[] = [APP_ORIGIN],
): boolean {
  const origin = originOf(frameUrl);
  return origin !== undefined && trustedOrigins.includes(origin);
}

/** True for a link that may be handed to the system browser: `https:` only, no credentials. */
export function isExternalLinkAllowed(value: string): boolean {
  const url = parseUrl(value);
  return (
    url !== undefined &&
    url.protocol === 'https:' &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** True when a web permission may be granted to a page of ours. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  trustedOrigins: readonly string[] = [APP_ORIGIN],
): boolean {
  return allowedPermissions.has(permission) && isTrustedSender(requestingUrl, trustedOrigins);
}

/**
 * Maps an `app://liaison/…` URL onto a file under `root`, or `null` when the
 * URL is not ours or would escape `root` (`..`, encoded `%2e%2e`, backslashes,
 * NUL bytes). `/` maps onto `index.html`.
 */
export function resolveAppUrlToFile(value: string, root: string): string | null {
  const url = parseUrl(value);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  let rawPath: string;
  try {
    pathname = decodeURIComponent(url.pathname);
    // The URL parser already folds `..` away; a request that tried it is refused outright.
    rawPath = decodeURIComponent(value.split(/[?#]/)[0] ?? '');
  } catch {
    return null;
  }
  if (rawPath.split(/[\\/]/).some((segment) => segment === '..' || segment === '.')) return null;
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.length === 0 || pathname.endsWith('/')) segments.push('index.html');
  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  const relative = path.relative(base, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

/**
 * The dev server URL from `LIAISON_DEV_URL`, accepted only when unpackaged and
 * only for a loopback `http:` address, so an environment variable cannot point
 * a shipped app at a remote page.
 */
export function parseDevServerUrl(value: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !value) return null;
  const url = parseUrl(value);
  if (!url || url.protocol !== 'http:') return null;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return null;
  return url.href;
}

/** The outcome of validating an IPC payload. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Validates `payload` against `schema`, with a short message naming each bad field. */
export function validatePayload<S extends z.ZodType>(
  schema: S,
  payload: unknown,
): ValidationResult<z.output<S>> {
  const result = schema.safeParse(payload);
  if (result.success) return { ok: true, value: result.data };
  const message = result.error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(payload)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, message };
}
