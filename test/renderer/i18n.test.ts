import { describe, expect, it } from 'vitest';
import { de, en } from '../../renderer/i18n/resources';
import { initialLanguage } from '../../renderer/i18n/i18n';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null
      ? keys(child, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it('has the same keys in German as in English', () => {
    expect(keys(de).sort()).toEqual(keys(en).sort());
  });

  it('has no empty or untranslated German string apart from names', () => {
    const sameAsEnglish = keys(en).filter((key) => {
      const path = key.split('.');
      const pick = (tree: object) =>
        path.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
      return pick(en) === pick(de);
    });
    // Proper names and examples that are the same in both languages.
    expect(sameAsEnglish.sort()).toEqual(['app.name', 'contacts.sections.name']);
  });
});

describe('initialLanguage', () => {
  it('uses the language chosen last time', () => {
    expect(initialLanguage({ getItem: () => 'de' }, ['en-GB'])).toBe('de');
  });

  it('falls back to the first supported system language, then English', () => {
    expect(initialLanguage({ getItem: () => null }, ['fr-FR', 'de-AT'])).toBe('de');
    expect(initialLanguage({ getItem: () => null }, ['fr-FR'])).toBe('en');
  });
});
