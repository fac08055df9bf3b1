/** Why a briefing pack could not be made; the dialog turns each into an actionable message. */
export type BriefingErrorCode =
  'visitNotFound' | 'fontsUnavailable' | 'renderFailed' | 'saveFailed';

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
  return new BriefingError(fallback, error instanceof Error ? error.message : String(error));
}
