import { addRxPlugin, type RxPlugin } from 'rxdb';
import type { LiaisonDatabase } from '../../renderer/data/database';

// The app opens its own store; a test that changes records "underneath" an
// open form (as sync would) needs that very database, not a second instance
// (which would close the app's: `closeDuplicates`). An RxDB plugin hook hands
// it over as it opens.
let opened: LiaisonDatabase | undefined;
let watching = false;

const capture: RxPlugin = {
  name: 'liaison-test-open-database',
  rxdb: true,
  hooks: {
    createRxDatabase: {
      after: ({ database }) => {
        opened = database as unknown as LiaisonDatabase;
      },
    },
  },
};

/** Call before the app renders: remembers every database opened from then on. */
export function watchOpenedDatabases(): void {
  if (watching) return;
  addRxPlugin(capture);
  watching = true;
}

/** The database the app opened last. */
export function openedDatabase(): LiaisonDatabase {
  if (!opened) throw new Error('No database has been opened since watchOpenedDatabases().');
  return opened;
}
