import { Blob as NodeBlob } from 'node:buffer';
import { createHash } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { MIGRATIONS, migrate } from '../../server/db/migrations';
import { pgliteDatabase } from '../../server/db/pgliteDatabase';
import type { SqlDatabase } from '../../server/db/sql';

/**
 * A fresh PGlite database runs initdb in WebAssembly: about 5 s on an idle
 * machine, 15–30 s on a busy one. The tests instead start each database from
 * a copy of one made once and migrated: the data directory as a tarball,
 * cached under node_modules/.cache and keyed by PGlite's version and the
 * migrations, so a change to either makes a new one. Vitest's global setup
 * (`test/setup/pgliteTemplate.ts`) builds it before any test file starts;
 * outside Vitest (`npm run fuzz`) the first open builds it.
 */
// By path, not `new URL(…, import.meta.url)`: under jsdom URL is jsdom's, which node:url refuses.
const root = path.resolve(import.meta.dirname, '../..');
const CACHE_DIR = path.join(root, 'node_modules/.cache/liaison-pglite-template');

async function templatePath(): Promise<string> {
  const pglite = JSON.parse(
    await readFile(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  ) as { version: string };
  const key = createHash('sha256')
    .update(JSON.stringify({ pglite: pglite.version, migrations: MIGRATIONS }))
    .digest('hex')
    .slice(0, 16);
  return path.join(CACHE_DIR, `migrated-${key}.tar`);
}

/** Builds the template when it is missing; returns its path. Safe when several processes race. */
export async function ensurePgliteTemplate(): Promise<string> {
  const file = await templatePath();
  if (
    await access(file).then(
      () => true,
      () => false,
    )
  )
    return file;
  const pg = await PGlite.create();
  try {
    await migrate(pgliteDatabase(pg));
    // Written to disk now, so a copy starts without replaying the log.
    await pg.exec('checkpoint');
    const tarball = Buffer.from(await (await pg.dumpDataDir('none')).arrayBuffer());
    await mkdir(CACHE_DIR, { recursive: true });
    // Templates of older migrations are of no more use.
    for (const name of await readdir(CACHE_DIR)) {
      if (path.join(CACHE_DIR, name) !== file && name.startsWith('migrated-'))
        await rm(path.join(CACHE_DIR, name), { force: true });
    }
    // Written aside and renamed: another process never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, tarball);
    await rename(partial, file);
  } finally {
    await pg.close();
  }
  return file;
}

let template: Promise<Blob> | undefined;

/** A new in-memory PGlite database, migrated, from the template: about a second. */
export async function openMigratedPglite(): Promise<SqlDatabase> {
  // Node's Blob, also under jsdom (the renderer's live-server tests), whose Blob lacks arrayBuffer().
  template ??= ensurePgliteTemplate().then(
    async (file) => new NodeBlob([await readFile(file)]) as unknown as Blob,
  );
  return pgliteDatabase(await PGlite.create({ loadDataDir: await template }));
}
