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

if (typeof window !== 'undefined' && !('showModal' in HTMLDialogElement.prototype)) {
  polyfillModalDialogs();
}

/**
 * jsdom's `<dialog>` has `open` and nothing else. This adds what the app's
 * Dialog uses, as the HTML standard describes it: `showModal()` and `close()`,
 * and Escape in an open modal dialog firing a cancelable `cancel` that closes
 * the dialog unless prevented. Left out: the top layer, inertness (Tab can
 * leave a dialog here) and the browser's own focus moves on opening and
 * closing, which Dialog makes itself. Chromium's real behaviour, including the
 * focus trap and the scroll lock, is checked by the e2e tests (test/e2e).
 */
function polyfillModalDialogs() {
  /** The open modal dialogs, topmost last. */
  const modals: HTMLDialogElement[] = [];
  const invalidState = (message: string) => new DOMException(message, 'InvalidStateError');

  Object.defineProperties(HTMLDialogElement.prototype, {
    returnValue: { value: '', writable: true, configurable: true },
    showModal: {
      configurable: true,
      value(this: HTMLDialogElement) {
        if (this.open && modals.includes(this)) return;
        if (this.open) throw invalidState('The dialog is already open as a non-modal dialog.');
        if (!this.isConnected) throw invalidState('The dialog is not in a document.');
        this.setAttribute('open', '');
        modals.push(this);
      },
    },
    close: {
      configurable: true,
      value(this: HTMLDialogElement, returnValue?: string) {
        if (!this.open) return;
        this.removeAttribute('open');
        const position = modals.indexOf(this);
        if (position >= 0) modals.splice(position, 1);
        if (returnValue !== undefined) this.returnValue = returnValue;
        // The standard queues the event as a task: it never fires inside close().
        setTimeout(() => this.dispatchEvent(new Event('close')), 0);
      },
    },
  });

  // Escape's default action: on window, the end of the event's path, so the
  // focused element's and React's handlers may prevent it first.
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // A dialog removed from the document has left the top layer (still `open`, no longer modal).
    for (const gone of modals.filter((dialog) => !dialog.isConnected)) {
      modals.splice(modals.indexOf(gone), 1);
    }
    const top = modals.at(-1);
    if (top && top.dispatchEvent(new Event('cancel', { cancelable: true }))) top.close();
  });
}
