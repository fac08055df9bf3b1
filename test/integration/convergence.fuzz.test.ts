import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../server/harness';
import { fuzz } from './convergence/fuzz';
import { SyncLab } from './syncHarness';

// Three devices and a server, seeded random ops through the app's write
// paths, then everyone in sync and the checks of convergence/checker.ts.
// Longer runs: `npm run fuzz -- --seed S --ops N`.
// Sized for about 3 minutes on a busy two-core machine, both engines
// (measured: 30–50 s for five seeds on both engines when every seed converges).
const SEEDS = [1, 2, 3, 4, 5];
const OPS = 300;
/** On a failure, time to shrink it to a short reproduction for the report. */
const SHRINK_MS = 10_000;

describe.each(ENGINES)('convergence on $name', (engine) => {
  let lab: SyncLab;
  beforeAll(async () => {
    lab = await SyncLab.open(engine);
  }, 60_000);
  afterAll(() => lab.close());

  it.each(SEEDS)(
    'seed %i converges without losing a write',
    async (seed) => {
      const report = await fuzz(lab, { seed, ops: OPS, devices: 3, shrinkMs: SHRINK_MS });
      expect(report.ok, report.text).toBe(true);
    },
    120_000,
  );
});
