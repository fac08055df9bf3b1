import type {
  Role,
  SessionResponse,
  UserSummary,
  WorkspaceSummary,
} from '../../shared/sync/protocol';

/** Who is signed in to which server and workspace on this device. */
export interface StoredSession {
  serverUrl: string;
  token: string;
  /** ISO instant. */
  expiresAt: string;
  user: UserSummary;
  workspace: { id: string; name: string; role: Role };
}

/** The session to keep after signing in to `serverUrl` and choosing `workspace`. */
export function storedSession(
  serverUrl: string,
  login: SessionResponse,
  workspace: WorkspaceSummary,
): StoredSession {
  return {
    serverUrl,
    token: login.token,
    expiresAt: login.expiresAt,
    user: login.user,
    workspace: { id: workspace.id, name: workspace.name, role: workspace.role },
  };
}

/**
 * Where the session (and so the bearer token) is kept between runs: the OS
 * keychain in the desktop app, the browser's storage in the web build.
 */
export interface SessionStore {
  load(): Promise<StoredSession | null>;
  save(session: StoredSession): Promise<void>;
  clear(): Promise<void>;
}

/** A stored session read back, or null when it is missing, damaged or of another shape. */
export function parseSession(text: string | null): StoredSession | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<StoredSession>;
    if (
      typeof value.serverUrl === 'string' &&
      typeof value.token === 'string' &&
      typeof value.expiresAt === 'string' &&
      typeof value.user?.id === 'string' &&
      typeof value.workspace?.id === 'string'
    ) {
      return value as StoredSession;
    }
  } catch {
    // Damaged: treated as signed out.
  }
  return null;
}

const STORAGE_KEY = 'liaison.session';

/**
 * The web build's session store. LIMITATION: a browser has no keychain, so
 * the session and its bearer token sit in plain text in this origin's
 * localStorage. Anything that runs script on the page could read it (the
 * CSP allows only the app's own scripts), and so can anyone with access to
 * the computer's user account or browser profile. Signing out (or the token
 * expiring, after the server's session lifetime) ends it. The desktop app
 * keeps it encrypted with the OS keychain instead (`safeStorage`).
 *
 * `storage` is looked up on each call, so a browser that refuses storage
 * fails the call (signed out) instead of the app's start.
 */
export function browserSessionStore(storage?: Storage): SessionStore {
  const target = () => storage ?? window.localStorage;
  return {
    load: async () => parseSession(target().getItem(STORAGE_KEY)),
    save: async (session) => target().setItem(STORAGE_KEY, JSON.stringify(session)),
    clear: async () => target().removeItem(STORAGE_KEY),
  };
}
