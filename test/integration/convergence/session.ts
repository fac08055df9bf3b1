import type { SyncLab } from '../syncHarness';
import { checkWorld, type Failure } from './checker';
import type { Op } from './operations';
import { OpRunner } from './runner';
import { settle, within } from './settle';
import { World } from './world';

export interface RunResult {
  failures: Failure[];
  /** Ops that changed something (the rest found nothing to act on). */
  applied: number;
  ms: number;
}

/** A failure's detail with document ids replaced by the handles the op list uses. */
function named(failure: Failure, handles: Map<string, string>): Failure {
  const detail = failure.detail.replace(
    /(?:contacts|visits|agendaItems)\/([0-9a-f-]{36})|\b([0-9a-f]{8}-[0-9a-f-]{27})\b/g,
    (match, inPath: string | undefined, bare: string | undefined) =>
      handles.get(inPath ?? bare ?? '') ?? match,
  );
  return { ...failure, detail };
}

export interface RunOptions {
  devices: number;
  /** Called after every op with how many have run. */
  progress?: (done: number) => void;
}

/** An op that takes longer than this has hung (a write or a server stop that never ends). */
const OP_BOUND_MS = 30_000;

/** One run: a fresh workspace, server and devices; the ops; everyone in sync; the checks. */
export async function runOnce(
  lab: SyncLab,
  ops: readonly Op[],
  options: RunOptions,
): Promise<RunResult> {
  const started = performance.now();
  const failures: Failure[] = [];
  const world = await World.open(lab, options.devices);
  try {
    const runner = new OpRunner(world);
    for (const [index, op] of ops.entries()) {
      try {
        if (!(await within(runner.run(op), OP_BOUND_MS))) {
          failures.push({ kind: 'op hung', detail: `#${op.n} ${op.kind} did not finish` });
          break;
        }
      } catch (error) {
        // A write path that throws on ordinary concurrent use is a failure of its own.
        failures.push({ kind: 'op threw', detail: `#${op.n} ${op.kind}: ${String(error)}` });
      }
      // Let replication, streams and the server take their turn between the user's actions.
      await new Promise((resolve) => setImmediate(resolve));
      options.progress?.(index + 1);
    }
    const unsettled = await settle(world);
    if (unsettled) failures.push({ kind: 'unsettled', detail: unsettled });
    failures.push(...(await checkWorld(world, runner.model)));
    const handles = runner.handles();
    return {
      failures: failures.map((failure) => named(failure, handles)),
      applied: runner.applied,
      ms: performance.now() - started,
    };
  } finally {
    await lab.cleanUp();
  }
}
