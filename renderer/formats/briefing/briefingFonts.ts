import { Font } from '@react-pdf/renderer';

/** The family every text of the pack is set in. */
export const BRIEFING_FONT_FAMILY = 'Noto Sans';

/**
 * Where the three Noto Sans faces come from: URLs in the app (Vite bundles
 * the TTFs, so no network is needed), file paths in Node tests and benches.
 * Noto Sans covers Latin Extended (Łukasz Wałęsa, Dvořák, Erdős) which the
 * PDF standard fonts do not.
 */
export interface BriefingFontSources {
  regular: string;
  bold: string;
  italic: string;
}

let registered: string | undefined;

/**
 * Words of up to this length are never split: names must print whole
 * ("Oberbürgermeister", "Wałęsa"). Longer runs (URLs) may break anywhere, or
 * they would run off the page.
 */
const LONGEST_UNBROKEN_WORD = 40;

/** Splits only over-long words, never with a hyphen; names stay whole. */
export function noHyphenation(word: string): string[] {
  if (word.length <= LONGEST_UNBROKEN_WORD) return [word];
  const parts: string[] = [];
  for (let i = 0; i < word.length; i += LONGEST_UNBROKEN_WORD / 2) {
    parts.push(word.slice(i, i + LONGEST_UNBROKEN_WORD / 2));
  }
  return parts;
}

/**
 * Registers the pack's fonts with react-pdf (its font store is global) and
 * turns hyphenation off. Registering the same sources again does nothing.
 */
export function registerBriefingFonts(sources: BriefingFontSources): void {
  const key = `${sources.regular}\n${sources.bold}\n${sources.italic}`;
  if (registered === key) return;
  // The store adds to a family on each registration: drop earlier sources rather
  // than mix them (Font.clear would also drop the standard fonts react-pdf needs).
  const families = Font.getRegisteredFonts() as Record<string, unknown>;
  delete families[BRIEFING_FONT_FAMILY];
  Font.register({
    family: BRIEFING_FONT_FAMILY,
    fonts: [
      { src: sources.regular, fontWeight: 400, fontStyle: 'normal' },
      { src: sources.bold, fontWeight: 700, fontStyle: 'normal' },
      { src: sources.italic, fontWeight: 400, fontStyle: 'italic' },
    ],
  });
  Font.registerHyphenationCallback(noHyphenation);
  registered = key;
}

/**
 * Forgets the registration, so the next pack loads the fonts afresh: react-pdf
 * keeps a font's failed load for good, and a fetch may fail only once.
 */
export function forgetBriefingFonts(): void {
  registered = undefined;
}
