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
