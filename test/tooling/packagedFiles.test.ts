/**
 * The desktop app loads its renderer from disk (electron/appProtocol.ts), with
 * no service worker and maybe no network: every file the renderer can request
 * must be in the build and in the package electron-builder makes of it.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, resolveConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  reachableByCategory,
  walkBuild,
  type AllowedUrl,
  type Problem,
  type WalkResult,
} from './assetWalker';
import { packagingFilter, type Platform } from './packagingFilter';

// appProtocol.ts imports electron, whose binary this machine may not have.
vi.mock('electron', () => ({ protocol: {} }));
const { mimeTypeFor } = await import('../../electron/appProtocol');

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const configFile = path.join(projectRoot, 'vite.config.ts');
const platforms: Platform[] = ['linux', 'win', 'mac'];

/**
 * Absolute URLs the shipped renderer may contain because nothing fetches
 * them. Anything else fails the test: a remote font, script or stylesheet
 * would leave an offline app without it.
 */
const allowedUrls: AllowedUrl[] = [
  { prefix: 'http://www.w3.org/', reason: 'XML namespace names (SVG, MathML, XLink) in React DOM' },
  {
    prefix: 'http://json-schema.org/',
    reason: "JSON Schema identifiers of z-schema's meta-schemas",
  },
  {
    prefix: 'https://json-schema.org/',
    reason: "JSON Schema identifiers of z-schema's meta-schemas",
  },
  { prefix: 'http://ns.adobe.com/', reason: 'XMP namespace names pdfkit writes into PDF metadata' },
  { prefix: 'http://purl.org/dc/', reason: 'Dublin Core namespace name in PDF metadata (pdfkit)' },
  { prefix: 'http://www.aiim.org/', reason: 'PDF/A and PDF/UA namespace names (pdfkit)' },
  { prefix: 'https://tools.ietf.org/html/rfc', reason: 'RFC links in saslprep error messages' },
  { prefix: 'https://react.dev/errors/', reason: "links in React's production error messages" },
  { prefix: 'https://reactjs.org/docs/error-decoder', reason: 'error links in react-reconciler' },
  { prefix: 'https://react.i18next.com/', reason: 'documentation link in a react-i18next warning' },
  { prefix: 'https://rxdb.info/', reason: "documentation links in RxDB's error messages" },
  { prefix: 'https://tinyurl.com/y2uuvskb', reason: "link in Dexie's 'IndexedDB missing' error" },
  { prefix: 'http://bit.ly/2kdckMn', reason: "link in Dexie's 'premature commit' error" },
  {
    prefix: 'https://bit.ly/wb-precache',
    reason: "link in a Workbox console warning (sw.js's runtime)",
  },
  { prefix: 'http://feross.org', reason: "author link in the buffer polyfill's licence comment" },
  { prefix: 'https://liaison.example.org', reason: 'example server address in UI text' },
  { prefix: 'https://liaison.birmingham.gov.uk', reason: 'example server address in UI text' },
  { prefix: 'https://liaison.leipzig.de', reason: 'example server address in UI text' },
  { prefix: 'https://www.leipzig.de', reason: 'example website in a validation message' },
];

function describeProblems(problems: Problem[]): string[] {
  return problems.map((problem) => `${problem.kind}: ${problem.message}`);
}

describe('the packaged desktop app has every file the renderer loads', () => {
  let outDir: string;
  let result: WalkResult;
  /** Where the renderer's files sit in the package: Vite's outDir, relative to the project. */
  let rendererDir: string;

  beforeAll(async () => {
    // As scripts/serveWeb.mjs: vite.config.ts's extensionless import is not actionable.
    process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
    const resolved = await resolveConfig({ configFile, logLevel: 'silent' }, 'build');
    rendererDir = path.relative(projectRoot, resolved.build.outDir).split(path.sep).join('/');
    outDir = await mkdtemp(path.join(tmpdir(), 'liaison-packaged-'));
    // Vitest sets NODE_ENV=test, and Vite then builds React, RxDB & co. in their
    // development flavour: not what ships. Build as `npm run build` does.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile,
        mode: 'production',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    result = await walkBuild(outDir, { allowedUrls });
  }, 240_000);

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('builds the renderer where the main process serves it from (electron/main.ts)', () => {
    expect(rendererDir).toBe('dist/renderer');
  });

  it('finds every file it needs in the build, local, and no source map among them', () => {
    expect(describeProblems(result.problems)).toEqual([]);
  });

  it('reaches the page, its chunks and stylesheet, the briefing worker and its fonts', () => {
    // A walker that followed nothing would pass every other test.
    const groups = reachableByCategory(result);
    expect(groups.page).toEqual(['index.html']);
    expect(groups.chunk.length).toBeGreaterThan(1);
    expect(groups.stylesheet.length).toBeGreaterThan(0);
    expect(groups.worker.length).toBeGreaterThan(0);
    expect(groups.font.length).toBeGreaterThan(0);
  });

  it.each(platforms)('packages every file the renderer loads on %s', async (platform) => {
    const filter = await packagingFilter(projectRoot, platform);
    const left = result.reachable.filter((file) => !filter.includes(`${rendererDir}/${file}`));
    expect(left).toEqual([]);
  });

  it.each(platforms)(
    'packages the main process, its preload and package.json on %s',
    async (platform) => {
      const filter = await packagingFilter(projectRoot, platform);
      const { main } = JSON.parse(
        await readFile(path.join(projectRoot, 'package.json'), 'utf8'),
      ) as {
        main: string;
      };
      const preload = path.posix.join(path.posix.dirname(main), 'preload.cjs');
      for (const file of ['package.json', main, preload, `${rendererDir}/index.html`]) {
        expect(filter.includes(file), file).toBe(true);
      }
    },
  );

  it('serves every file the renderer loads with a real content type', () => {
    // With nosniff, a module script or font sent as application/octet-stream is refused.
    const untyped = result.reachable.filter(
      (file) => mimeTypeFor(file) === 'application/octet-stream',
    );
    expect(untyped).toEqual([]);
  });

  it('reports files nothing loads (not a failure: a hint of a missed reference)', () => {
    const groups = reachableByCategory(result);
    const counts = Object.entries(groups)
      .filter(([, files]) => files.length > 0)
      .map(([category, files]) => `${category} ${files.length}`);
    const comments = result.references.filter((ref) => ref.kind === 'source-map-comment');
    console.info(
      [
        `Reachable from index.html: ${result.reachable.length} of ${result.files.length} files (${counts.join(', ')}).`,
        `Inlined as data: URLs: ${result.inlined.length} (${[...new Set(result.inlined.map((item) => item.mediaType))].join(', ')}).`,
        `Allowed URL mentions: ${result.allowedUrlMentions.length}; precached by a service worker: ${result.precached.length}.`,
        `sourceMappingURL comments (DevTools only; maps are not packaged): ${comments.length}.`,
        `Asset paths built at run time (not checked): ${result.dynamic.map((item) => `${item.from}: ${item.template}`).join('; ') || 'none'}.`,
        `Not loaded by the renderer: ${result.unreferenced.filter((file) => !file.endsWith('.map')).join(', ') || 'none'}.`,
      ].join('\n'),
    );
  });
});

/** Writes `files` (path → content) under a new temporary directory. */
async function fakeBuild(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'liaison-fake-build-'));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  return root;
}

describe('the asset walker', () => {
  const roots: string[] = [];
  afterAll(async () => {
    await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
  });
  const walk = async (files: Record<string, string>) => {
    const root = await fakeBuild(files);
    roots.push(root);
    return walkBuild(root, {
      allowedUrls: [{ prefix: 'http://www.w3.org/', reason: 'namespace' }],
    });
  };

  it('reports a missing chunk, a remote font, a source map loaded at run time and more', async () => {
    const result = await walk({
      'index.html': `<!doctype html><html><head>
        <script type="module" crossorigin src="./assets/index-AAAAAAAA.js"></script>
        <link rel="stylesheet" crossorigin href="./assets/index-BBBBBBBB.css">
        <link rel="preconnect" href="https://fonts.googleapis.com">
        <link rel="icon" href="./icons/icon-32.png">
        <link rel="manifest" href="./manifest.webmanifest">
        </head><body><!-- <script src="./commented-out.js"></script> --></body></html>`,
      'manifest.webmanifest': JSON.stringify({
        icons: [{ src: 'icons/icon-192.png' }, { src: 'icons/icon-512.png' }],
      }),
      'icons/icon-192.png': 'png',
      'assets/index-AAAAAAAA.js': [
        'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./lazy-CCCCCCCC.js","./lazy-DDDDDDDD.css"])))=>i.map(i=>d[i]);',
        'import{a as e}from"./shared-EEEEEEEE.js";',
        'const w=new Worker(new URL(new URL(`worker-FFFFFFFF.js`,import.meta.url).href,``+import.meta.url),{type:`module`});',
        'const font=new URL(`Font-GGGGGGGG.woff2`,import.meta.url).href;',
        'const debug=new URL(`index-AAAAAAAA.js.map`,import.meta.url).href;',
        'const lazy=()=>import(`./lazy-CCCCCCCC.js`);',
        'const escape=()=>import("../../outside.js");',
        'fetch("https://cdn.example.com/lib.js");',
        'const svg="http://www.w3.org/2000/svg";',
        'const locale=lng=>`./locales/${lng}.json`;',
        '//# sourceMappingURL=index-AAAAAAAA.js.map',
      ].join('\n'),
      'assets/index-AAAAAAAA.js.map': '{}',
      'assets/lazy-CCCCCCCC.js': 'import{x}from"react";export const y=x;',
      'assets/lazy-DDDDDDDD.css': '.lazy{color:red}',
      'assets/worker-FFFFFFFF.js':
        '(function(){importScripts("./helper-HHHHHHHH.js");var w=new URL(`data:application/wasm;base64,AGFzbQ==`,``+self.location.href)})();',
      'assets/Font-GGGGGGGG.woff2': 'font',
      'assets/index-BBBBBBBB.css': [
        '@font-face{font-family:Remote;src:url(https://fonts.gstatic.com/s/remote.woff2)format("woff2")}',
        'body{background:url(./missing-IIIIIIII.png)}',
        '.a{filter:url(#blur)}',
        '.b{background:url("data:image/png;base64,iVBORw0KGgo=")}',
      ].join('\n'),
      'assets/orphan-JJJJJJJJ.png': 'png',
    });

    const problems = result.problems.map(({ kind, from, specifier }) => ({
      kind,
      from,
      specifier,
    }));
    expect(problems).toEqual(
      expect.arrayContaining([
        { kind: 'missing', from: 'assets/index-AAAAAAAA.js', specifier: './shared-EEEEEEEE.js' },
        { kind: 'missing', from: 'index.html', specifier: './icons/icon-32.png' },
        { kind: 'missing', from: 'manifest.webmanifest', specifier: 'icons/icon-512.png' },
        { kind: 'missing', from: 'assets/index-BBBBBBBB.css', specifier: './missing-IIIIIIII.png' },
        { kind: 'missing', from: 'assets/worker-FFFFFFFF.js', specifier: './helper-HHHHHHHH.js' },
        {
          kind: 'remote',
          from: 'assets/index-BBBBBBBB.css',
          specifier: 'https://fonts.gstatic.com/s/remote.woff2',
        },
        { kind: 'remote', from: 'index.html', specifier: 'https://fonts.googleapis.com' },
        {
          kind: 'source-map',
          from: 'assets/index-AAAAAAAA.js',
          specifier: 'index-AAAAAAAA.js.map',
        },
        { kind: 'outside-build', from: 'assets/index-AAAAAAAA.js', specifier: '../../outside.js' },
        { kind: 'bare-specifier', from: 'assets/lazy-CCCCCCCC.js', specifier: 'react' },
        {
          kind: 'unexplained-url',
          from: 'assets/index-AAAAAAAA.js',
          specifier: 'https://cdn.example.com/lib.js',
        },
      ]),
    );
    // Each problem once, and nothing that is not one: the namespace is allowed,
    // the sourceMappingURL comment is for DevTools, the comment in the page is not markup.
    expect(problems).toHaveLength(11);
    expect(result.allowedUrlMentions).toEqual([
      { from: 'assets/index-AAAAAAAA.js', url: 'http://www.w3.org/2000/svg', reason: 'namespace' },
    ]);

    const groups = reachableByCategory(result);
    expect(groups.worker).toEqual(['assets/worker-FFFFFFFF.js']);
    expect(groups.chunk).toEqual(['assets/index-AAAAAAAA.js', 'assets/lazy-CCCCCCCC.js']);
    expect(groups.stylesheet).toEqual(['assets/index-BBBBBBBB.css', 'assets/lazy-DDDDDDDD.css']);
    expect(groups.font).toEqual(['assets/Font-GGGGGGGG.woff2']);
    expect(groups.image).toEqual(['icons/icon-192.png']);
    expect(groups.manifest).toEqual(['manifest.webmanifest']);
    expect(result.unreferenced).toEqual(['assets/orphan-JJJJJJJJ.png']);
    expect(result.inlined.map((item) => item.mediaType).sort()).toEqual([
      'application/wasm',
      'image/png',
    ]);
    expect(result.dynamic).toEqual([
      { from: 'assets/index-AAAAAAAA.js', template: './locales/${lng}.json' },
    ]);
  });

  it('follows a service worker and its runtime, but not its precache list', async () => {
    const result = await walk({
      'index.html': '<script type="module" src="./assets/index-AAAAAAAA.js"></script>',
      'assets/index-AAAAAAAA.js': 'new Workbox("./sw.js").register();',
      'sw.js':
        'define(["./workbox-1234abcd"],function(e){e.precacheAndRoute([{url:"index.html",revision:"1"},{url:"icons/extra.png",revision:"2"},{url:"assets/gone-KKKKKKKK.js",revision:null}],{})});',
      'workbox-1234abcd.js': 'define(["exports"],function(t){});',
      'icons/extra.png': 'png',
    });
    expect(describeProblems(result.problems)).toEqual([
      'missing: sw.js refers to assets/gone-KKKKKKKK.js (precache), not in the build',
    ]);
    // Named by a string only, sw.js could be anything; what it loads is a worker's.
    expect(reachableByCategory(result).script).toEqual(['sw.js']);
    expect(reachableByCategory(result).worker).toEqual(['workbox-1234abcd.js']);
    expect(result.precached).toEqual(['index.html', 'icons/extra.png', 'assets/gone-KKKKKKKK.js']);
    // Only the precache list names it: the page never asks for it.
    expect(result.unreferenced).toEqual(['icons/extra.png']);
  });

  it('finds nothing wrong in a sound build', async () => {
    const result = await walk({
      'index.html': '<script type="module" src="./assets/index-AAAAAAAA.js"></script>',
      'assets/index-AAAAAAAA.js':
        'import"./dep-BBBBBBBB.js";const f=new URL(`font-CCCCCCCC.ttf`,import.meta.url).href;',
      'assets/dep-BBBBBBBB.js': 'export{};',
      'assets/font-CCCCCCCC.ttf': 'font',
    });
    expect(result.problems).toEqual([]);
    expect(result.unreferenced).toEqual([]);
  });
});

describe('the packaging filter (electron-builder.yml, read by electron-builder)', () => {
  it('keeps the renderer and leaves out source maps, dependencies and sources', async () => {
    const filter = await packagingFilter(projectRoot, 'linux');
    expect(filter.includes('dist/renderer/assets/index-AAAAAAAA.js')).toBe(true);
    expect(filter.includes('dist/renderer/assets/index-AAAAAAAA.js.map')).toBe(false);
    expect(filter.includes('node_modules/react/index.js')).toBe(false);
    expect(filter.includes('renderer/main.tsx')).toBe(false);
    // One of electron-builder's own exclusions, in no `files` list of ours.
    expect(filter.includes('dist/renderer/assets/types.d.ts')).toBe(false);
  });
});
