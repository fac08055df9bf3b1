import {
  parseSession,
  type SessionStore,
  type StoredSession,
} from '../../renderer/platform/session';

/** A session store that lives as long as the page: nothing is written anywhere. */
export function memorySessionStore(initial: StoredSession | null = null): SessionStore {
  let stored = initial ? JSON.stringify(initial) : null;
  return {
    load: async () => parseSession(stored),
    save: async (session) => {
      stored = JSON.stringify(session);
    },
    clear: async () => {
      stored = null;
    },
  };
}
