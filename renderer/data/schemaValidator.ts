import { wrappedValidateStorageFactory, type RxJsonSchema, type RxStorage } from 'rxdb';
import type { compiledValidator as compile } from './schemaValidation';

/**
 * Schema validation of every write (schemaValidation.ts), in a chunk of its
 * own: the generated validators and z-schema are about 240 kB of the app's
 * code, which the first screen would otherwise wait for the browser to
 * compile. The store loads them as it opens (`createStorageInstance` waits
 * for them), so every write, a first pull's included, is validated; they
 * start loading with the store's opening (database.ts).
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
      // cache was filled): the store's next opening asks for it again.
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
 * Wraps a storage so that every write is validated; its instances open once
 * validation has loaded. (Opening without waiting, and holding back only the
 * writes made before the code came, was tried: reads made meanwhile did not
 * see those writes, and the convergence tests lost writes on a loaded machine.)
 */
export function wrappedSchemaValidatorStorage<Internals, Options>(args: {
  storage: RxStorage<Internals, Options>;
}): RxStorage<Internals, Options> {
  const validated = wrappedValidateStorageFactory(
    (schema) => compiledValidator(schema),
    'liaison-schema',
  )(args);
  return {
    ...validated,
    async createStorageInstance(params) {
      await loadSchemaValidation();
      return validated.createStorageInstance(params);
    },
  };
}
