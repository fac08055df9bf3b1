import type { Collection, LinkField } from './operations';

/** One write of a unique value to a field, and the value its device held just before. */
export interface FieldWrite {
  op: number;
  device: number;
  value: unknown;
  predecessor: unknown;
}

/** A contact added to an id-set array (each contact at most once per array in a run). */
export interface LinkAdd {
  op: number;
  removedBy?: number;
}

/** What happened to a document's life: deletes (with what the deleter saw), later writes, undos. */
export type LifeEvent = { op: number; device: number } & (
  | { kind: 'delete'; seen: Record<string, unknown> }
  /** `scalar`: a tracked field's write, whose being seen the model can tell. */
  | { kind: 'write'; scalar?: boolean }
  | { kind: 'undo' }
);

type At = { op: number; device: number };

export const docKey = (collection: Collection, id: string) => `${collection}/${id}`;

/**
 * What the test knows about every write it made (see checker.ts for how it
 * is judged). Filled in by the runner as ops run, read by the checker.
 */
export class CausalModel {
  /** docKey → field → writes in op order. */
  readonly writes = new Map<string, Map<string, FieldWrite[]>>();
  /** docKey|field|contactId → the one add of that contact to that array. */
  readonly links = new Map<string, LinkAdd>();
  readonly life = new Map<string, LifeEvent[]>();
  readonly erased = new Set<string>();
  /** Every document created, by collection. */
  readonly created = new Map<string, { collection: Collection; id: string }>();

  noteCreated(collection: Collection, id: string): void {
    this.created.set(docKey(collection, id), { collection, id });
  }

  write(
    collection: Collection,
    id: string,
    field: string,
    write: Omit<FieldWrite, 'predecessor'> & { predecessor?: unknown },
  ): void {
    const key = docKey(collection, id);
    const fields = this.writes.get(key) ?? new Map<string, FieldWrite[]>();
    this.writes.set(key, fields);
    const list = fields.get(field) ?? [];
    fields.set(field, list);
    list.push({ predecessor: undefined, ...write });
    this.lived(collection, id, { op: write.op, device: write.device, kind: 'write', scalar: true });
  }

  lived(collection: Collection, id: string, event: LifeEvent): void {
    const key = docKey(collection, id);
    const events = this.life.get(key) ?? [];
    this.life.set(key, events);
    events.push(event);
  }

  linkKey(collection: Collection, id: string, field: LinkField, contactId: string): string {
    return `${docKey(collection, id)}|${field}|${contactId}`;
  }

  /** Whether this contact was ever added to this array (adds happen once per run). */
  wasLinked(collection: Collection, id: string, field: LinkField, contactId: string): boolean {
    return this.links.has(this.linkKey(collection, id, field, contactId));
  }

  link(collection: Collection, id: string, field: LinkField, contactId: string, at: At): void {
    this.links.set(this.linkKey(collection, id, field, contactId), { op: at.op });
    this.lived(collection, id, { ...at, kind: 'write' });
  }

  unlink(collection: Collection, id: string, field: LinkField, contactId: string, at: At): void {
    const add = this.links.get(this.linkKey(collection, id, field, contactId));
    if (add) add.removedBy = at.op;
    this.lived(collection, id, { ...at, kind: 'write' });
  }

  /** Every value `value` descends from, through predecessor links (the value itself included). */
  lineage(collection: Collection, id: string, field: string, value: unknown): Set<unknown> {
    const byValue = new Map<unknown, unknown>();
    for (const write of this.writes.get(docKey(collection, id))?.get(field) ?? []) {
      byValue.set(write.value, write.predecessor);
    }
    const seen = new Set<unknown>();
    let current: unknown = value;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      current = byValue.get(current);
    }
    return seen;
  }
}
