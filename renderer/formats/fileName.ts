/**
 * A file name for an export from readable parts: "Leipzig delegation" and
 * "briefing" with `pdf` give `Leipzig-delegation-briefing.pdf`. Letters of
 * any script are kept (a German or Polish title stays readable); characters
 * that file systems refuse or treat specially become dashes.
 */
export function exportFileName(parts: readonly string[], extension: string): string {
  const stem = parts
    .map((part) =>
      part
        .normalize('NFC')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-')
    .slice(0, 120);
  return `${stem || 'export'}.${extension}`;
}
