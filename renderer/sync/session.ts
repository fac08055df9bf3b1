import type { Role, UserSummary } from '../../shared/sync/protocol';

/** Who is signed in to which server and workspace on this device. */
export interface StoredSession {
  serverUrl: string;
  token: string;
  /** ISO instant. */
  expiresAt: string;
  user: UserSummary;
  workspace: { id: string; name: string; role: Role };
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
 * The web build's session store. A browser has no keychain: the token sits in
 * this origin's localStorage, readable by anything that runs on the page
 * (the CSP allows only the app's own scripts) and by anyone with the
 * computer's user account. The desktop app keeps it in the OS keychain.
 */
export function browserSessionStore(storage: Storage = window.localStorage): SessionStore {
  return {
    load: async () => parseSession(storage.getItem(STORAGE_KEY)),
    save: async (session) => storage.setItem(STORAGE_KEY, JSON.stringify(session)),
    clear: async () => storage.removeItem(STORAGE_KEY),
  };
}
