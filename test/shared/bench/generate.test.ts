import { getValidator } from 'rxdb/plugins/validate-z-schema';
import { describe, expect, it } from 'vitest';
import { deriveAgendaUtc, findOverlaps } from '../../../shared/domain/agenda';
import { collectionSchemas } from '../../../shared/domain/schemas';
import { documentIssues } from '../../../shared/sync/documentRules';
import {
  BENCH_COUNTS,
  BENCH_LARGE_AGENDA_SIZE,
  BENCH_SEED,
  BENCH_VISIT_WITH_40_ITEMS_ID,
  createRandom,
  generateBenchData,
} from '../../bench/generate';

// Generated once: 32,000 documents take a few seconds.
const data = generateBenchData();

describe('generateBenchData', () => {
  it('makes the advertised numbers of documents', () => {
    expect({
      contacts: data.contacts.length,
      organisations: data.organisations.length,
      visits: data.visits.length,
      agendaItems: data.agendaItems.length,
    }).toEqual(BENCH_COUNTS);
  });

  it('gives the large visit exactly 40 items, and no other visit as many', () => {
    const perVisit = new Map<string, number>();
    for (const item of data.agendaItems)
      perVisit.set(item.visitId, (perVisit.get(item.visitId) ?? 0) + 1);
    expect(perVisit.get(BENCH_VISIT_WITH_40_ITEMS_ID)).toBe(BENCH_LARGE_AGENDA_SIZE);
    const others = [...perVisit].filter(([id]) => id !== BENCH_VISIT_WITH_40_ITEMS_ID);
    expect(Math.max(...others.map(([, count]) => count))).toBeLessThan(BENCH_LARGE_AGENDA_SIZE);
  });

  // On part of the data: checking all 32,000 takes longer than the point needs.
  it('makes only documents the sync server takes (the sync bench pushes them)', () => {
    const part = { contacts: 1_000, organisations: 100, visits: 300, agendaItems: 300 };
    const some = generateBenchData(BENCH_SEED, undefined, part);
    const refused = (['contacts', 'organisations', 'visits', 'agendaItems'] as const).flatMap(
      (name) =>
        (some[name] as unknown as Record<string, unknown>[]).flatMap((document) =>
          documentIssues(name, { ...document, _deleted: false } as never).map(
            (issue) => `${name} ${String(document.id)} ${issue.field}: ${issue.reason}`,
          ),
        ),
    );
    expect(refused.slice(0, 5)).toEqual([]);
    // Duplicates are rare: every visit of the whole set is checked for them.
    const repeated = data.visits.filter(
      (visit) =>
        new Set(visit.members.map((member) => member.contactId)).size !== visit.members.length ||
        new Set(visit.partnerOrganisationIds).size !== visit.partnerOrganisationIds.length,
    );
    expect(repeated.map((visit) => visit.id)).toEqual([]);
  });

  // On a smaller data set: making all 32,000 documents twice more would take
  // the test over its time on a busy machine, and the size is not the point here.
  it('is the same for the same seed and different for another', () => {
    const small = { contacts: 200, organisations: 20, visits: 10, agendaItems: 120 };
    const once = generateBenchData(BENCH_SEED, undefined, small);
    const again = generateBenchData(BENCH_SEED, undefined, small);
    expect(again).toEqual(once);
    expect(once.agendaItems).toHaveLength(small.agendaItems);
    // The first documents do not depend on how many follow.
    expect(once.organisations).toEqual(data.organisations.slice(0, small.organisations));
    expect(generateBenchData(7, undefined, small).organisations[0]).not.toEqual(
      once.organisations[0],
    );
  });

  // z-schema needs about 20 s for all 32,000 documents, so this checks every
  // 25th; the benchmark's seeding validates all of them as RxDB inserts them.
  it('writes only documents that the schemas accept, with unique ids', () => {
    const collections = ['organisations', 'contacts', 'visits', 'agendaItems'] as const;
    const failures: unknown[] = [];
    const ids = new Set<string>();
    for (const name of collections) {
      const validate = getValidator(collectionSchemas[name].schema);
      for (const [position, document] of data[name].entries()) {
        ids.add(document.id);
        const inLargeVisit =
          'visitId' in document && document.visitId === BENCH_VISIT_WITH_40_ITEMS_ID;
        if (position % 25 !== 0 && !inLargeVisit) continue;
        const errors = validate(document) as unknown[];
        if (errors.length > 0 && failures.length < 5)
          failures.push({ name, id: document.id, errors });
      }
    }
    expect(failures).toEqual([]);
    expect(ids.size).toBe(
      BENCH_COUNTS.contacts +
        BENCH_COUNTS.organisations +
        BENCH_COUNTS.visits +
        BENCH_COUNTS.agendaItems,
    );
  }, 30_000);

  it('mixes names with umlauts, ß, Polish, Czech and Hungarian letters and family-first order', () => {
    const names = data.contacts.map((c) => `${c.givenNames} ${c.familyName}`).join(' ');
    for (const letter of ['ü', 'ö', 'ß', 'ł', 'ż', 'ř', 'ő', 'á']) expect(names).toContain(letter);
    expect(data.contacts.some((c) => c.nameOrder === 'family-first')).toBe(true);
    expect(data.contacts.some((c) => c.familyName === 'Müller')).toBe(true);
    expect(data.organisations.some((o) => o.address?.includes('straße'))).toBe(true);
  });

  it('keeps every programme free of overlaps', () => {
    expect(findOverlaps(data.agendaItems)).toEqual([]);
  });

  it('stores the UTC instants that deriveAgendaUtc gives, in every zone', () => {
    const zones = new Set<string>();
    for (const item of data.agendaItems.filter((_, position) => position % 97 === 0)) {
      zones.add(item.timeZone);
      expect({ startUtc: item.startUtc, endUtc: item.endUtc }).toEqual(deriveAgendaUtc(item));
    }
    expect(zones.size).toBe(5);
  });
});

describe('createRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
