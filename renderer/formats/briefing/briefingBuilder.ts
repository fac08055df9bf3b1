import { errorMessage } from '../../../shared/text/errorMessage';
import type { BriefingData } from './briefingData';
import { BriefingError, isLoadFailure } from './briefingError';
import type { BriefingFontSources } from './briefingFonts';
import type { BriefingOptions } from './briefingOptions';
import type { BriefingWorkerRequest, BriefingWorkerResponse } from './briefingWorkerProtocol';

/** Builds a pack's PDF bytes from gathered data and options. */
export type BriefingBuilder = (
  data: BriefingData,
  options: BriefingOptions,
  fonts: BriefingFontSources,
) => Promise<Uint8Array<ArrayBuffer>>;

/** Builds on the calling thread; where there are no Web Workers (tests in jsdom). */
export const buildOnThisThread: BriefingBuilder = async (data, options, fonts) => {
  // Loaded on demand: react-pdf and its layout engine stay out of the app's first load.
  const { buildBriefingPdf } = await import('./buildBriefingPdf').catch((error: unknown) => {
    throw isLoadFailure(error)
      ? new BriefingError('toolsUnavailable', errorMessage(error, ''))
      : error;
  });
  return buildBriefingPdf(data, options, fonts);
};

let worker: Worker | undefined;
let nextId = 1;

function briefingWorker(): Worker {
  worker ??= new Worker(new URL('./briefingWorker.ts', import.meta.url), {
    type: 'module',
    name: 'liaison-briefing',
  });
  return worker;
}

/**
 * Builds in a Web Worker, so the page stays responsive (and its progress line
 * live) while a long pack is laid out. The worker is kept for the next pack:
 * it has parsed react-pdf and loaded the fonts once. A worker that fails to
 * start is dropped, so the next attempt starts a fresh one.
 */
export const buildInWorker: BriefingBuilder = (data, options, fonts) =>
  new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    const target = briefingWorker();
    const id = nextId++;
    const cleanUp = () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<BriefingWorkerResponse>) => {
      if (event.data.id !== id) return;
      cleanUp();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new BriefingError(event.data.code, event.data.message));
    };
    const onError = (event: Event) => {
      cleanUp();
      target.terminate();
      if (worker === target) worker = undefined;
      // A worker whose script (or a chunk it imports) could not be fetched fails
      // with a bare error event; an exception inside it carries its message.
      const message = event instanceof ErrorEvent ? event.message : '';
      reject(
        message && !isLoadFailure(message)
          ? new BriefingError('renderFailed', message)
          : new BriefingError('toolsUnavailable', message || 'the PDF worker could not start'),
      );
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    const request: BriefingWorkerRequest = { id, data, options, fonts };
    target.postMessage(request);
  });

/** The builder for this environment: a Web Worker where there is one. */
export function defaultBriefingBuilder(): BriefingBuilder {
  return typeof Worker === 'function' ? buildInWorker : buildOnThisThread;
}
