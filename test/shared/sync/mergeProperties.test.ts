import { describe, expect, it } from 'vitest';
import { deriveAgendaUtc } from '../../../shared/domain/agenda';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import { validateAgendaItem } from '../../../shared/domain/agendaItemValidation';
import type { SyncedCollectionName } from '../../../shared/domain/collectionNames';
import type { Contact } from '../../../shared/domain/contact';
import { validateContact } from '../../../shared/domain/contactValidation';
import { mergeDocuments, type FieldConflict } from '../../../shared/sync/mergeDocuments';
import { reception, lordMayor } from '../domain/exampleDocuments';

/**
 * Seeded, randomized checks of the merge's promises: random base, local and
 * server versions of agenda items and contacts (each one a valid record, as
 * the app writes them), and invariants that must hold for every triple.
 */

/** Mulberry32: small, seeded, the same sequence on every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(options: readonly T[]): T => options[Math.floor(next() * options.length)] as T;
  const chance = (p: number) => next() < p;
  const subset = <T>(options: readonly T[]): T[] => options.filter(() => chance(0.5));
  return { pick, chance, subset };
}

type Random = ReturnType<typeof seeded>;
type Doc = Record<string, unknown> & { _deleted: boolean };

const ZONES = ['Europe/London', 'Europe/Berlin', 'America/New_York'];
const PEOPLE = ['p1', 'p2', 'p3', 'p4'];

function withTimes(item: AgendaItem, random: Random): AgendaItem {
  const day = random.pick(['10', '11', '12']);
  const hour = random.pick([8, 9, 10, 14, 17]);
  const length = random.pick([1, 2, 3]);
  const at = (h: number) =>
    `2025-06-${day}T${String(h).padStart(2, '0')}:${random.pick(['00', '30'])}`;
  const times = { start: at(hour), end: at(hour + length), timeZone: item.timeZone };
  return { ...item, ...times, ...deriveAgendaUtc(times) };
}

function changeAgendaItem(item: AgendaItem, random: Random): AgendaItem {
  let next = { ...item };
  if (random.chance(0.3)) next = withTimes(next, random);
  if (random.chance(0.3)) {
    const zoned = { ...next, timeZone: random.pick(ZONES) };
    next = { ...zoned, ...deriveAgendaUtc(zoned) };
  }
  if (random.chance(0.3)) next.title = random.pick(['Reception', 'Dinner', 'Talks']);
  if (random.chance(0.3)) next.status = random.pick(['planned', 'confirmed', 'changed'] as const);
  if (random.chance(0.3)) next.attendeeIds = random.subset(PEOPLE);
  if (random.chance(0.3)) {
    if (random.chance(0.5)) delete next.venueName;
    else next.venueName = random.pick(['Council House', 'ICC']);
  }
  return next;
}

const ORGS = ['o1', 'o2', 'o3'];
const ADDRESSES = ['a@leipzig.de', 'b.c@birmingham.gov.uk', 'd@x.de'];

function changeContact(contact: Contact, random: Random): Contact {
  const next = { ...contact };
  if (random.chance(0.3)) next.familyName = random.pick(['Iqbal', 'Jung', 'Müller']);
  if (random.chance(0.3)) next.languages = random.subset(['de', 'en', 'fr']);
  if (random.chance(0.3)) {
    if (random.chance(0.5)) delete next.pronunciation;
    else next.pronunciation = random.pick(['IK-bal', 'yoong']);
  }
  if (random.chance(0.5)) {
    const kept = next.affiliations.filter(() => random.chance(0.8));
    const edited = kept.map((a) =>
      random.chance(0.4) ? { ...a, role: random.pick(['Mayor', 'Fellow', 'Chair']) } : a,
    );
    const fresh = ORGS.filter(
      (id) => !edited.some((a) => a.organisationId === id) && random.chance(0.3),
    );
    next.affiliations = [
      ...edited,
      ...fresh.map((organisationId) => ({ organisationId, role: 'Guest' })),
    ];
  }
  if (random.chance(0.5)) {
    const kept = next.emails.filter(() => random.chance(0.8));
    const edited = kept.map((e) =>
      random.chance(0.4) ? { ...e, label: random.pick(['work', 'home', 'pa']) } : e,
    );
    const fresh = ADDRESSES.filter(
      (address) => !edited.some((e) => e.address === address) && random.chance(0.3),
    );
    next.emails = [...edited, ...fresh.map((address) => ({ label: 'work', address }))];
  }
  return next;
}

/**
 * A document as leaves: `path → value`, with array elements named as the
 * merge names them (`emails[address=…].label`) and a set's members as
 * `languages[=de]`, so an invariant can be checked per field the user edits.
 */
function leaves(
  value: unknown,
  path = '',
  into = new Map<string, unknown>(),
): Map<string, unknown> {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item !== 'object' || item === null) into.set(`${path}[=${String(item)}]`, true);
      else {
        const record = item as Record<string, unknown>;
        const key =
          ['organisationId', 'address', 'number', 'contactId'].find((k) => k in record) ?? '';
        leaves(record, `${path}[${key}=${String(record[key])}]`, into);
      }
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value))
      leaves(child, path ? `${path}.${key}` : key, into);
  } else into.set(path, value);
  return into;
}

const IGNORED = new Set(['updatedAt', 'updatedBy', '_deleted', 'startUtc', 'endUtc']);
const covers = (conflict: FieldConflict, leaf: string) =>
  leaf === conflict.fieldPath ||
  leaf.startsWith(`${conflict.fieldPath}.`) ||
  leaf.startsWith(`${conflict.fieldPath}[`);
const fields = (document: Doc) =>
  Object.fromEntries(Object.entries(document).filter(([key]) => !IGNORED.has(key)));

interface Case {
  collection: SyncedCollectionName;
  start: Doc;
  change: (document: Doc, random: Random) => Doc;
  check: (merged: Doc) => void;
}

const cases: Case[] = [
  {
    collection: 'agendaItems',
    start: { ...reception, _deleted: false },
    change: (document, random) => ({
      ...changeAgendaItem(document as unknown as AgendaItem, random),
      _deleted: false,
    }),
    check: (merged) => {
      const item = merged as unknown as AgendaItem;
      expect(validateAgendaItem(item)).toEqual([]);
      expect(deriveAgendaUtc(item)).toEqual({ startUtc: item.startUtc, endUtc: item.endUtc });
    },
  },
  {
    collection: 'contacts',
    start: {
      ...lordMayor,
      affiliations: [{ organisationId: 'o1', role: 'Mayor' }],
      _deleted: false,
    },
    change: (document, random) => ({
      ...changeContact(document as unknown as Contact, random),
      _deleted: false,
    }),
    check: (merged) => expect(validateContact(merged as unknown as Contact)).toEqual([]),
  },
];

describe.each(cases)(
  'mergeDocuments, randomized: $collection',
  ({ collection, start, change, check }) => {
    const triples = (seed: number) => {
      const random = seeded(seed);
      const base = change(start, random);
      return { random, base, mine: change(base, random), theirs: change(base, random) };
    };
    const seeds = Array.from({ length: 400 }, (_, i) => i + 1);

    it('gives the server version when nothing changed locally, and the local one when the server did not change', () => {
      for (const seed of seeds) {
        const { base, mine, theirs } = triples(seed);
        const fromServer = mergeDocuments(base, { ...base }, theirs, collection);
        expect(fields(fromServer.merged), `seed ${seed}`).toEqual(fields(theirs));
        expect(fromServer.conflicts).toEqual([]);
        const fromLocal = mergeDocuments(base, mine, { ...base }, collection);
        expect(fields(fromLocal.merged), `seed ${seed}`).toEqual(fields(mine));
        expect(fromLocal.conflicts).toEqual([]);
      }
    });

    it('loses no local change silently and keeps every rule', () => {
      for (const seed of seeds) {
        const { base, mine, theirs } = triples(seed);
        const { merged, conflicts } = mergeDocuments(base, mine, theirs, collection);
        check(merged);
        const [b, m, t, r] = [base, mine, theirs, merged].map((d) => leaves(fields(d)));
        const paths = new Set([...b!.keys(), ...m!.keys(), ...t!.keys()]);
        for (const leaf of paths) {
          const [inBase, inMine, inTheirs, result] = [b, m, t, r].map((map) => map!.get(leaf));
          const reported = conflicts.some((conflict) => covers(conflict, leaf));
          const message = `seed ${seed}, ${leaf}`;
          if (inMine !== inBase && inTheirs === inBase) {
            expect(result === inMine || reported, message).toBe(true);
          } else if (inTheirs !== inBase && inMine === inBase) {
            // An element removed there but edited here stays, and is reported.
            expect(result === inTheirs || reported, message).toBe(true);
          } else if (inMine !== inBase && inMine !== inTheirs) {
            expect([inMine, inTheirs], message).toContain(result);
            if (result === inTheirs) expect(reported, message).toBe(true);
          }
        }
      }
    });
  },
);
