/**
 * Which project files `electron-builder` copies into the app, decided by
 * electron-builder itself: its own configuration loader (electron-builder.yml,
 * or a "build" key in package.json, which wins) and its own file matcher with
 * the exclusions it adds to every `files` list (node_modules, the output and
 * build-resources directories, `*.d.ts`, `*.o`, `.DS_Store`, …). A copy of the
 * glob rules here would drift from the packager that actually runs.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration, PlatformSpecificBuildOptions } from 'app-builder-lib';
import type { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import { computeDefaultAppDirectory, getConfig } from 'app-builder-lib/out/util/config/config';

export type Platform = 'linux' | 'win' | 'mac';

/** The slice of a platform packager that `getMainFileMatchers` reads. */
interface PackagerInfo {
  info: {
    projectDir: string;
    buildResourcesDir: string;
    config: Configuration;
    isPrepackedAppAsar: boolean;
    debugLogger: { isEnabled: boolean };
  };
}

/**
 * app-builder-lib's function that turns the `files` option into the matcher
 * used when copying the app (fileMatcher.js). It is internal, so it is not in
 * the published types: it is typed here, and its absence fails loudly.
 */
type GetMainFileMatchers = (
  appDir: string,
  destination: string,
  macroExpander: (pattern: string) => string,
  platformSpecificBuildOptions: PlatformSpecificBuildOptions,
  platformPackager: PackagerInfo,
  outDir: string,
  isElectronCompile: boolean,
) => FileMatcher[];

const requireCjs = createRequire(import.meta.url);

function getMainFileMatchers(): GetMainFileMatchers {
  const fileMatcher = requireCjs('app-builder-lib/out/fileMatcher') as {
    getMainFileMatchers?: unknown;
  };
  if (typeof fileMatcher.getMainFileMatchers !== 'function') {
    throw new Error(
      'app-builder-lib no longer exports getMainFileMatchers: update test/tooling/packagingFilter.ts',
    );
  }
  return fileMatcher.getMainFileMatchers as GetMainFileMatchers;
}

export interface PackagingFilter {
  /** The patterns electron-builder applies, in order, its own exclusions included. */
  patterns: readonly string[];
  /** True when the file (relative to the project root, `/`-separated) is packaged. */
  includes(file: string): boolean;
}

/**
 * The `files` filter of one platform's package. Every directory on the way
 * must pass too: electron-builder does not descend into one it filters out.
 */
export async function packagingFilter(
  projectDir: string,
  platform: Platform,
): Promise<PackagingFilter> {
  // electron-builder compares directories as strings: no trailing separator.
  projectDir = path.resolve(projectDir);
  const config = await getConfig(projectDir, null, null);
  const appDir = await computeDefaultAppDirectory(projectDir, config.directories?.app);
  const platformOptions: PlatformSpecificBuildOptions = config[platform] ?? {};
  const packager: PackagerInfo = {
    info: {
      projectDir,
      buildResourcesDir: path.resolve(projectDir, config.directories?.buildResources ?? 'build'),
      config,
      isPrepackedAppAsar: false,
      debugLogger: { isEnabled: false },
    },
  };
  const outDir = path.resolve(projectDir, config.directories?.output ?? 'dist');
  // Patterns with ${os}, ${arch}, … would need the real expander: fail instead of guessing.
  const noMacros = (pattern: string) => {
    if (pattern.includes('${')) {
      throw new Error(`The files pattern ${pattern} uses a macro this check does not expand`);
    }
    return pattern;
  };
  const matchers = getMainFileMatchers()(
    appDir,
    path.join(outDir, 'app'),
    noMacros,
    platformOptions,
    packager,
    outDir,
    false,
  );
  const [main, ...others] = matchers;
  if (!main || others.length > 0 || main.from !== appDir) {
    // `files` entries with their own `from` copy other directories: not modelled here.
    throw new Error('Only `files` patterns on the app directory are supported by this check');
  }
  const filter = main.createFilter();
  type Stat = Parameters<typeof filter>[1];
  const asFile = { isDirectory: () => false } as Stat;
  const asDirectory = { isDirectory: () => true } as Stat;
  const absolute = (relative: string) => path.join(appDir, ...relative.split('/'));

  return {
    patterns: main.patterns,
    includes(file) {
      const segments = file.split('/');
      for (let depth = 1; depth < segments.length; depth++) {
        if (!filter(absolute(segments.slice(0, depth).join('/')), asDirectory)) return false;
      }
      return filter(absolute(file), asFile);
    },
  };
}
