// Pieces every benchmark script shares: bundling a browser entry the way the
// app is built for production, the median of samples, and printing a results table.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A browser entry (relative to the project) bundled as the app's code is for
 * production: `import.meta.env.DEV` is false, so dev-mode is dead code.
 * @param {string} entry
 * @returns {Promise<string>}
 */
export async function bundleForBrowser(entry) {
  const result = await esbuild({
    entryPoints: [path.join(projectRoot, entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    define: { 'import.meta.env.DEV': 'false' },
    minifySyntax: true,
    logLevel: 'warning',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  return output.text;
}

/**
 * The middle of `values` (the mean of the two middle ones for an even count).
 * @param {number[]} values
 * @returns {number}
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Prints rows under a header, columns padded to line up: numbers to the
 * right, the columns named in `leftAligned` (and always the last) to the left.
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {Set<number>} leftAligned
 */
export function printTable(header, rows, leftAligned) {
  const widths = header.map((_, i) =>
    Math.max(...[header, ...rows].map((row) => (row[i] ?? '').length)),
  );
  const line = (/** @type {string[]} */ values) =>
    values
      .map((value, i) =>
        i === values.length - 1
          ? value
          : leftAligned.has(i)
            ? value.padEnd(widths[i] ?? 0)
            : value.padStart(widths[i] ?? 0),
      )
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}
