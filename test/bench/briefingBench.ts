// Briefing pack build time, part of `npm run bench` (also `npx tsx test/bench/briefingBench.ts`):
// a 4-day visit with 40 people and 60 agenda items, every section, sensitive
// data and the addendum on. Timed in Debian's Chromium (as the app builds it,
// there in a Web Worker; here on the page, the same engine and code) and in
// Node, each the median of RUNS builds after one warm-up that loads the fonts.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BriefingFontSources } from '../../renderer/formats/briefing/briefingFonts';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { BRIEFING_BENCH_SIZE } from './briefingBenchData';
import { chromiumLaunchOptions } from '../e2e/chromium.mjs';
import { median, printTable, projectRoot } from './benchKit.mjs';

const RUNS = 5;
const FONT_FILES = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
} as const;
const fontFolder = path.dirname(
  createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans'),
);

interface Result {
  warmUp: number;
  samples: number[];
  bytes: number;
}

/**
 * In Node, from a bundle made as for the browser but for Node: tsx would
 * compile the renderer's TSX without its tsconfig's automatic JSX runtime.
 */
async function inNode(): Promise<Result> {
  const result = await esbuild({
    entryPoints: [path.join(projectRoot, 'test/bench/briefingBenchRun.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    packages: 'external',
    write: false,
    logLevel: 'warning',
  });
  const folder = await mkdtemp(path.join(projectRoot, 'node_modules/.briefing-bench-'));
  try {
    const file = path.join(folder, 'run.mjs');
    await writeFile(file, result.outputFiles[0]!.text);
    const { timeBriefingBuilds } = (await import(pathToFileURL(file).href)) as {
      timeBriefingBuilds: (fonts: BriefingFontSources, runs: number) => Promise<Result>;
    };
    const fonts = Object.fromEntries(
      Object.entries(FONT_FILES).map(([face, file]) => [face, path.join(fontFolder, file)]),
    ) as unknown as BriefingFontSources;
    return await timeBriefingBuilds(fonts, RUNS);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The browser entry bundled as the app's code is for production. */
async function bundle(): Promise<string> {
  const result = await esbuild({
    entryPoints: [path.join(projectRoot, 'test/bench/briefingBenchEntry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    jsx: 'automatic',
    define: { 'import.meta.env.DEV': 'false', 'process.env.NODE_ENV': '"production"' },
    minify: true,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/** A page under the app's CSP that loads the bundle, and the fonts beside it. */
function serve(script: string): Promise<Server> {
  const page =
    `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" ` +
    `content="${contentSecurityPolicy()}"><title>Liaison briefing bench</title>` +
    '<script type="module" src="/bench.js"></script>';
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (url === '/bench.js') {
      response.setHeader('Content-Type', 'text/javascript');
      response.end(script);
    } else if (url.startsWith('/fonts/')) {
      const face = url.slice('/fonts/'.length) as keyof typeof FONT_FILES;
      readFile(path.join(fontFolder, FONT_FILES[face] ?? 'missing')).then(
        (bytes) => response.setHeader('Content-Type', 'font/ttf').end(bytes),
        () => response.writeHead(404).end(),
      );
    } else {
      response.setHeader('Content-Type', 'text/html');
      response.end(page);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function inChromium(): Promise<Result> {
  const server = await serve(await bundle());
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => typeof window.liaisonBriefingBench === 'function');
    const fonts = Object.fromEntries(
      Object.keys(FONT_FILES).map((face) => [face, `${origin}/fonts/${face}`]),
    ) as unknown as BriefingFontSources;
    const result = await page.evaluate(
      ([sources, runs]) => window.liaisonBriefingBench!(sources, runs),
      [fonts, RUNS] as const,
    );
    if (errors.length > 0) throw new Error(`page errors: ${errors.join(' | ')}`);
    return result;
  } finally {
    await browser.close();
    server.close();
  }
}

async function main() {
  const { days, people, agendaItems } = BRIEFING_BENCH_SIZE;
  console.log(
    `\nbriefing pack: ${days}-day visit, ${people} people, ${agendaItems} agenda items, every section, sensitive data and addendum on`,
  );
  const rows: string[][] = [];
  const list = (samples: number[]) => samples.map((value) => Math.round(value)).join(', ');
  for (const [where, measure] of [
    [`Chromium (${chromiumLaunchOptions.executablePath})`, inChromium],
    [`Node ${process.version}`, inNode],
  ] as const) {
    try {
      const result = await measure();
      rows.push([
        `(e) briefing pack, ${where}`,
        `${Math.round(median(result.samples))} ms`,
        `${RUNS} builds: ${list(result.samples)}; warm-up ${Math.round(result.warmUp)} ms; ${Math.round(result.bytes / 1024)} KiB`,
      ]);
    } catch (error) {
      rows.push([`(e) briefing pack, ${where}`, '—', `not available (${String(error)})`]);
    }
  }
  printTable(['measurement', 'median', 'samples'], rows, new Set([0]));
}

await main();
