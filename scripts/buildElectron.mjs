// Bundles the Electron main process and preload to CommonJS with esbuild.
// The preload must be one self-contained CommonJS file: a sandboxed preload
// can neither load ES modules nor require local files.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const electronOutDir = path.join(projectRoot, 'dist', 'electron');

/** Modules a sandboxed preload may require at run time. */
const preloadRuntimeModules = new Set(['electron']);

/** @returns {import('esbuild').BuildOptions} */
function buildOptions() {
  return {
    absWorkingDir: projectRoot,
    entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
    outdir: electronOutDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  };
}

/**
 * Fails when the preload bundle still imports anything but `electron`, which
 * would only show up as a blank window at run time.
 * @param {import('esbuild').Metafile} metafile
 */
function checkPreloadImports(metafile) {
  const preload = Object.entries(metafile.outputs).find(([file]) => file.endsWith('preload.cjs'));
  const imports = preload?.[1].imports ?? [];
  const forbidden = imports.filter(
    (entry) => entry.external && !preloadRuntimeModules.has(entry.path),
  );
  if (forbidden.length > 0) {
    const names = forbidden.map((entry) => entry.path).join(', ');
    throw new Error(`The sandboxed preload may only require electron, but imports: ${names}`);
  }
}

/** Builds dist/electron/main.cjs and dist/electron/preload.cjs once. */
export async function buildElectron() {
  const result = await esbuild.build(buildOptions());
  checkPreloadImports(result.metafile);
  return result;
}

/**
 * Rebuilds on every change; `onRebuild` runs after each successful build.
 * @param {(result: import('esbuild').BuildResult) => void} onRebuild
 */
export async function watchElectron(onRebuild) {
  const context = await esbuild.context({
    ...buildOptions(),
    plugins: [
      {
        name: 'liaison-on-rebuild',
        setup(build) {
          build.onEnd((result) => {
            if (result.errors.length > 0 || !result.metafile) return;
            try {
              checkPreloadImports(result.metafile);
              onRebuild(result);
            } catch (error) {
              console.error(error instanceof Error ? error.message : error);
            }
          });
        },
      },
    ],
  });
  await context.watch();
  return context;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildElectron();
  console.log(`Built ${path.relative(projectRoot, electronOutDir)}/main.cjs and preload.cjs`);
}
