/**
 * The text of a caught failure, for a message or a log line: an Error's
 * message, anything else (a rejected string, a number) as a string.
 * `notAnError`, when given, stands in for a thrown value that is no Error.
 */
export function errorMessage(error: unknown, notAnError?: string): string {
  if (error instanceof Error) return error.message;
  return notAnError ?? String(error);
}
