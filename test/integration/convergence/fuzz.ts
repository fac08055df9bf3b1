import type { SyncLab } from '../syncHarness';
import type { Failure } from './checker';
import { describeOp, generateOps, type Op } from './operations';
import { runOnce, type RunResult } from './session';
import { focus, handlesIn, shrink } from './shrink';

export interface FuzzOptions {
  seed: number;
  ops: number;
  devices: number;
  /** Time for delta debugging a failure; 0 reports the failure unshrunk. */
  shrinkMs: number;
  log?: (line: string) => void;
}

export interface FuzzReport {
  ok: boolean;
  result: RunResult;
  /** The seed, the op count, the failures and the shrunk reproduction, readable. */
  text: string;
}

const MAX_LISTED = 25;

/**
 * Which failure a shrink keeps: the most telling kind present. A lost write
 * says more than the "pending" or "unsettled" it may also cause.
 */
const SHRINK_ORDER = [
  'lost write',
  'lost link',
  'lost unlink',
  'lost to delete',
  'lost delete',
  'erasure',
  'derived fields',
  'never synced',
  'phantom delete',
  'diverged',
  'op hung',
  'op threw',
  'set aside',
  'server error',
  'pending',
  'unsettled',
];

function kindToShrink(failures: readonly Failure[]): string {
  const kinds = new Set(failures.map((failure) => failure.kind));
  return SHRINK_ORDER.find((kind) => kinds.has(kind)) ?? failures[0]!.kind;
}

export function describeFailures(failures: readonly Failure[]): string[] {
  const lines = failures
    .slice(0, MAX_LISTED)
    .map((failure) => `  [${failure.kind}] ${failure.detail}`);
  if (failures.length > MAX_LISTED) lines.push(`  … and ${failures.length - MAX_LISTED} more`);
  return lines;
}

/** One seeded run; on failure, a shrunk reproduction that fails the same way (same first kind). */
export async function fuzz(lab: SyncLab, options: FuzzOptions): Promise<FuzzReport> {
  const { seed, devices, log = () => undefined } = options;
  const ops = generateOps(seed, options.ops, { devices });
  const every = Math.max(100, Math.round(options.ops / 20));
  const result = await runOnce(lab, ops, {
    devices,
    progress: (done) => done % every === 0 && log(`seed ${seed}: ${done}/${ops.length} ops`),
  });
  const head = `seed ${seed}, ${ops.length} ops (${result.applied} applied), ${devices} devices, ${(result.ms / 1000).toFixed(1)} s`;
  if (result.failures.length === 0) return { ok: true, result, text: `${head}: converged` };

  const lines = [`${head}: FAILED`, ...describeFailures(result.failures)];
  if (options.shrinkMs > 0) {
    const kind = kindToShrink(result.failures);
    log(`seed ${seed}: shrinking on "${kind}" for up to ${Math.round(options.shrinkMs / 1000)} s`);
    let tries = 0;
    const stillFails = async (candidate: readonly Op[]) => {
      tries++;
      const replay = await runOnce(lab, candidate, { devices });
      return replay.failures.some((failure) => failure.kind === kind);
    };
    // First only the ops about the documents the failure names, if that still fails.
    const named = handlesIn(result.failures.find((failure) => failure.kind === kind)!.detail);
    const focused = named.size > 0 ? focus(ops, named) : ops;
    const start = focused.length < ops.length && (await stillFails(focused)) ? focused : ops;
    if (start !== ops)
      log(`seed ${seed}: still fails with the ${start.length} ops about ${[...named].join(', ')}`);
    const smallest = await shrink(start, stillFails, options.shrinkMs, (size) =>
      log(`seed ${seed}: still fails with ${size} ops`),
    );
    const again = await runOnce(lab, smallest, { devices });
    lines.push(
      `shrunk reproduction: ${smallest.length} of ${ops.length} ops after ${tries} replays` +
        ` (replayed once more: ${again.failures.some((f) => f.kind === kind) ? 'fails again' : `no ${kind} this time: timing-dependent`})`,
      ...smallest.map((op) => `  ${describeOp(op)}`),
      'its failures:',
      ...describeFailures(again.failures),
    );
  }
  return { ok: false, result, text: lines.join('\n') };
}
