import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { Contact } from '../../../shared/domain/contact';
import type { Organisation } from '../../../shared/domain/organisation';
import { toSearchEntry } from '../../../shared/search/searchEntries';
import { SearchIndex, type SearchIndexSnapshot } from '../../../shared/search/searchIndex';

const meta = {
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  updatedBy: 'u',
  tags: [],
};

function contact(
  id: string,
  givenNames: string,
  familyName: string,
  extra: Partial<Contact> = {},
): Contact {
  return {
    ...meta,
    id,
    givenNames,
    familyName,
    nameOrder: 'given-first',
    languages: [],
    affiliations: [],
    emails: [],
    phones: [],
    lawfulBasis: 'public-task',
    ...extra,
  };
}

const organisation: Organisation = {
  ...meta,
  id: 'org-1',
  name: 'Stadt Leipzig',
  kind: 'city-council',
  city: 'Leipzig',
  address: 'Martin-Luther-Ring 4–6, Neues Rathaus',
  sectors: ['Verwaltung'],
};

const agendaItem: AgendaItem = {
  ...meta,
  id: 'item-1',
  visitId: 'visit-1',
  start: '2025-06-11T10:00',
  end: '2025-06-11T11:30',
  timeZone: 'Europe/London',
  startUtc: '2025-06-11T09:00:00.000Z',
  endUtc: '2025-06-11T10:30:00.000Z',
  title: 'Aston University: Horizon Europe round table',
  kind: 'round-table',
  venueName: 'Aston University',
  venueAddress: 'Aston Triangle, Birmingham',
  attendeeIds: [],
  status: 'planned',
};

function indexWithSamples(): SearchIndex {
  const index = new SearchIndex();
  index.upsert([
    toSearchEntry('contacts', contact('c-1', 'Anja', 'Müller')),
    toSearchEntry('contacts', contact('c-2', 'Hans', 'Schmidt', { titlesBefore: 'Prof. Dr.' })),
    toSearchEntry(
      'contacts',
      contact('c-3', 'Zafar', 'Iqbal', {
        office: { title: 'Lord Mayor of Birmingham', spokenForm: 'Lord Mayor' },
      }),
    ),
    toSearchEntry('organisations', { ...organisation, address: 'Burgstraße 1' }),
    toSearchEntry('agendaItems', agendaItem),
  ]);
  return index;
}

describe('SearchIndex', () => {
  it('finds Müller when typed Muller, Mueller or müller', () => {
    const index = indexWithSamples();
    for (const query of ['Muller', 'Mueller', 'müller', 'MUELLER']) {
      expect(index.search(query).map((hit) => hit.key)).toEqual(['contacts:c-1']);
    }
  });

  it('finds Straße when typed strasse', () => {
    const hits = indexWithSamples().search('burgstrasse');
    expect(hits.map((hit) => hit.key)).toEqual(['organisations:org-1']);
  });

  it('matches prefixes while the user is still typing', () => {
    expect(
      indexWithSamples()
        .search('schm')
        .map((hit) => hit.title),
    ).toEqual(['Prof. Dr. Hans Schmidt']);
  });

  it('finds a person by the office they hold', () => {
    expect(
      indexWithSamples()
        .search('lord mayor')
        .map((hit) => hit.id),
    ).toEqual(['c-3']);
  });

  it('returns agenda items as opening the visit they belong to', () => {
    const [hit] = indexWithSamples().search('aston horizon');
    expect(hit).toMatchObject({
      collection: 'agendaItems',
      id: 'item-1',
      opens: { collection: 'visits', id: 'visit-1' },
    });
  });

  it('returns a note as opening the visit it is about', () => {
    const index = new SearchIndex();
    index.upsert([
      toSearchEntry('notes', {
        ...meta,
        id: 'note-1',
        date: '2025-06-12T18:00:00Z',
        author: 'u',
        body: 'Lord Mayor keen on a return visit to the Opera Ball',
        links: {
          contactIds: ['c-3'],
          organisationIds: [],
          visitIds: ['visit-1'],
          agendaItemIds: [],
        },
      }),
    ]);
    expect(index.search('opera ball')[0]?.opens).toEqual({ collection: 'visits', id: 'visit-1' });
  });

  it('requires every word of the query to match', () => {
    expect(indexWithSamples().search('anja schmidt')).toEqual([]);
  });

  it('replaces an edited document and forgets a deleted one', () => {
    const index = indexWithSamples();
    index.upsert([toSearchEntry('contacts', contact('c-1', 'Anja', 'Weber'))]);
    expect(index.search('müller')).toEqual([]);
    expect(index.search('weber').map((hit) => hit.id)).toEqual(['c-1']);
    index.remove('contacts:c-1');
    expect(index.search('weber')).toEqual([]);
    expect(index.size).toBe(4);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(indexWithSamples().search('  ')).toEqual([]);
  });
});

describe('SearchIndex, stored and restored', () => {
  const people = [
    contact('c-1', 'Anja', 'Müller'),
    contact('c-2', 'Hans', 'Schmidt', { titlesBefore: 'Prof. Dr.' }),
    contact('c-3', 'Zafar', 'Iqbal', { notes: 'Met at the Birmingham Jewellery Quarter' }),
  ];

  it('answers as before after a snapshot is restored, and keeps learning', () => {
    const index = indexWithSamples();
    const queries = ['m', 'mueller', 'burgstrasse', 'lord mayor', 'aston horizon', 'schm'];
    const before = queries.map((query) => index.search(query));
    const restored = SearchIndex.fromSnapshot(
      structuredClone(index.toSnapshot()) as SearchIndexSnapshot,
    );
    expect(restored).not.toBeNull();
    expect(queries.map((query) => restored!.search(query))).toEqual(before);

    restored!.upsert([toSearchEntry('contacts', contact('c-1', 'Anja', 'Weber'))]);
    restored!.upsert([toSearchEntry('contacts', contact('c-9', 'Jörg', 'Groß'))]);
    expect(restored!.search('müller')).toEqual([]);
    expect(restored!.search('weber').map((hit) => hit.id)).toEqual(['c-1']);
    expect(restored!.search('gross').map((hit) => hit.id)).toEqual(['c-9']);
    restored!.remove('contacts:c-2');
    expect(restored!.search('schmidt')).toEqual([]);
    expect(restored!.size).toBe(5);
  });

  it('keeps nothing of a removed or replaced entry in a snapshot', () => {
    const index = new SearchIndex();
    index.upsert(people.map((person) => toSearchEntry('contacts', person)));
    index.remove('contacts:c-3');
    index.upsert([toSearchEntry('contacts', contact('c-1', 'Anja', 'Weber'))]);
    const snapshot = index.toSnapshot();
    const stored = JSON.stringify({ ...snapshot, terms: snapshot.terms, titles: snapshot.titles });
    for (const gone of ['iqbal', 'zafar', 'jewellery', 'muller', 'c-3']) {
      expect(stored.toLowerCase()).not.toContain(gone);
    }
    expect(snapshot.keys).toEqual(['contacts:c-2', 'contacts:c-1']);
  });

  it('forgives a typo in a longer word, and ranks a title match above a mention', () => {
    const index = new SearchIndex();
    index.upsert(people.map((person) => toSearchEntry('contacts', person)));
    index.upsert([
      toSearchEntry('organisations', { ...organisation, id: 'org-2', name: 'Birmingham Museums' }),
    ]);
    expect(index.search('birmingam').map((hit) => hit.key)).toEqual([
      'organisations:org-2',
      'contacts:c-3',
    ]);
  });

  it('refuses a snapshot of another format', () => {
    const snapshot = { ...new SearchIndex().toSnapshot(), format: 99 };
    expect(SearchIndex.fromSnapshot(snapshot as unknown as SearchIndexSnapshot)).toBeNull();
  });
});
