import { addRxPlugin, type RxPlugin } from 'rxdb';

/**
 * Counts the documents the app reads through RxDB queries from each
 * collection (its live queries and anything else that queries a collection's
 * storage), from now until `stop()`: for tests that a screen reads a page or
 * a handful, not the collection. Applies to collections opened after the call.
 */
export function watchStorageReads() {
  const documents = new Map<string, number>();
  let active = true;
  const plugin: RxPlugin = {
    name: `liaison-test-count-reads-${Math.random().toString(36).slice(2)}`,
    rxdb: true,
    hooks: {
      createRxCollection: {
        after: ({ collection }) => {
          const instance = collection.storageInstance;
          const query = instance.query.bind(instance);
          instance.query = async (prepared) => {
            const result = await query(prepared);
            if (active) {
              documents.set(
                collection.name,
                (documents.get(collection.name) ?? 0) + result.documents.length,
              );
            }
            return result;
          };
        },
      },
    },
  };
  addRxPlugin(plugin);
  return {
    /** Documents read from the collection so far. */
    documents: (collection: string) => documents.get(collection) ?? 0,
    stop: () => {
      active = false;
    },
  };
}
