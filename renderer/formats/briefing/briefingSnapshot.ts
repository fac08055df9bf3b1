import type { AgendaItem, AgendaItemStatus } from '../../../shared/domain/agendaItem';
import { fullName } from '../../../shared/domain/formsOfAddress';
import type { BriefingData } from './briefingData';

/** What the last pack showed of one agenda item: enough to say what changed. */
export interface SnapshotItem {
  id: string;
  title: string;
  /** Venue-local `YYYY-MM-DDTHH:mm`. */
  start: string;
  end: string;
  timeZone: string;
  /** Venue name, and address when known, as one line; absent when none. */
  venue?: string;
  status: AgendaItemStatus;
}

/** A person the last pack listed. */
export interface SnapshotPerson {
  id: string;
  name: string;
}

/** What the last pack of one visit contained, kept on this device. */
export interface BriefingSnapshot {
  visitId: string;
  /** ISO instant the pack was made. */
  madeAt: string;
  items: SnapshotItem[];
  people: SnapshotPerson[];
}

/** One programme difference between the last pack and now. */
export interface ItemChange {
  kind: 'added' | 'changed' | 'cancelled' | 'removed';
  /** The item now; for `removed`, as it was. */
  item: SnapshotItem;
  /** The item as the last pack had it; absent for `added`. */
  previous?: SnapshotItem;
  /** What differs, for `changed` (and for `cancelled`, besides the status). */
  fields: ('time' | 'venue' | 'status' | 'title')[];
}

/** The addendum's content: everything that changed since the last pack. */
export interface BriefingChanges {
  since: string;
  items: ItemChange[];
  peopleAdded: SnapshotPerson[];
  peopleRemoved: SnapshotPerson[];
}

function venueOf(item: Pick<AgendaItem, 'venueName' | 'venueAddress'>): string | undefined {
  const parts = [item.venueName, item.venueAddress?.replace(/\s*\n\s*/g, ', ')]
    .map((part) => part?.trim())
    .filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** What a pack made from `data` contains, to compare the next pack with. */
export function snapshotOf(data: BriefingData): BriefingSnapshot {
  return {
    visitId: data.visit.id,
    madeAt: data.generatedAt,
    items: data.agendaItems.map((item) => {
      const venue = venueOf(item);
      return {
        id: item.id,
        title: item.title,
        start: item.start,
        end: item.end,
        timeZone: item.timeZone,
        ...(venue ? { venue } : {}),
        status: item.status,
      };
    }),
    people: data.contacts.map((contact) => ({ id: contact.id, name: fullName(contact) })),
  };
}

function differences(before: SnapshotItem, after: SnapshotItem): ItemChange['fields'] {
  const fields: ItemChange['fields'] = [];
  if (
    before.start !== after.start ||
    before.end !== after.end ||
    before.timeZone !== after.timeZone
  ) {
    fields.push('time');
  }
  if ((before.venue ?? '') !== (after.venue ?? '')) fields.push('venue');
  if (before.status !== after.status) fields.push('status');
  if (before.title !== after.title) fields.push('title');
  return fields;
}

/** What is new, changed, cancelled or gone in `current` compared with `previous`. */
export function compareSnapshots(
  previous: BriefingSnapshot,
  current: BriefingSnapshot,
): BriefingChanges {
  const before = new Map(previous.items.map((item) => [item.id, item]));
  const now = new Set(current.items.map((item) => item.id));
  const items: ItemChange[] = [];
  for (const item of current.items) {
    const old = before.get(item.id);
    if (!old) {
      items.push({ kind: 'added', item, fields: [] });
      continue;
    }
    const fields = differences(old, item);
    if (fields.length === 0) continue;
    const cancelled = item.status === 'cancelled' && old.status !== 'cancelled';
    items.push({ kind: cancelled ? 'cancelled' : 'changed', item, previous: old, fields });
  }
  for (const old of previous.items) {
    if (!now.has(old.id)) items.push({ kind: 'removed', item: old, previous: old, fields: [] });
  }
  const peopleBefore = new Set(previous.people.map((person) => person.id));
  const peopleNow = new Set(current.people.map((person) => person.id));
  return {
    since: previous.madeAt,
    items,
    peopleAdded: current.people.filter((person) => !peopleBefore.has(person.id)),
    peopleRemoved: previous.people.filter((person) => !peopleNow.has(person.id)),
  };
}

const KEY_PREFIX = 'liaison.briefing.snapshot.';
const storageKey = (visitId: string) => `${KEY_PREFIX}${visitId}`;

function isSnapshot(value: unknown, visitId: string): value is BriefingSnapshot {
  const candidate = value as Partial<BriefingSnapshot> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.visitId === visitId &&
    typeof candidate.madeAt === 'string' &&
    Array.isArray(candidate.items) &&
    Array.isArray(candidate.people)
  );
}

/**
 * The last pack's snapshot per visit, on this device only: the addendum
 * tells the reader what changed since the pack they already hold, and that
 * pack was made here. It never syncs.
 */
export function briefingSnapshotStore(storage: Pick<Storage, 'getItem' | 'setItem'>) {
  const store = {
    /** The snapshot of the last pack of `visitId`, or undefined if none (or it is unreadable). */
    load(visitId: string): BriefingSnapshot | undefined {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(storageKey(visitId)) ?? 'null');
        return isSnapshot(parsed, visitId) ? parsed : undefined;
      } catch {
        // A damaged entry only means no addendum; the next pack replaces it.
        return undefined;
      }
    },
    /** Remembers `snapshot` as the last pack of its visit. */
    save(snapshot: BriefingSnapshot): void {
      storage.setItem(storageKey(snapshot.visitId), JSON.stringify(snapshot));
    },
  };
  return store;
}

/**
 * Takes an erased person out of every pack snapshot on this device, so that
 * their name is not kept here (nor printed in a later addendum as removed).
 */
export function forgetPersonInSnapshots(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'key' | 'length'>,
  contactId: string,
): void {
  const store = briefingSnapshotStore(storage);
  const visitIds: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(KEY_PREFIX)) visitIds.push(key.slice(KEY_PREFIX.length));
  }
  for (const visitId of visitIds) {
    const snapshot = store.load(visitId);
    if (!snapshot?.people.some((person) => person.id === contactId)) continue;
    store.save({
      ...snapshot,
      people: snapshot.people.filter((person) => person.id !== contactId),
    });
  }
}
