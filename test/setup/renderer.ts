// RxDB's Dexie storage runs on a real IndexedDB implementation in tests.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first render of a test opens a fresh store and loads the app's code;
// on a busy two-core machine that can pass the default 1 s of findBy*.
configure({ asyncUtilTimeout: 4_000 });

afterEach(() => {
  // A file may opt into Node (`// @vitest-environment node`), e.g. to build PDFs: no DOM there.
  if (typeof window === 'undefined') return;
  cleanup();
  window.location.hash = '';
});
