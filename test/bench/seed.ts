/**
 * Browser entry of the benchmark (bundled by run.mjs): fills the app's own
 * local store, the database `createDatabase(LOCAL_WORKSPACE_ID)` opens, with
 * the generated workspace. It runs on a page of its own on the app's origin,
 * so the app's IndexedDB is the one filled, and the app's eight collections
 * are not open beside these (RxDB's open-source limit is 13 per page).
 */
import { contactOrderOf } from '../../renderer/data/contactOrder';
import { LOCAL_WORKSPACE_ID, createDatabase } from '../../renderer/data/database';
import { indexedDbSnapshotStore } from '../../renderer/features/search/searchSnapshots';
import { searchEngineOnPage } from '../../renderer/features/search/workspaceSearch';
import { BENCH_VISIT_WITH_40_ITEMS_ID, generateBenchData, type BenchData } from './generate';

/** What seeding did, for run.mjs to print. */
export interface SeedReport {
  generateMs: number;
  insertMs: number;
  /** Milliseconds per collection, in insertion order. */
  perCollectionMs: Record<keyof BenchData, number>;
  counts: Record<keyof BenchData, number>;
  /**
   * Milliseconds to bring the device's derived stores up to date with what
   * was inserted, as the app does after an import or a first pull: the
   * Contacts list order (renderer/data/contactOrder.ts) and the stored search
   * index (renderer/features/search), here built on the page.
   */
  derivedMs: { contactOrder: number; searchIndex: number };
  largeVisitId: string;
}

/** Small enough batches that one IndexedDB transaction never holds everything at once. */
const BATCH = 2_500;

/** Dependency order: what a document links to is written before it. */
const ORDER = ['organisations', 'contacts', 'visits', 'agendaItems'] as const;

async function seed(): Promise<SeedReport> {
  const started = performance.now();
  const data = generateBenchData();
  const generated = performance.now();
  // devMode false: production-like writes (validation stays on, as in the app).
  const database = await createDatabase(LOCAL_WORKSPACE_ID, { devMode: false });
  const perCollectionMs = {} as SeedReport['perCollectionMs'];
  const derivedMs = {} as SeedReport['derivedMs'];
  let inserted: number | undefined;
  const counts = {} as SeedReport['counts'];
  try {
    for (const name of ORDER) {
      const collectionStarted = performance.now();
      const documents = data[name];
      const collection = database[name] as unknown as {
        bulkInsert(docs: unknown[]): Promise<{ error: { documentId: string; status: number }[] }>;
        count(): { exec(): Promise<number> };
      };
      for (let from = 0; from < documents.length; from += BATCH) {
        const { error } = await collection.bulkInsert(documents.slice(from, from + BATCH));
        const first = error[0];
        if (first) {
          throw new Error(
            `seeding ${name} failed at ${first.documentId} (status ${first.status}); ${error.length} documents refused`,
          );
        }
      }
      perCollectionMs[name] = Math.round(performance.now() - collectionStarted);
      counts[name] = await collection.count().exec();
    }
    inserted = performance.now();
    await contactOrderOf(database).caughtUp();
    derivedMs.contactOrder = Math.round(performance.now() - inserted);
    // The search index, built and stored as the app's worker does (here on the page).
    const indexing = performance.now();
    const search = searchEngineOnPage(
      database,
      indexedDbSnapshotStore(indexedDB),
      await database.storageToken,
    );
    await search.ready;
    await search.store();
    derivedMs.searchIndex = Math.round(performance.now() - indexing);
  } finally {
    await database.close();
  }
  return {
    generateMs: Math.round(generated - started),
    insertMs: Math.round((inserted ?? performance.now()) - generated),
    perCollectionMs,
    counts,
    derivedMs,
    largeVisitId: BENCH_VISIT_WITH_40_ITEMS_ID,
  };
}

declare global {
  interface Window {
    /** Set by this bundle; run.mjs calls it once the page has loaded. */
    liaisonBenchSeed?: () => Promise<SeedReport>;
  }
}

window.liaisonBenchSeed = seed;
