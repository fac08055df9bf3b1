/**
 * Walks a built renderer (Vite's output directory) the way a browser would
 * load it: from index.html through every script, stylesheet, chunk, worker,
 * font, image, WebAssembly file and web manifest the code can request, and
 * reports what is missing, fetched from the network, or outside the build.
 *
 * It reads the emitted text with regular expressions shaped on what Vite 8
 * (Rolldown) and vite-plugin-pwa actually write, rather than on source code:
 * the built files are what ships. Pure apart from reading `root`, so that the
 * desktop packaging test and a service-worker precache check can share it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const posix = path.posix;

/** How a file was referenced; decides how its target is read and counted. */
export type ReferenceKind =
  // index.html
  | 'script'
  | 'modulepreload'
  | 'stylesheet'
  | 'icon'
  | 'manifest'
  | 'html-resource'
  // JavaScript
  | 'import'
  | 'dynamic-import'
  | 'preload-dependency'
  | 'worker'
  | 'service-worker'
  | 'import-scripts'
  | 'url'
  | 'path-string'
  // CSS
  | 'css-import'
  | 'css-url'
  // web manifest
  | 'manifest-icon'
  // Recorded, never followed: see NOT_LOADED_BY_THE_PAGE.
  | 'precache'
  | 'source-map-comment';

export interface Reference {
  /** The referencing file, relative to the build root (posix). */
  from: string;
  kind: ReferenceKind;
  /** The text as written in `from`. */
  specifier: string;
  /** The file it names, relative to the build root; null when it names none (remote, outside). */
  target: string | null;
}

export type ProblemKind =
  /** Named by the code, absent from the build. */
  | 'missing'
  /** A run-time request for a source map, which packaging leaves out. */
  | 'source-map'
  /** A request to the network: the app must start and work with none. */
  | 'remote'
  /** A relative path that climbs out of the build directory. */
  | 'outside-build'
  /** A bare module name (`import "react"`): no browser can resolve it without an import map. */
  | 'bare-specifier'
  /** An absolute URL in shipped code that no entry of `allowedUrls` explains. */
  | 'unexplained-url';

export interface Problem {
  kind: ProblemKind;
  from: string;
  specifier: string;
  message: string;
}

/** An absolute URL that may appear in shipped code because it is never fetched. */
export interface AllowedUrl {
  /** Matches every URL that starts with it. */
  prefix: string;
  /** Why it is not a request (a namespace name, a link in an error message, …). */
  reason: string;
}

export interface WalkOptions {
  /** Where loading starts; `index.html` by default. */
  entries?: readonly string[];
  /** URLs allowed to appear in shipped code (not in a request position: those are always remote). */
  allowedUrls?: readonly AllowedUrl[];
}

export interface AllowedUrlMention {
  from: string;
  url: string;
  reason: string;
}

export interface WalkResult {
  /** Every file in the build directory. */
  files: string[];
  /** The files the app can request, starting from the entries. */
  reachable: string[];
  references: Reference[];
  problems: Problem[];
  /** Files nothing the app loads refers to (source maps named by a comment are not counted). */
  unreferenced: string[];
  /** Files a service worker's precache list names (not followed: the page never asks for them). */
  precached: string[];
  /** Assets inlined as `data:` URLs, which need no file. */
  inlined: { from: string; mediaType: string }[];
  /** Template literals that build an asset path at run time: what they name cannot be checked here. */
  dynamic: { from: string; template: string }[];
  /** Absolute URLs found in shipped code and allowed, with the reason. */
  allowedUrlMentions: AllowedUrlMention[];
}

/**
 * Kinds recorded but not followed. A precache list is what a service worker
 * downloads on its own, not what the page loads (following it would make every
 * file look used); a sourceMappingURL comment is read only by DevTools.
 */
const NOT_LOADED_BY_THE_PAGE: ReadonlySet<ReferenceKind> = new Set([
  'precache',
  'source-map-comment',
]);

/** Extensions of files a page loads by URL; used to recognise path strings in JS. */
const ASSET_EXTENSIONS =
  'js|mjs|cjs|css|html|json|webmanifest|wasm|ttf|otf|woff2?|png|jpe?g|gif|svg|webp|avif|ico|map|txt';

/**
 * A string literal that is a path to a file: `"icons/a.png"`, `"./sw.js"`,
 * `` `NotoSans-D96CXwz4.ttf` ``. No spaces, no `${`: prose and templates are
 * not paths.
 */
const PATH_STRING = new RegExp(
  `(["'\`])((?:\\.{1,2}/|/)?[\\w@-][\\w@.~/-]*\\.(?:${ASSET_EXTENSIONS}))\\1`,
  'g',
);

/**
 * What Vite emits for a file of the build: under `assets/`, or carrying its
 * 8-character content hash. A path string of this shape that names no file is
 * a missing file; any other one may be a name in a message ("package.json").
 */
const LOOKS_EMITTED = /(?:^|\/)assets\/|-[\w-]{8}\.[a-z\d]+$/i;

type TextType = 'html' | 'js' | 'css' | 'manifest';

function textTypeOf(file: string, reachedAs: ReadonlySet<ReferenceKind>): TextType | null {
  const ext = posix.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.webmanifest' || (ext === '.json' && reachedAs.has('manifest'))) return 'manifest';
  return null;
}

/** Where a relative specifier is resolved from. */
type Base =
  /** The referencing file (import specifiers, `new URL(x, import.meta.url)`, CSS `url()`). */
  | 'file'
  /** The page, i.e. the build root (`new Worker("x")`, Vite's preload list with an absolute base). */
  | 'root'
  /** Either: a bare path string, or `self.location` in code that runs both as page and worker. */
  | 'file-or-root';

type Resolved =
  | { type: 'file'; target: string }
  | { type: 'remote' }
  | { type: 'inline'; mediaType: string }
  | { type: 'outside' }
  | { type: 'ignored' };

interface Found {
  kind: ReferenceKind;
  specifier: string;
  base: Base;
  /** Only name-shaped strings that look like Vite output count as missing when absent. */
  pathString?: boolean;
  /** An import specifier: a bare name is a problem, not a relative path. */
  moduleSpecifier?: boolean;
}

const htmlEntities: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

function decodeHtml(value: string): string {
  return value.replace(
    /&(?:amp|quot|#39|apos|lt|gt);/g,
    (entity) => htmlEntities[entity] ?? entity,
  );
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = match[1];
    if (name)
      attributes.set(name.toLowerCase(), decodeHtml(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** `rel` values of `<link>` that only name another page: nothing is loaded. */
const NAVIGATION_RELS = /^(?:canonical|alternate|author|license|help|next|prev|search|me)$/;

function linkKind(rel: string): ReferenceKind | null {
  const rels = rel.toLowerCase().split(/\s+/);
  if (rels.includes('stylesheet')) return 'stylesheet';
  if (rels.includes('modulepreload') || rels.includes('preload') || rels.includes('prefetch')) {
    return 'modulepreload';
  }
  if (rels.includes('manifest')) return 'manifest';
  if (rels.some((value) => value.endsWith('icon'))) return 'icon';
  if (rels.every((value) => NAVIGATION_RELS.test(value))) return null;
  // preconnect, dns-prefetch and friends: harmless locally, a tell-tale of a remote font when not.
  return 'html-resource';
}

function findInHtml(text: string): { found: Found[]; scripts: string[]; styles: string[] } {
  const html = text.replace(/<!--[\s\S]*?-->/g, '');
  const found: Found[] = [];
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    if (body?.trim()) scripts.push(body);
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    if (body) styles.push(body);
  }
  for (const [tag, name] of html.matchAll(/<([a-z][\w-]*)\b[^>]*>/gi)) {
    const element = name?.toLowerCase() ?? '';
    const attributes = attributesOf(tag);
    const add = (kind: ReferenceKind, value: string | undefined) => {
      if (value !== undefined && value.trim() !== '') {
        found.push({ kind, specifier: value.trim(), base: 'file' });
      }
    };
    if (element === 'script') add('script', attributes.get('src'));
    else if (element === 'link') {
      const kind = linkKind(attributes.get('rel') ?? '');
      if (kind) add(kind, attributes.get('href'));
    } else if (
      ['img', 'source', 'video', 'audio', 'iframe', 'embed', 'track', 'input'].includes(element)
    ) {
      add('html-resource', attributes.get('src'));
      add('html-resource', attributes.get('poster'));
      for (const candidate of (attributes.get('srcset') ?? '').split(/,\s+/)) {
        add('html-resource', candidate.trim().split(/\s+/)[0]);
      }
    } else if (element === 'object') add('html-resource', attributes.get('data'));
    else if (element === 'use' || element === 'image') {
      add('html-resource', attributes.get('href') ?? attributes.get('xlink:href'));
    }
    const style = attributes.get('style');
    if (style) styles.push(style);
  }
  return { found, scripts, styles };
}

function findInCss(text: string): Found[] {
  const found: Found[] = [];
  for (const [, url] of text.matchAll(/\/\*[#@]\s*sourceMappingURL=(\S+?)\s*\*\//g)) {
    if (url) found.push({ kind: 'source-map-comment', specifier: url, base: 'file' });
  }
  const css = text.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, , url] of css.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/g)) {
    if (url) found.push({ kind: 'css-import', specifier: url, base: 'file' });
  }
  for (const [, , url] of css.matchAll(/\burl\(\s*(["']?)([^"')]*?)\1\s*\)/g)) {
    if (url) found.push({ kind: 'css-url', specifier: url, base: 'file' });
  }
  return found;
}

/** The start of a statement in minified code, where an `import … from` can stand. */
const STATEMENT_START = String.raw`(?:^|[;}\n])\s*`;

/**
 * `new URL("x", base)` with the bases Vite writes: `import.meta.url` in ES
 * modules (sometimes as `""+import.meta.url`), `self.location.href` in a
 * worker bundled as IIFE, where `import.meta` does not exist.
 */
const NEW_URL = new RegExp(
  String.raw`new\s+URL\(\s*(["'\`])([^"'\`]*)\1\s*,\s*(?:(["'\`])\3\s*\+\s*)?` +
    String.raw`(import\.meta\.url|(?:self\.|globalThis\.|window\.)?location(?:\.href)?|document\.baseURI)\s*\)`,
  'g',
);

function findInJs(text: string): { found: Found[]; dynamic: string[] } {
  const found: Found[] = [];
  const dynamic: string[] = [];
  const add = (
    kind: ReferenceKind,
    specifier: string | undefined,
    base: Base,
    extra: Partial<Found> = {},
  ) => {
    if (specifier !== undefined && specifier !== '')
      found.push({ kind, specifier, base, ...extra });
  };

  for (const [, url] of text.matchAll(/^\/\/[#@]\s*sourceMappingURL=(\S+)\s*$/gm)) {
    add('source-map-comment', url, 'file');
  }
  // Static imports and re-exports: `import{a as b}from"./chunk.js"`, `import"./x.js"`.
  const staticImport = new RegExp(
    `${STATEMENT_START}(?:import|export)\\s*(?:[\\w$*{}\\s,]+?\\s*from\\s*)?(["'\`])([^"'\`\\n]+)\\1`,
    'g',
  );
  for (const [, , specifier] of text.matchAll(staticImport)) {
    add('import', specifier, 'file', { moduleSpecifier: true });
  }
  for (const [, , specifier] of text.matchAll(/\bimport\(\s*(["'`])([^"'`\n]+)\1\s*\)/g)) {
    if (specifier?.includes('${')) dynamic.push(specifier);
    else add('dynamic-import', specifier, 'file', { moduleSpecifier: true });
  }
  // Vite's preload helper: the chunks and CSS a dynamic import waits for. With
  // a relative base they are relative to the importing chunk, else to the base.
  for (const [, list] of text.matchAll(/__vite__mapDeps\s*=[\s\S]{0,200}?\[([^\]]*)\]/g)) {
    for (const [, , dep] of (list ?? '').matchAll(/(["'`])([^"'`]+)\1/g)) {
      add('preload-dependency', dep, dep?.startsWith('.') ? 'file' : 'root');
    }
  }
  for (const match of text.matchAll(NEW_URL)) {
    const [, , specifier, , baseExpression] = match;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const kind = /(?:Shared)?Worker\(\s*(?:new\s+URL\(\s*)?$/.test(before) ? 'worker' : 'url';
    const base: Base = baseExpression === 'import.meta.url' ? 'file' : 'file-or-root';
    add(kind, specifier, base);
  }
  for (const [, , specifier] of text.matchAll(/new\s+(?:Shared)?Worker\(\s*(["'`])([^"'`]+)\1/g)) {
    add('worker', specifier, 'root');
  }
  for (const [, , specifier] of text.matchAll(/serviceWorker\.register\(\s*(["'`])([^"'`]+)\1/g)) {
    add('service-worker', specifier, 'root');
  }
  for (const [, args] of text.matchAll(/\bimportScripts\(([^)]*)\)/g)) {
    for (const [, , specifier] of (args ?? '').matchAll(/(["'`])([^"'`]+)\1/g)) {
      add('import-scripts', specifier, 'file');
    }
  }
  // Workbox's generated sw.js loads its runtime with a tiny AMD loader:
  // `define(["./workbox-9c191d2f"], …)` fetches "./workbox-9c191d2f.js".
  for (const [, list] of text.matchAll(/\bdefine\(\s*\[([^\]]*)\]/g)) {
    for (const [, , dep] of (list ?? '').matchAll(/(["'`])(\.{1,2}\/[^"'`]+)\1/g)) {
      if (dep) add('import-scripts', posix.extname(dep) ? dep : `${dep}.js`, 'file');
    }
  }
  // A service worker's precache manifest: `{url:"assets/x.js",revision:null}`.
  for (const [, , url] of text.matchAll(
    /\{\s*(?:"url"|url)\s*:\s*(["'])([^"']+)\1\s*,\s*(?:"revision"|revision)\s*:/g,
  )) {
    add('precache', url, 'file');
  }
  // Any other literal that names a file: "./sw.js" given to workbox-window,
  // a font or locale file handed to a library, "index.html" for a fallback.
  for (const [, , specifier] of text.matchAll(PATH_STRING)) {
    add('path-string', specifier, 'file-or-root', { pathString: true });
  }
  const assetTemplate = new RegExp(`\`([^\`]*\\$\\{[^\`]*\\.(?:${ASSET_EXTENSIONS}))\``, 'g');
  for (const [, template] of text.matchAll(assetTemplate)) {
    if (template && !/\s/.test(template)) dynamic.push(template);
  }
  return { found, dynamic };
}

function findInManifest(text: string): Found[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return [];
  }
  const found: Found[] = [];
  const icons = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const icon of list) {
      const src = (icon as { src?: unknown } | null)?.src;
      if (typeof src === 'string')
        found.push({ kind: 'manifest-icon', specifier: src, base: 'file' });
    }
  };
  const { icons: appIcons, screenshots, shortcuts } = (manifest ?? {}) as Record<string, unknown>;
  icons(appIcons);
  icons(screenshots);
  if (Array.isArray(shortcuts)) for (const shortcut of shortcuts) icons(shortcut?.icons);
  return found;
}

/** Absolute URLs anywhere in text: requests and mere mentions alike. */
const ABSOLUTE_URL = /\b(?:https?|wss?|ftp|file):\/\/[^\s"'`<>(){}[\]\\,;|^]*/gi;

function resolve(
  from: string,
  specifier: string,
  base: Base,
  exists: (file: string) => boolean,
): Resolved {
  const value = specifier.trim();
  if (value === '' || value.startsWith('#')) return { type: 'ignored' };
  const dataUrl = /^data:([^;,]*)/i.exec(value);
  if (dataUrl) return { type: 'inline', mediaType: dataUrl[1] || 'text/plain' };
  if (/^(?:blob|about|javascript|mailto|tel):/i.test(value)) return { type: 'ignored' };
  if (value.startsWith('//') || /^[a-z][a-z\d+.-]*:/i.test(value)) return { type: 'remote' };
  let relative = value.replace(/[?#].*$/, '');
  try {
    relative = decodeURI(relative);
  } catch {
    // Not percent-encoded after all: look for it as written.
  }
  const fromFile = posix.join(posix.dirname(from), relative);
  const fromRoot = posix.join('.', relative);
  const candidates = relative.startsWith('/')
    ? [fromRoot]
    : base === 'file'
      ? [fromFile]
      : base === 'root'
        ? [fromRoot]
        : [fromFile, fromRoot];
  const target = candidates.find(exists) ?? candidates[0] ?? fromFile;
  if (target === '..' || target.startsWith('../')) return { type: 'outside' };
  return { type: 'file', target };
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      // `parentPath` since Node 20.12; `path` before it.
      const directory = (entry as { parentPath?: string }).parentPath ?? entry.path;
      return path.relative(root, path.join(directory, entry.name)).split(path.sep).join('/');
    })
    .sort();
}

/** Walks the build in `root`; see the module comment. */
export async function walkBuild(root: string, options: WalkOptions = {}): Promise<WalkResult> {
  const entries = options.entries ?? ['index.html'];
  const allowedUrls = options.allowedUrls ?? [];
  const files = await listFiles(root);
  const fileSet = new Set(files);
  const exists = (file: string) => fileSet.has(file);

  const references: Reference[] = [];
  const problems: Problem[] = [];
  const inlined: WalkResult['inlined'] = [];
  const dynamic: WalkResult['dynamic'] = [];
  const allowedUrlMentions: AllowedUrlMention[] = [];
  const reachedAs = new Map<string, Set<ReferenceKind>>();
  const queue: string[] = [];
  const seenProblems = new Set<string>();

  const report = (kind: ProblemKind, from: string, specifier: string, message: string) => {
    const key = `${kind}\0${from}\0${specifier}`;
    if (seenProblems.has(key)) return;
    seenProblems.add(key);
    problems.push({ kind, from, specifier, message });
  };
  const reach = (file: string, kind: ReferenceKind) => {
    const kinds = reachedAs.get(file);
    if (kinds) kinds.add(kind);
    else {
      reachedAs.set(file, new Set([kind]));
      queue.push(file);
    }
  };
  // An entry is loaded as a page or a script: for reading it, only its extension matters.
  for (const entry of entries) reach(entry, 'script');

  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const from = next;
    if (!exists(from)) {
      if (entries.includes(from))
        report('missing', from, from, `The entry ${from} is not in the build`);
      continue;
    }
    const type = textTypeOf(from, reachedAs.get(from) ?? new Set());
    if (!type) continue;
    const text = await readFile(path.join(root, from), 'utf8');

    const found: Found[] = [];
    if (type === 'html') {
      const html = findInHtml(text);
      found.push(...html.found);
      for (const script of html.scripts) {
        const js = findInJs(script);
        found.push(...js.found);
        dynamic.push(...js.dynamic.map((template) => ({ from, template })));
      }
      for (const style of html.styles) found.push(...findInCss(style));
    } else if (type === 'js') {
      const js = findInJs(text);
      found.push(...js.found);
      dynamic.push(...js.dynamic.map((template) => ({ from, template })));
    } else if (type === 'css') found.push(...findInCss(text));
    else found.push(...findInManifest(text));

    // One reference per target and file: the first, most specific pattern wins
    // (a chunk is both `import`ed and listed for preloading, a path string last).
    const targetsSeen = new Set<string>();
    const remoteRequests = new Set<string>();
    for (const { kind, specifier, base, pathString, moduleSpecifier } of found) {
      if (moduleSpecifier && !/^(?:\.{1,2}\/|\/|[a-z][a-z\d+.-]*:)/i.test(specifier)) {
        report(
          'bare-specifier',
          from,
          specifier,
          `${from} imports the bare module name "${specifier}"`,
        );
        continue;
      }
      const resolved = resolve(from, specifier, base, exists);
      if (resolved.type === 'ignored') continue;
      if (resolved.type === 'inline') {
        inlined.push({ from, mediaType: resolved.mediaType });
        continue;
      }
      if (resolved.type === 'remote') {
        remoteRequests.add(specifier);
        references.push({ from, kind, specifier, target: null });
        report(
          'remote',
          from,
          specifier,
          `${from} requests ${specifier} from the network (${kind})`,
        );
        continue;
      }
      if (resolved.type === 'outside') {
        if (pathString) continue; // "../x.png" in a message names no file of ours.
        references.push({ from, kind, specifier, target: null });
        report('outside-build', from, specifier, `${from} reaches outside the build: ${specifier}`);
        continue;
      }
      const { target } = resolved;
      if (pathString && !exists(target) && !LOOKS_EMITTED.test(specifier)) continue;
      // A precache entry or a sourceMappingURL comment does not stand for a load.
      const key = `${NOT_LOADED_BY_THE_PAGE.has(kind) ? kind : 'load'}\0${target}`;
      if (targetsSeen.has(key)) continue;
      // The path strings of a precache list are that list, not loads of their own.
      if (pathString && targetsSeen.has(`precache\0${target}`)) continue;
      targetsSeen.add(key);
      references.push({ from, kind, specifier, target });
      if (kind === 'source-map-comment') continue;
      if (!exists(target)) {
        report(
          'missing',
          from,
          specifier,
          `${from} refers to ${target} (${kind}), not in the build`,
        );
      }
      if (posix.extname(target) === '.map') {
        report('source-map', from, specifier, `${from} loads the source map ${target} at run time`);
      }
      if (!NOT_LOADED_BY_THE_PAGE.has(kind)) reach(target, kind);
    }

    // Absolute URLs outside request positions: allowed only with a reason.
    for (const [match] of text.matchAll(ABSOLUTE_URL)) {
      const url = match.replace(/[.:]+$/, '');
      const [, scheme = '', rest = ''] = /^([a-z]+):\/\/(.*)$/i.exec(url) ?? [];
      const host = /^[^/?#]*/.exec(rest)?.[0] ?? '';
      // A scheme alone ("starts with https://") or `https://${host}`: no address to fetch.
      if (rest === '' || (scheme.toLowerCase() !== 'file' && !/^[\w.-]+(?::\d+)?$/.test(host))) {
        continue;
      }
      if (remoteRequests.has(url) || remoteRequests.has(match)) continue;
      const allowed = allowedUrls.find((entry) => url.startsWith(entry.prefix));
      if (allowed) allowedUrlMentions.push({ from, url, reason: allowed.reason });
      else
        report(
          'unexplained-url',
          from,
          url,
          `${from} contains ${url}, which no allowed URL explains`,
        );
    }
  }

  const reachable = files.filter((file) => reachedAs.has(file));
  const mapsNamedByComments = new Set(
    references.filter((ref) => ref.kind === 'source-map-comment').map((ref) => ref.target),
  );
  const unreferenced = files.filter(
    (file) => !reachedAs.has(file) && !mapsNamedByComments.has(file),
  );
  const precached = [
    ...new Set(
      references.flatMap((ref) => (ref.kind === 'precache' && ref.target ? [ref.target] : [])),
    ),
  ];
  return {
    files,
    reachable,
    references,
    problems,
    unreferenced,
    precached,
    inlined,
    dynamic,
    allowedUrlMentions,
  };
}

export type FileCategory =
  | 'page'
  | 'chunk'
  | 'worker'
  /** JavaScript named only by a path string: its role (page or worker) is not known. */
  | 'script'
  | 'stylesheet'
  | 'font'
  | 'wasm'
  | 'image'
  | 'manifest'
  | 'data'
  | 'other';

/** What a reachable file is, for reports: by extension, and for JS by how it is loaded. */
export function categorize(file: string, result: WalkResult): FileCategory {
  const ext = posix.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'page';
  if (['.js', '.mjs', '.cjs'].includes(ext)) {
    const kinds = new Set(
      result.references.filter((ref) => ref.target === file).map((ref) => ref.kind),
    );
    if (
      ['worker', 'service-worker', 'import-scripts'].some((kind) =>
        kinds.has(kind as ReferenceKind),
      )
    ) {
      return 'worker';
    }
    return [...kinds].every((kind) => kind === 'path-string' || kind === 'precache')
      ? 'script'
      : 'chunk';
  }
  if (ext === '.css') return 'stylesheet';
  if (['.ttf', '.otf', '.woff', '.woff2'].includes(ext)) return 'font';
  if (ext === '.wasm') return 'wasm';
  if (['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif', '.ico'].includes(ext)) {
    return 'image';
  }
  if (ext === '.webmanifest') return 'manifest';
  if (ext === '.json' || ext === '.txt') return 'data';
  return 'other';
}

/** The reachable files by category. */
export function reachableByCategory(result: WalkResult): Record<FileCategory, string[]> {
  const groups: Record<FileCategory, string[]> = {
    page: [],
    chunk: [],
    worker: [],
    script: [],
    stylesheet: [],
    font: [],
    wasm: [],
    image: [],
    manifest: [],
    data: [],
    other: [],
  };
  for (const file of result.reachable) groups[categorize(file, result)].push(file);
  return groups;
}
