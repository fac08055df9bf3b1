import { wrappedValidateStorageFactory, type RxJsonSchema, type RxStorage } from 'rxdb';
import type { compiledValidator as compile } from './schemaValidation';

/**
 * Schema validation of every write (schemaValidation.ts), in a chunk of its
 * own: the generated validators and z-schema are about 240 kB of the app's
 * code, which the first screen would otherwise wait for the browser to
 * compile. The store starts loading them as it opens (database.ts) but opens
 * without waiting for them; a write before they are there waits, so every
 * write, a first pull's included, is validated.
 */
let loading: Promise<typeof compile> | undefined;
let loaded: typeof compile | undefined;

/** Loads the validators (once); resolves when `compiledValidator` can be used. */
export function loadSchemaValidation(): Promise<typeof compile> {
  loading ??= import('./schemaValidation').then(
    ({ compiledValidator }) => {
      loaded = compiledValidator;
      return compiledValidator;
    },
    (error: unknown) => {
      // The chunk could not be fetched (the network went before the offline
      // cache was filled): the next write asks for it again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * A validator for a schema, as the store's writes are validated: a list of
 * errors, empty when valid. Needs `loadSchemaValidation()` first (an open
 * store has loaded it).
 */
export function compiledValidator(schema: RxJsonSchema<unknown>): ReturnType<typeof compile> {
  if (!loaded) {
    throw new Error(
      'Schema validation is not loaded yet: open the store or await loadSchemaValidation().',
    );
  }
  return loaded(schema);
}

/**
 * Wraps a storage so that every write is validated; a write waits for the
 * validators' code if it has not loaded yet.
 */
export function wrappedSchemaValidatorStorage<Internals, Options>(args: {
  storage: RxStorage<Internals, Options>;
}): RxStorage<Internals, Options> {
  const validated = wrappedValidateStorageFactory((schema) => {
    // RxDB prepares a validator when the page is first idle; the code may
    // not be there yet then. It is by the time a write uses it (below).
    let validate: ReturnType<typeof compile> | undefined;
    return (document) => (validate ??= compiledValidator(schema))(document);
  }, 'liaison-schema')(args);
  return {
    ...validated,
    async createStorageInstance(params) {
      const instance = await validated.createStorageInstance(params);
      const bulkWrite = instance.bulkWrite.bind(instance);
      /**
       * Writes made before the validators came, in the order they were made:
       * a later write never overtakes one still waiting (the store's writes
       * to one document must land in order).
       */
      let waiting: Promise<unknown> | undefined;
      instance.bulkWrite = (rows, context) => {
        if (loaded && !waiting) return bulkWrite(rows, context);
        const after = waiting ?? Promise.resolve();
        const mine = after.then(async () => {
          if (!loaded) await loadSchemaValidation();
          return bulkWrite(rows, context);
        });
        const settled = mine.catch(() => undefined);
        waiting = settled;
        void settled.then(() => {
          if (waiting === settled) waiting = undefined;
        });
        return mine;
      };
      return instance;
    },
  };
}
