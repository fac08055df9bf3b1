import type { Op } from './operations';

/**
 * Delta debugging (ddmin) over an op list: replays subsets and keeps the
 * smallest that still fails, until the list cannot be cut further or the
 * time budget is spent. Ops keep their numbers, so handles still resolve.
 */
export async function shrink(
  ops: readonly Op[],
  stillFails: (candidate: readonly Op[]) => Promise<boolean>,
  budgetMs: number,
  onProgress?: (size: number) => void,
): Promise<Op[]> {
  const deadline = performance.now() + budgetMs;
  let current = [...ops];
  let parts = 2;
  while (current.length >= 2 && performance.now() < deadline) {
    const size = Math.ceil(current.length / parts);
    const chunks = Array.from({ length: Math.ceil(current.length / size) }, (_, index) =>
      current.slice(index * size, (index + 1) * size),
    );
    let cut = false;
    for (const [index] of chunks.entries()) {
      if (performance.now() >= deadline) break;
      const complement = chunks.filter((_, other) => other !== index).flat();
      if (await stillFails(complement)) {
        current = complement;
        parts = Math.max(parts - 1, 2);
        cut = true;
        onProgress?.(current.length);
        break;
      }
    }
    if (cut) continue;
    if (parts >= current.length) break;
    parts = Math.min(parts * 2, current.length);
  }
  return current;
}

const CONTROL = new Set<Op['kind']>(['offline', 'online', 'sync', 'serverStop', 'serverStart']);

/**
 * The ops that can matter to a failure about these documents: those that
 * create or touch them (with the forms and deletes they refer to), and every
 * network and server event. A first cut before delta debugging, which is
 * slow on long lists (each replay is a whole run).
 */
export function focus(ops: readonly Op[], handles: ReadonlySet<string>): Op[] {
  const touches = (op: Op): boolean => {
    const named = [
      'target' in op ? op.target : undefined,
      'contact' in op ? op.contact : undefined,
      op.kind === 'create' ? `${op.collection}#${op.n}` : undefined,
      op.kind === 'create' ? op.visit : undefined,
    ];
    if (op.kind === 'import') {
      return [...handles].some((handle) => handle.startsWith(`contacts#${op.n}.`));
    }
    return named.some((handle) => handle !== undefined && handles.has(handle));
  };
  const kept = new Set(ops.filter(touches).map((op) => op.n));
  return ops.filter(
    (op) =>
      kept.has(op.n) ||
      CONTROL.has(op.kind) ||
      (op.kind === 'saveForm' && kept.has(op.form)) ||
      (op.kind === 'undo' && kept.has(op.of)),
  );
}

/** The handles (`contacts#12`, `contacts#40.1`) a failure's text names. */
export function handlesIn(text: string): Set<string> {
  return new Set(text.match(/\b(?:contacts|visits|agendaItems)#\d+(?:\.\d+)?/g) ?? []);
}
