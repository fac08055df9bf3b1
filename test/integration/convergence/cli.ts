// `npm run fuzz -- --seed S --ops N [--engine pglite|postgres] [--devices 3] [--shrink-seconds 300]`
// One long seeded convergence run (see checker.ts for what is checked); on a
// failure, the seed, the failures and a shrunk reproduction, and exit code 1.
//
// The app's modules read `import.meta.env` (as Vite defines it), which plain
// tsx leaves undefined: the run is loaded through Vite's SSR module loader,
// as Vitest does.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import type * as Harness from '../../server/harness';
import type * as SyncHarness from '../syncHarness';
import type * as Fuzz from './fuzz';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    ops: { type: 'string', default: '2000' },
    engine: { type: 'string', default: 'pglite' },
    devices: { type: 'string', default: '3' },
    'shrink-seconds': { type: 'string', default: '300' },
  },
});
const seed = Number(values.seed);
const ops = Number(values.ops);
const devices = Number(values.devices);
const shrinkMs = Number(values['shrink-seconds']) * 1000;
if (![seed, ops, devices, shrinkMs].every(Number.isFinite) || devices < 1 || devices > 3) {
  console.error(
    'Usage: npm run fuzz -- --seed S --ops N [--engine pglite|postgres] [--devices 1-3]',
  );
  process.exit(2);
}

const root = fileURLToPath(new URL('../../..', import.meta.url));
const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let exitCode = 1;
try {
  const load = (path: string) => vite.ssrLoadModule(path);
  const { ENGINES, postgresEngine } = (await load('/test/server/harness.ts')) as typeof Harness;
  const { SyncLab } = (await load('/test/integration/syncHarness.ts')) as typeof SyncHarness;
  const { fuzz } = (await load('/test/integration/convergence/fuzz.ts')) as typeof Fuzz;
  const engine =
    values.engine === 'postgres'
      ? postgresEngine(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test')
      : ENGINES.find((candidate) => candidate.name === values.engine);
  if (!engine) throw new Error(`Unknown engine ${values.engine}: pglite or postgres.`);
  console.log(`convergence: seed ${seed}, ${ops} ops, ${devices} devices, ${engine.name}`);
  const lab = await SyncLab.open(engine);
  try {
    const report = await fuzz(lab, {
      seed,
      ops,
      devices,
      shrinkMs,
      log: (line) => console.log(line),
    });
    console.log(report.text);
    exitCode = report.ok ? 0 : 1;
  } finally {
    await lab.close();
  }
} catch (error) {
  console.error(error);
} finally {
  await vite.close();
}
process.exit(exitCode);
