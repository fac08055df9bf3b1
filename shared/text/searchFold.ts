/**
 * Letters that Unicode does not decompose into a base letter plus a mark, so
 * stripping marks alone would leave them: Polish ł, Danish ø, Croatian đ, …
 */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
};
const SPECIAL_LETTER = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/** Combining marks other than the diaeresis (U+0308), which the German rule needs. */
const MARKS_EXCEPT_DIAERESIS = /(?!\u0308)\p{M}/gu;
/** A diaeresis on anything but a/o/u (ë in "Zoë") is just an accent. */
const NON_GERMAN_DIAERESIS = /(?<![aou])\u0308/g;
const ANY_MARK = /\p{M}/gu;
const APOSTROPHES = /['’‘ʼ`]/g;

/**
 * German normalisation in the manner of Lucene's GermanNormalizationFilter:
 * ä/ö/ü become a/o/u, and the transliterations ae/oe/ue become a/o/u too,
 * unless the `u` follows a vowel or `q` ("Bauer", "Quelle" keep their e).
 * So "Müller", "Mueller" and "Muller" all fold to "muller".
 */
function normaliseGerman(text: string): string {
  let out = '';
  // 'consonant': last letter a consonant (or start); 'umlautable': last letter
  // an a/o/u that an e may follow as transliteration; 'vowel': anything else.
  let state: 'consonant' | 'umlautable' | 'vowel' = 'consonant';
  for (const char of text) {
    switch (char) {
      case 'a':
      case 'o':
        state = 'umlautable';
        out += char;
        break;
      case 'u':
        state = state === 'consonant' ? 'umlautable' : 'vowel';
        out += char;
        break;
      case 'e':
        if (state !== 'umlautable') out += char;
        state = 'vowel';
        break;
      case 'i':
      case 'q':
      case 'y':
        state = 'vowel';
        out += char;
        break;
      case 'ä':
      case 'ö':
      case 'ü':
        out += char.normalize('NFD')[0];
        state = 'vowel';
        break;
      default:
        state = 'consonant';
        out += char;
    }
  }
  return out;
}

/**
 * Folds text for accent- and case-insensitive search: lower case, ß → ss,
 * diacritics removed (é → e, ł → l, ő → o), German umlaut transliterations
 * folded ("Mueller" = "Müller" = "Muller"), apostrophes dropped and spaces
 * collapsed. Apply it to both the text and the query.
 */
export function foldForSearch(text: string): string {
  const lower = text
    .normalize('NFD')
    .toLowerCase()
    .replace(MARKS_EXCEPT_DIAERESIS, '')
    .replace(NON_GERMAN_DIAERESIS, '')
    .normalize('NFC')
    .replace(SPECIAL_LETTER, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(APOSTROPHES, '');
  return normaliseGerman(lower).normalize('NFD').replace(ANY_MARK, '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether every word of `query` occurs (folded) somewhere in `haystack`.
 * Pass several fields as an array; a word may match in any of them. An empty
 * query matches everything.
 */
export function matchesSearch(haystack: string | readonly string[], query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = (typeof haystack === 'string' ? [haystack] : haystack).map(foldForSearch);
  return words.every((word) => folded.some((field) => field.includes(word)));
}
