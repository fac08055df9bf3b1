import * as app from './appWrites';
import { CausalModel } from './model';
import { LINK_FIELD, TEXT_FIELDS, type Collection, type Handle, type Op } from './operations';
import type { Device, World } from './world';

type Snapshot = ReturnType<typeof app.openForm>;
type Target = {
  collection: Collection;
  id: string;
  document: NonNullable<Awaited<ReturnType<typeof app.findDocument>>>;
};

/**
 * Runs ops against a world, recording every write in the causal model. An op
 * whose document its device does not hold (not synced yet, deleted, erased,
 * or created by an op left out of a shrunk list) does nothing.
 */
export class OpRunner {
  readonly model = new CausalModel();
  private readonly ids = new Map<Handle, { collection: Collection; id: string }>();
  private readonly forms = new Map<
    number,
    { collection: Collection; id: string; snapshot: Snapshot }
  >();
  private readonly undos = new Map<
    number,
    { collection: Collection; id: string; undo: () => Promise<void> }
  >();
  /** Ops that changed something, for the report. */
  applied = 0;

  /** Each document's handle by its id, so a report can say `contacts#12` instead of a UUID. */
  handles(): Map<string, Handle> {
    return new Map([...this.ids].map(([handle, { id }]) => [id, handle]));
  }

  constructor(private readonly world: World) {}

  async run(op: Op): Promise<void> {
    const device = this.world.devices[op.device % this.world.devices.length]!;
    if (await this.apply(op, device)) this.applied++;
  }

  private async target(device: Device, handle: Handle): Promise<Target | undefined> {
    const known = this.ids.get(handle);
    if (!known) return undefined;
    const document = await app.findDocument(device.client.database, known.collection, known.id);
    return document && { collection: known.collection, id: known.id, document };
  }

  private async apply(op: Op, device: Device): Promise<boolean> {
    const { database } = device.client;
    const { model } = this;
    const at = { op: op.n, device: device.index };
    switch (op.kind) {
      case 'create': {
        const visit = op.visit && (await this.target(device, op.visit));
        if (op.collection === 'agendaItems' && !visit) return false;
        const { id, fields } = await app.create(
          database,
          op.collection,
          op.n,
          device.author,
          visit?.id,
        );
        this.ids.set(`${op.collection}#${op.n}`, { collection: op.collection, id });
        this.created(op.collection, id, fields, op.n, device.index);
        return true;
      }
      case 'import': {
        const people = await app.importCards(database, op.n, op.cards, device.author);
        people.forEach(({ id, fields }, card) => {
          this.ids.set(`contacts#${op.n}.${card}`, { collection: 'contacts', id });
          this.created('contacts', id, fields, op.n, device.index);
        });
        return true;
      }
      case 'edit': {
        const found = await this.target(device, op.target);
        if (!found) return false;
        const value = `${op.field}-${op.n}`;
        const edit = await app.editField(found.document, op.field, value, device.author);
        if (!edit) return false;
        model.write(found.collection, found.id, op.field, {
          ...at,
          value,
          predecessor: edit.predecessor,
        });
        return true;
      }
      case 'openForm': {
        const found = await this.target(device, op.target);
        if (!found) return false;
        this.forms.set(op.n, { ...found, snapshot: app.openForm(found.document) });
        return true;
      }
      case 'saveForm': {
        const form = this.forms.get(op.form);
        this.forms.delete(op.form);
        if (!form || !TEXT_FIELDS[form.collection].includes(op.field)) return false;
        const value = `${op.field}-${op.n}`;
        const { collection, id, snapshot } = form;
        if (!(await app.saveForm(database, collection, snapshot, op.field, value, device.author))) {
          return false;
        }
        // The user changed this field from what the form showed; nothing else.
        const predecessor = form.snapshot[op.field];
        model.write(collection, id, op.field, { ...at, value, predecessor });
        return true;
      }
      case 'link':
      case 'unlink': {
        const found = await this.target(device, op.target);
        const contact = await this.target(device, op.contact);
        const field = found && LINK_FIELD[found.collection];
        if (!found || !contact || !field) return false;
        if (op.kind === 'link') {
          // Each contact joins an array at most once in a run, so a removal has one add to answer.
          if (model.wasLinked(found.collection, found.id, field, contact.id)) return false;
          if (!(await app.link(found.document, field, contact.id, device.author))) return false;
          model.link(found.collection, found.id, field, contact.id, at);
        } else {
          if (!(await app.unlink(found.document, field, contact.id, device.author))) return false;
          model.unlink(found.collection, found.id, field, contact.id, at);
        }
        return true;
      }
      case 'move': {
        const found = await this.target(device, op.target);
        if (!found || found.collection !== 'agendaItems') return false;
        const value = app.uniqueStart(op.n);
        const moved = await app.move(database, found.document, value, device.author);
        if (!moved) return false;
        const predecessor = moved.before;
        model.write(found.collection, found.id, 'start', { ...at, value, predecessor });
        return true;
      }
      case 'retime': {
        const found = await this.target(device, op.target);
        if (!found || found.collection !== 'agendaItems') return false;
        await app.retime(found.document, op.timeZone, device.author);
        model.lived(found.collection, found.id, { ...at, kind: 'write' });
        return true;
      }
      case 'delete': {
        const found = await this.target(device, op.target);
        if (!found) return false;
        this.undos.set(op.n, { ...found, undo: await app.remove(found.document, device.author) });
        // What the delete saw is what its tombstone holds: the delete applies to the
        // latest copy, which a pull may have changed since the document was read.
        const [tombstone] = await database[found.collection].storageInstance.findDocumentsById(
          [found.id],
          true,
        );
        const seen = (tombstone ?? found.document.toJSON()) as Record<string, unknown>;
        model.lived(found.collection, found.id, { ...at, kind: 'delete', seen });
        return true;
      }
      case 'undo': {
        const deleted = this.undos.get(op.of);
        this.undos.delete(op.of);
        // As the app's undo does, whatever happened meanwhile (even a colleague's edit or an erasure).
        if (!deleted) return false;
        await deleted.undo();
        model.lived(deleted.collection, deleted.id, { ...at, kind: 'undo' });
        return true;
      }
      case 'erase': {
        const found = await this.target(device, op.target);
        if (!found || found.collection !== 'contacts') return false;
        await app.erase(database, found.id, device.author);
        model.erased.add(found.id);
        return true;
      }
      case 'sync':
        if (!device.online || !this.world.serverUp) return false;
        await device.client.replication.syncNow();
        return true;
      case 'offline':
      case 'online':
        this.world.setOnline(device, op.kind === 'online');
        return true;
      case 'serverStop':
        await this.world.stopServerMidPush();
        return true;
      case 'serverStart':
        await this.world.startServer();
        return true;
    }
  }

  private created(
    collection: Collection,
    id: string,
    fields: Record<string, unknown>,
    op: number,
    device: number,
  ) {
    this.model.noteCreated(collection, id);
    for (const field of [...TEXT_FIELDS[collection], 'start']) {
      if (typeof fields[field] === 'string') {
        this.model.write(collection, id, field, { op, device, value: fields[field] });
      }
    }
  }
}
