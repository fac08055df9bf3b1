import type { BriefingData } from './briefingData';
import type { BriefingErrorCode } from './briefingError';
import type { BriefingFontSources } from './briefingFonts';
import type { BriefingOptions } from './briefingOptions';

/** What the page sends the briefing worker: everything the pure builder needs. */
export interface BriefingWorkerRequest {
  id: number;
  data: BriefingData;
  options: BriefingOptions;
  fonts: BriefingFontSources;
}

/** The worker's answer: the PDF's bytes, or why there are none. */
export type BriefingWorkerResponse =
  | { id: number; ok: true; bytes: Uint8Array<ArrayBuffer> }
  | { id: number; ok: false; code: BriefingErrorCode; message: string };
