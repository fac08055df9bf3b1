import { describe, expect, it } from 'vitest';
import {
  briefingSnapshotStore,
  compareSnapshots,
  type BriefingSnapshot,
  type SnapshotItem,
} from '../../../../renderer/formats/briefing/briefingSnapshot';

const VISIT = '0a909fa1-2add-56b6-b1df-551783aebbde';

function item(id: string, fields: Partial<SnapshotItem> = {}): SnapshotItem {
  return {
    id,
    title: `Item ${id}`,
    start: '2025-06-11T10:00',
    end: '2025-06-11T11:00',
    timeZone: 'Europe/London',
    venue: 'Aston University',
    status: 'confirmed',
    ...fields,
  };
}

function snapshot(items: SnapshotItem[], people: string[] = []): BriefingSnapshot {
  return {
    visitId: VISIT,
    madeAt: '2025-06-05T09:00:00.000Z',
    items,
    people: people.map((name) => ({ id: name, name })),
  };
}

describe('compareSnapshots', () => {
  it('finds new, moved, cancelled and removed items and who joined or left', () => {
    const before = snapshot(
      [item('a'), item('b'), item('c'), item('d')],
      ['Manuela Blum', 'Ken Wood'],
    );
    const after = snapshot(
      [
        item('a'),
        item('b', { start: '2025-06-11T14:00', end: '2025-06-11T15:00', venue: 'STEAMhouse' }),
        item('c', { status: 'cancelled' }),
        item('e'),
      ],
      ['Manuela Blum', 'Łukasz Wałęsa'],
    );
    const changes = compareSnapshots(before, after);
    expect(changes.since).toBe(before.madeAt);
    expect(changes.items.map((change) => [change.kind, change.item.id])).toEqual([
      ['changed', 'b'],
      ['cancelled', 'c'],
      ['added', 'e'],
      ['removed', 'd'],
    ]);
    expect(changes.items[0]?.fields).toEqual(['time', 'venue']);
    expect(changes.items[0]?.previous?.start).toBe('2025-06-11T10:00');
    expect(changes.peopleAdded.map((person) => person.name)).toEqual(['Łukasz Wałęsa']);
    expect(changes.peopleRemoved.map((person) => person.name)).toEqual(['Ken Wood']);
  });

  it('reports nothing when the programme is unchanged', () => {
    const same = snapshot([item('a'), item('b')], ['Ken Wood']);
    const changes = compareSnapshots(same, structuredClone(same));
    expect(changes.items).toEqual([]);
    expect(changes.peopleAdded).toEqual([]);
    expect(changes.peopleRemoved).toEqual([]);
  });
});

describe('briefingSnapshotStore', () => {
  function memoryStorage() {
    const values = new Map<string, string>();
    return {
      values,
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
    };
  }

  it('remembers the last pack of each visit on this device', () => {
    const storage = memoryStorage();
    const store = briefingSnapshotStore(storage);
    expect(store.load(VISIT)).toBeUndefined();
    const saved = snapshot([item('a')], ['Ken Wood']);
    store.save(saved);
    expect(store.load(VISIT)).toEqual(saved);
    expect(store.load('another-visit')).toBeUndefined();
  });

  it('treats a damaged entry as no earlier pack', () => {
    const storage = memoryStorage();
    const store = briefingSnapshotStore(storage);
    store.save(snapshot([item('a')]));
    const [key] = [...storage.values.keys()];
    storage.setItem(key!, '{not json');
    expect(store.load(VISIT)).toBeUndefined();
    storage.setItem(key!, JSON.stringify({ visitId: VISIT, items: 'nope' }));
    expect(store.load(VISIT)).toBeUndefined();
  });
});
