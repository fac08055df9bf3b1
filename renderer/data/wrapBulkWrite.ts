import type { RxStorage, RxStorageInstance, RxStorageInstanceCreationParams } from 'rxdb';

type BulkWrite<T, Internals, Options> = RxStorageInstance<T, Internals, Options>['bulkWrite'];

/**
 * A storage whose instances write through `wrap`: it is given each new
 * instance, its creation parameters and the instance's own `bulkWrite`, and
 * returns the `bulkWrite` the instance is to have instead.
 */
export function wrapBulkWrite<Internals, Options>(
  storage: RxStorage<Internals, Options>,
  wrap: <T>(
    instance: RxStorageInstance<T, Internals, Options>,
    params: RxStorageInstanceCreationParams<T, Options>,
    bulkWrite: BulkWrite<T, Internals, Options>,
  ) => BulkWrite<T, Internals, Options>,
): RxStorage<Internals, Options> {
  return {
    ...storage,
    async createStorageInstance<T>(params: RxStorageInstanceCreationParams<T, Options>) {
      const instance = await storage.createStorageInstance(params);
      instance.bulkWrite = wrap(instance, params, instance.bulkWrite.bind(instance));
      return instance;
    },
  };
}
