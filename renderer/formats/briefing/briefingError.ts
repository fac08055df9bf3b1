import { errorMessage } from '../../../shared/text/errorMessage';

/** Why a briefing pack could not be made; the dialog turns each into an actionable message. */
export type BriefingErrorCode =
  'visitNotFound' | 'toolsUnavailable' | 'fontsUnavailable' | 'renderFailed' | 'saveFailed';

/** A failed briefing pack, with a code to branch on and the technical detail. */
export class BriefingError extends Error {
  constructor(
    readonly code: BriefingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BriefingError';
  }
}

/** Any failure as a BriefingError; unknown ones count as failures to lay out the pages. */
export function toBriefingError(error: unknown, fallback: BriefingErrorCode): BriefingError {
  if (error instanceof BriefingError) return error;
  return new BriefingError(fallback, errorMessage(error));
}

/**
 * Whether `error` is the browser failing to fetch a part of the app (a chunk,
 * the worker's script, a font), as happens offline when the browser build has
 * not yet kept those parts on the device. Not the record's fault: the message
 * must say so.
 */
export function isLoadFailure(error: unknown): boolean {
  const message = errorMessage(error);
  return /failed to fetch|dynamically imported module|importing a module script failed|networkerror|load failed/i.test(
    message,
  );
}
