import { toBriefingError } from './briefingError';
import type { BriefingWorkerRequest, BriefingWorkerResponse } from './briefingWorkerProtocol';
import { buildBriefingPdf } from './buildBriefingPdf';

/*
 * Builds briefing packs off the main thread: laying out a long pack takes
 * seconds of solid JavaScript (text shaping, Yoga, PDF writing), during which
 * the page would otherwise freeze, the progress line included.
 */
// The renderer compiles against the DOM library, which has no worker scope type.
interface WorkerScope {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<BriefingWorkerRequest>) => void,
  ): void;
  postMessage(message: BriefingWorkerResponse, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const { id, data, options, fonts } = event.data;
  buildBriefingPdf(data, options, fonts).then(
    (bytes) => {
      const response: BriefingWorkerResponse = { id, ok: true, bytes };
      // Transferred, not copied: a pack can be megabytes with photos.
      scope.postMessage(response, [bytes.buffer]);
    },
    (error: unknown) => {
      const failure = toBriefingError(error, 'renderFailed');
      const response: BriefingWorkerResponse = {
        id,
        ok: false,
        code: failure.code,
        message: failure.message,
      };
      scope.postMessage(response);
    },
  );
});
