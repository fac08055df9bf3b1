import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { LOCAL_AUTHOR } from '../../../renderer/data/writes';
import { SessionProvider } from '../../../renderer/replication/SessionProvider';
import { type StoredSession } from '../../../renderer/platform/session';
import { memorySessionStore } from '../../doubles/memorySessionStore';
import { useAuthor } from '../../../renderer/data/author';

const session: StoredSession = {
  serverUrl: 'https://liaison.birmingham.example',
  token: 'bearer-token',
  expiresAt: '2030-07-01T09:00:00.000Z',
  user: {
    id: 'b5f1c0de-0000-4000-8000-000000000007',
    email: 'kim@birmingham.example',
    name: 'Kim',
  },
  workspace: { id: 'w1', name: 'Birmingham International', role: 'editor' },
};

function signedInAs(stored: StoredSession | null) {
  const store = memorySessionStore(stored);
  return ({ children }: { children: ReactNode }) => (
    <SessionProvider store={store}>{children}</SessionProvider>
  );
}

describe('useAuthor', () => {
  it("stamps edits with the signed-in user's id", async () => {
    const { result } = renderHook(() => useAuthor(), { wrapper: signedInAs(session) });
    await waitFor(() => expect(result.current).toBe(session.user.id));
  });

  it('stamps edits with the local author before anyone signs in', async () => {
    const { result } = renderHook(() => useAuthor(), { wrapper: signedInAs(null) });
    await waitFor(() => expect(result.current).toBe(LOCAL_AUTHOR));
  });
});
