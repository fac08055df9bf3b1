import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../server/harness';
import { SyncLab } from '../syncHarness';
import * as app from './appWrites';
import { checkWorld } from './checker';
import { generateOps, type Op } from './operations';
import { Prng } from './prng';
import { OpRunner } from './runner';
import { settle } from './settle';
import { focus, handlesIn, shrink } from './shrink';
import { World } from './world';

// The convergence test's own parts: the same seed gives the same ops, the
// shrink finds what matters, and each kind of check does fail when its rule
// is broken (so a green convergence run means something).

describe('the convergence kit', () => {
  it('draws the same ops from the same seed, and others from another', () => {
    const a = generateOps(42, 500, { devices: 3 });
    expect(generateOps(42, 500, { devices: 3 })).toEqual(a);
    expect(generateOps(43, 500, { devices: 3 })).not.toEqual(a);
    const kinds = new Set(a.map((op) => op.kind));
    for (const kind of ['create', 'edit', 'saveForm', 'link', 'move', 'delete', 'offline']) {
      expect(kinds).toContain(kind);
    }
    const random = new Prng(7);
    const rolls = Array.from({ length: 1000 }, () => random.int(1, 6));
    expect(new Set(rolls)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it('shrinks an op list to the ops the failure needs', async () => {
    const ops = generateOps(5, 200, { devices: 3 });
    const needed = (list: readonly Op[]) =>
      Promise.resolve([17, 120].every((n) => list.some((op) => op.n === n)));
    const smallest = await shrink(ops, needed, 10_000);
    expect(smallest.map((op) => op.n)).toEqual([17, 120]);
  });

  it('cuts an op list down to the documents a failure names, keeping network events', () => {
    const ops = [
      { n: 1, device: 0, kind: 'create', collection: 'contacts' },
      { n: 2, device: 1, kind: 'create', collection: 'contacts' },
      { n: 3, device: 1, kind: 'openForm', target: 'contacts#1' },
      { n: 4, device: 2, kind: 'offline' },
      { n: 5, device: 0, kind: 'edit', target: 'contacts#2', field: 'notes' },
      { n: 6, device: 1, kind: 'saveForm', form: 3, field: 'notes' },
    ] as Op[];
    const named = handlesIn('contacts#1.notes = "notes-6" (#6 d1) is gone');
    expect(named).toEqual(new Set(['contacts#1']));
    expect(focus(ops, named).map((op) => op.n)).toEqual([1, 3, 4, 6]);
  });
});

describe.each(ENGINES)('the convergence checks on $name', (engine) => {
  let lab: SyncLab;
  let world: World;
  let runner: OpRunner;
  beforeAll(async () => {
    lab = await SyncLab.open(engine);
    world = await World.open(lab, 2);
    runner = new OpRunner(world);
    for (const op of [
      { n: 1, device: 0, kind: 'create', collection: 'contacts' },
      { n: 2, device: 0, kind: 'create', collection: 'visits' },
      { n: 3, device: 0, kind: 'link', target: 'visits#2', contact: 'contacts#1' },
      { n: 4, device: 0, kind: 'edit', target: 'contacts#1', field: 'notes' },
    ] as Op[]) {
      await runner.run(op);
    }
    expect(await settle(world)).toBeUndefined();
  }, 60_000);
  afterAll(() => lab.close());

  it('passes a run that kept every write', async () => {
    expect(await checkWorld(world, runner.model)).toEqual([]);
  });

  it('finds a write that is gone, a link that is gone, and a device that differs', async () => {
    const [contact] = [...runner.model.created.values()];
    const visit = [...runner.model.created.values()].find((doc) => doc.collection === 'visits')!;
    // Device 1 changes its copy without syncing: its value never reaches anyone.
    world.setOnline(world.devices[1]!, false);
    const held = await app.findDocument(world.devices[1]!.client.database, 'contacts', contact!.id);
    await app.editField(held!, 'notes', 'notes-99', world.devices[1]!.author);
    const model = runner.model;
    model.write('contacts', contact!.id, 'notes', { op: 99, device: 1, value: 'notes-99' });
    model.link('visits', visit.id, 'members', 'never-added', { op: 98, device: 0 });
    const kinds = (await checkWorld(world, model)).map((failure) => failure.kind);
    expect(kinds).toContain('lost write');
    expect(kinds).toContain('lost link');
    expect(kinds).toContain('diverged');
    expect(kinds).toContain('pending');
  });
});
