import { Prng } from './prng';

/** The synced collections the test writes to (three devices × four collections stay under RxDB's 13). */
export type Collection = 'contacts' | 'visits' | 'agendaItems';

/**
 * A document named by the op that created it (`contacts#12`, or
 * `contacts#40.1` for the second card of the import at op 40), so that any
 * subset of the op list can be replayed: an op whose document is missing on
 * its device does nothing.
 */
export type Handle = `${Collection}#${string}`;

/** Text fields edited directly and by form saves, per collection. */
export const TEXT_FIELDS: Record<Collection, readonly string[]> = {
  contacts: ['givenNames', 'familyName', 'notes', 'salutation'],
  visits: ['title', 'objectives', 'risks'],
  agendaItems: ['title', 'purpose', 'venueName'],
};

/** Id-set arrays that link contacts: visit members (by `contactId`) and agenda attendees. */
export type LinkField = 'members' | 'attendeeIds';
export const LINK_FIELD: Partial<Record<Collection, LinkField>> = {
  visits: 'members',
  agendaItems: 'attendeeIds',
};

/** The zones an agenda item's time zone moves between. */
export const TIME_ZONES = ['Europe/Berlin', 'Europe/London', 'America/New_York'] as const;

type At = { n: number; device: number };

export type Op =
  | (At & { kind: 'create'; collection: Collection; visit?: Handle })
  | (At & { kind: 'edit'; target: Handle; field: string })
  /** A form opens: the editor captures the record's values now. */
  | (At & { kind: 'openForm'; target: Handle })
  /** The form opened at op `form` is saved with one field changed. */
  | (At & { kind: 'saveForm'; form: number; field: string })
  | (At & { kind: 'link'; target: Handle; contact: Handle })
  | (At & { kind: 'unlink'; target: Handle; contact: Handle })
  | (At & { kind: 'move'; target: Handle })
  | (At & { kind: 'retime'; target: Handle; timeZone: string })
  | (At & { kind: 'delete'; target: Handle })
  | (At & { kind: 'undo'; of: number })
  | (At & { kind: 'erase'; target: Handle })
  | (At & { kind: 'import'; cards: number })
  | (At & { kind: 'sync' })
  | (At & { kind: 'offline' })
  | (At & { kind: 'online' })
  /** The server stops while a push is in flight (device: the one that pushes). */
  | (At & { kind: 'serverStop' })
  | (At & { kind: 'serverStart' });

export interface GeneratorOptions {
  devices: number;
}

const WEIGHTS = {
  createContact: 7,
  createVisit: 3,
  createAgendaItem: 5,
  edit: 20,
  openForm: 5,
  saveForm: 6,
  link: 8,
  unlink: 4,
  move: 5,
  retime: 2,
  delete: 4,
  undo: 3,
  erase: 1,
  import: 1,
  sync: 5,
} as const;

/** A seeded op list: what each device does, in order, with offline periods and server restarts. */
export function generateOps(seed: number, count: number, options: GeneratorOptions): Op[] {
  const random = new Prng(seed);
  const ops: Op[] = [];
  const handles: Record<Collection, Handle[]> = { contacts: [], visits: [], agendaItems: [] };
  const openForms = new Map<number, { device: number; collection: Collection }>();
  const deletes = new Map<number, number>(); // delete op → its device
  const offlineFor = new Array<number>(options.devices).fill(0);
  let serverDownFor = 0;
  const push = (op: Op) => ops.push(op);

  while (ops.length < count) {
    const n = ops.length + 1;
    if (serverDownFor > 0 && --serverDownFor === 0) {
      push({ n, kind: 'serverStart', device: 0 });
      continue;
    }
    const device = random.int(0, options.devices - 1);
    if (offlineFor[device]! > 0) {
      if (--offlineFor[device]! === 0) {
        push({ n, kind: 'online', device });
        continue;
      }
    } else if (random.chance(0.015)) {
      // An offline period of many of this device's ops (about a third of all ops are its own).
      offlineFor[device] = random.int(10, 80);
      push({ n, kind: 'offline', device });
      continue;
    }
    if (serverDownFor === 0 && n > 20 && random.chance(0.006)) {
      serverDownFor = random.int(2, 25);
      push({ n, kind: 'serverStop', device });
      continue;
    }
    const choice = random.weighted(WEIGHTS);
    const any = (collection: Collection) =>
      handles[collection].length > 0 ? random.pick(handles[collection]) : undefined;
    const contact = any('contacts');
    if (choice === 'createContact' || !contact) {
      push({ n, device, kind: 'create', collection: 'contacts' });
      handles.contacts.push(`contacts#${n}`);
      continue;
    }
    const visit = any('visits');
    if (choice === 'createVisit' || !visit) {
      push({ n, device, kind: 'create', collection: 'visits' });
      handles.visits.push(`visits#${n}`);
      continue;
    }
    const item = any('agendaItems');
    if (choice === 'createAgendaItem' || !item) {
      push({ n, device, kind: 'create', collection: 'agendaItems', visit });
      handles.agendaItems.push(`agendaItems#${n}`);
      continue;
    }
    const collection = random.pick(['contacts', 'visits', 'agendaItems'] as const);
    const target = any(collection)!;
    const ownForms = [...openForms].filter(([, form]) => form.device === device);
    const ownDeletes = [...deletes].filter(([, by]) => by === device);
    if (choice === 'edit') {
      push({ n, device, kind: 'edit', target, field: random.pick(TEXT_FIELDS[collection]) });
    } else if (choice === 'openForm' || (choice === 'saveForm' && ownForms.length === 0)) {
      push({ n, device, kind: 'openForm', target });
      openForms.set(n, { device, collection });
    } else if (choice === 'saveForm') {
      const [form, opened] = random.pick(ownForms);
      openForms.delete(form);
      push({
        n,
        device,
        kind: 'saveForm',
        form,
        field: random.pick(TEXT_FIELDS[opened.collection]),
      });
    } else if (choice === 'link' || choice === 'unlink') {
      push({ n, device, kind: choice, target: random.pick([visit, item]), contact });
    } else if (choice === 'move') {
      push({ n, device, kind: 'move', target: item });
    } else if (choice === 'retime') {
      push({ n, device, kind: 'retime', target: item, timeZone: random.pick(TIME_ZONES) });
    } else if (choice === 'delete' || (choice === 'undo' && ownDeletes.length === 0)) {
      push({ n, device, kind: 'delete', target });
      deletes.set(n, device);
    } else if (choice === 'undo') {
      const [of] = random.pick(ownDeletes);
      deletes.delete(of);
      push({ n, device, kind: 'undo', of });
    } else if (choice === 'erase') {
      push({ n, device, kind: 'erase', target: contact });
    } else if (choice === 'import') {
      const cards = random.int(1, 3);
      push({ n, device, kind: 'import', cards });
      for (let card = 0; card < cards; card++) handles.contacts.push(`contacts#${n}.${card}`);
    } else {
      push({ n, device, kind: 'sync' });
    }
  }
  return ops;
}

/** One op as a line of a reproduction. */
export function describeOp(op: Op): string {
  const { n, device, kind, ...rest } = op;
  const details = Object.entries(rest)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
  return `#${n} d${device} ${kind}${details ? ` ${details}` : ''}`;
}
