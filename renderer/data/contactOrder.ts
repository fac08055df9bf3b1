import {
  fillWithDefaultSettings,
  getWrappedStorageInstance,
  normalizeMangoQuery,
  prepareQuery,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorageInstance,
} from 'rxdb';
import { Subject, type Observable, type Subscription } from 'rxjs';
import type { Contact } from '../../shared/domain/contact';
import {
  contactOrderSchema,
  toContactOrderEntry,
  type ContactOrderEntry,
} from '../../shared/domain/contactOrder';
import { changesSince, type ChangeCheckpoint as Checkpoint } from './changesSince';
import type { LiaisonDatabase } from './database';
import { CatchUpRunner } from './catchUpRunner';

/** A row of the projection; one extra row (id `~checkpoint`, key '') holds its checkpoint. */
type OrderRow = ContactOrderEntry & { checkpoint?: Checkpoint };

const CHECKPOINT_ID = '~checkpoint';
/** The storage instance's name beside the workspace's collections. */
export const CONTACT_ORDER_STORAGE_NAME = 'liaison-contact-order';
/** Every real row's key is longer than this; the checkpoint row's is exactly this. */
const NO_KEY = '';
/** Contacts read from the change order, and rows written, at a time. */
const BATCH = 1000;

/** The storage schema of the rows (exported for tests that read them as stored). */
export const CONTACT_ORDER_STORAGE_SCHEMA = fillWithDefaultSettings({
  ...contactOrderSchema,
  properties: { ...contactOrderSchema.properties, checkpoint: { type: 'object' } },
} as RxJsonSchema<OrderRow>);

type Instance = RxStorageInstance<OrderRow, unknown, unknown>;

/**
 * The Contacts list's order, kept on the device beside the contacts: one row
 * per live contact with its German collation key and the name its row shows,
 * in a storage instance with an index over the key. The list reads one page
 * of rows in order (and their count) through that index, so opening it with
 * 10,000 contacts reads a screenful, not the collection.
 *
 * The rows are a projection of the contacts, never edited by anyone: they
 * follow the contacts' change order from a stored checkpoint (RxDB's
 * `getChangedDocumentsSince`), after every change event (a form's save, an
 * import, a pull from another device, another window) and whenever the list
 * opens. So a change made while no list was open, even in an earlier run, is
 * caught up, and a missing or new-version projection is simply built afresh.
 * It is local-only and not a collection (the contact schema, the server and
 * the merge rules do not know it; RxDB's open-source edition allows 13
 * collections per page). A deleted contact's row is blanked before it is
 * deleted, so an erased person's name does not stay behind in a tombstone.
 */
export class ContactOrder {
  private checkpoint: Checkpoint | undefined;
  private readonly catchUps = new CatchUpRunner(
    () => this.followChanges(),
    () => this.closed,
  );
  private closed = false;
  private readonly subscriptions: Subscription[] = [];
  private readonly changedSubject = new Subject<void>();
  /**
   * The rows can be read: the projection is open and, if it was never built,
   * built. A projection built before is read at once while this session's
   * first catch-up runs (usually finding nothing); rows it changes are
   * announced on `changed$` like any other change.
   */
  readonly ready: Promise<void>;

  private constructor(
    private readonly database: LiaisonDatabase,
    private readonly instance: Promise<Instance>,
  ) {
    this.ready = this.instance.then(async (opened) => {
      this.subscriptions.push(
        opened.changeStream().subscribe((bulk) => {
          // The checkpoint alone moving (an edit the list does not show) changes no row.
          if (bulk.events.some((event) => event.documentId !== CHECKPOINT_ID)) {
            this.changedSubject.next();
          }
        }),
        this.database.contacts.$.subscribe(() => void this.catchUp().catch(() => undefined)),
      );
      const [row] = await opened.findDocumentsById([CHECKPOINT_ID], false);
      this.checkpoint = row?.checkpoint;
      const caughtUp = this.catchUp();
      if (this.checkpoint === undefined) await caughtUp;
      else caughtUp.catch(() => undefined);
    });
    // A failure shows where the rows are read; no unhandled rejection here.
    this.ready.catch(() => undefined);
  }

  /** Opens the projection of an open workspace (its `contacts` collection must be open). */
  static open(database: LiaisonDatabase): ContactOrder {
    const instance = database.storage
      .createStorageInstance<OrderRow>({
        databaseName: database.name,
        collectionName: CONTACT_ORDER_STORAGE_NAME,
        databaseInstanceToken: database.token,
        multiInstance: database.multiInstance,
        options: {},
        schema: CONTACT_ORDER_STORAGE_SCHEMA,
        devMode: false,
      })
      .then(
        (raw) =>
          getWrappedStorageInstance(
            database as never,
            raw,
            CONTACT_ORDER_STORAGE_SCHEMA,
          ) as unknown as Instance,
      );
    return new ContactOrder(database, instance);
  }

  /** Emits after rows were written, here or in another window of the app. */
  get changed$(): Observable<void> {
    return this.changedSubject.asObservable();
  }

  /** How many contacts the list holds. */
  async count(): Promise<number> {
    await this.ready;
    const instance = await this.instance;
    const result = await instance.count(this.prepared({}));
    return result.count;
  }

  /**
   * `limit` rows in list order from position `skip` (every row from there
   * without a limit: the choices of a form's person select).
   */
  async page(skip: number, limit?: number): Promise<ContactOrderEntry[]> {
    await this.ready;
    const instance = await this.instance;
    const result = await instance.query(this.prepared({ skip, limit }));
    return result.documents.map(({ id, key, name }) => ({ id, key, name }));
  }

  /** Resolves once every change made so far is in the rows. */
  async caughtUp(): Promise<void> {
    await this.ready;
    await this.catchUp();
  }

  /** The storage query for rows in key order, through the key index. */
  private prepared(range: { skip?: number; limit?: number }) {
    const query = normalizeMangoQuery<OrderRow>(CONTACT_ORDER_STORAGE_SCHEMA, {
      selector: { key: { $gt: NO_KEY } },
      sort: [{ key: 'asc' }],
      ...range,
    });
    (query.selector as Record<string, unknown>)._deleted = { $eq: false };
    return prepareQuery<OrderRow>(CONTACT_ORDER_STORAGE_SCHEMA, query as never);
  }

  /**
   * Brings the rows up to date with the contacts. Runs one at a time; a call
   * during a run makes it go round once more, so no change is left behind.
   */
  private catchUp(): Promise<void> {
    return this.catchUps.run();
  }

  private async followChanges(): Promise<void> {
    const instance = await this.instance;
    const contacts = this.database.contacts.storageInstance as unknown as Parameters<
      typeof changesSince
    >[0];
    for (;;) {
      if (this.closed) return;
      const batch = await changesSince(contacts, this.checkpoint, BATCH);
      if (!batch.checkpoint || batch.documents.length === 0) return;
      await this.write(
        instance,
        batch.documents as unknown as (Contact & { _deleted: boolean })[],
        batch.checkpoint,
        this.checkpoint === undefined,
      );
      this.checkpoint = batch.checkpoint;
      if (batch.documents.length < BATCH) return;
    }
  }

  /** Writes the rows of changed contacts and then the new checkpoint. */
  private async write(
    instance: Instance,
    contacts: (Contact & { _deleted: boolean })[],
    checkpoint: Checkpoint,
    /** No rows yet: the projection is being built from the first contact on. */
    building: boolean,
  ): Promise<void> {
    const wanted = new Map<string, { entry: OrderRow; deleted: boolean }>();
    for (const contact of contacts) {
      wanted.set(contact.id, {
        // A deleted contact's row is written blank, then deleted: no name stays behind.
        entry: contact._deleted
          ? { id: contact.id, key: NO_KEY, name: '' }
          : toContactOrderEntry(contact),
        deleted: contact._deleted,
      });
    }
    wanted.set(CHECKPOINT_ID, {
      entry: { id: CHECKPOINT_ID, key: NO_KEY, name: '', checkpoint },
      deleted: false,
    });
    let pending = [...wanted.keys()];
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 5) throw new Error('The contact list order could not be saved.');
      // While the rows are first built there are none to read; a row there
      // after all (another window) fails with 409 and is read on the retry.
      const stored = new Map(
        (building && attempt === 0 ? [] : await instance.findDocumentsById(pending, true)).map(
          (row) => [row.id, row],
        ),
      );
      const rows = pending.flatMap((id) => {
        const { entry, deleted } = wanted.get(id)!;
        const previous = stored.get(id);
        // Never seen, or already gone: nothing to write for a deleted contact.
        if (deleted && (!previous || previous._deleted)) return [];
        if (previous && !previous._deleted && sameRow(previous, entry)) return [];
        const document = {
          ...entry,
          _deleted: deleted,
          _attachments: {},
          _meta: previous?._meta ?? { lwt: 0 },
          _rev: previous?._rev ?? '',
        } as RxDocumentData<OrderRow>;
        return [previous ? { previous, document } : { document }];
      });
      if (rows.length === 0) return;
      const result = await instance.bulkWrite(rows, 'liaison-contact-order');
      const failed = result.error.filter((error) => error.status !== 409);
      if (failed.length > 0) throw new Error('The contact list order could not be saved.');
      // 409: another window wrote the row meanwhile; write ours over the row as it is now.
      pending = result.error.map((error) => String(error.documentId));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.subscriptions.forEach((subscription) => subscription.unsubscribe());
    this.changedSubject.complete();
    await this.catchUps.settled();
    const instance = await this.instance.catch(() => undefined);
    await instance?.close();
  }
}

/** Whether a stored row already says what `entry` says. */
function sameRow(stored: OrderRow, entry: OrderRow): boolean {
  return (
    stored.key === entry.key &&
    stored.name === entry.name &&
    stored.checkpoint?.lwt === entry.checkpoint?.lwt &&
    stored.checkpoint?.id === entry.checkpoint?.id
  );
}

const orders = new WeakMap<LiaisonDatabase, ContactOrder>();

/**
 * The Contacts list order of an open workspace, opened (and caught up with
 * the contacts) on first use and closed with the database.
 */
export function contactOrderOf(database: LiaisonDatabase): ContactOrder {
  let order = orders.get(database);
  if (!order) {
    const opened = ContactOrder.open(database);
    order = opened;
    orders.set(database, opened);
    database.onClose.push(() => opened.close());
  }
  return order;
}
