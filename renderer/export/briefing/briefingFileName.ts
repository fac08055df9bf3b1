/**
 * The suggested file name of a pack: `<visit-title>-briefing-<date>.pdf`,
 * the title kept readable (umlauts stay) but without characters that some
 * file systems refuse or that would start a path.
 */
export function briefingFileName(title: string, isoDate: string): string {
  const safe = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/^\.+/, '')
    .slice(0, 80);
  return `${safe || 'visit'}-briefing-${isoDate}.pdf`;
}
