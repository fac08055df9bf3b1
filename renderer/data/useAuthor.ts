import { LOCAL_AUTHOR } from './writes';
import { useSession } from '../replication/SessionProvider';

/** Whom edits are stamped with: the signed-in user's id, or the local author before sign-in. */
export function useAuthor(): string {
  const { session } = useSession();
  return session?.user.id ?? LOCAL_AUTHOR;
}
