import { createContext, useContext, type ReactNode } from 'react';

const AuthorContext = createContext<string | null>(null);

/**
 * Whom the edits below are stamped with. The session (renderer/replication's
 * SessionProvider) provides it: the signed-in user's id, or the local author
 * before sign-in.
 */
export function AuthorProvider({ author, children }: { author: string; children: ReactNode }) {
  return <AuthorContext.Provider value={author}>{children}</AuthorContext.Provider>;
}

/** Whom edits are stamped with: the signed-in user's id, or the local author before sign-in. */
export function useAuthor(): string {
  const author = useContext(AuthorContext);
  if (author === null) throw new Error('useAuthor needs an <AuthorProvider> above it.');
  return author;
}
