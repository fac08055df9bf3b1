import { describe, expect, it } from 'vitest';
import { messagesDe as de } from '../../renderer/app/messages.de';
import { messagesEn as en } from '../../renderer/app/messages.en';
import { readSettings } from '../../renderer/services/settings/settings';
import { systemLanguage } from '../../renderer/i18n/i18n';

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

  it('has no empty string and no English left in German, apart from words both languages share', () => {
    const pick = (tree: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
    // Words spelt the same in both languages; anything else equal to English is untranslated.
    const shared = new Set([
      'Liaison',
      'Name',
      'Organisation',
      'Organisation {{number}}',
      'Status',
      'Partner',
      'Region',
      'Website',
      'Agenda',
      'Start',
      'Ende',
      'Details',
      'Server',
      'Version {{version}}',
    ]);
    const untranslated = keys(en).filter((key) => {
      const english = pick(en, key);
      return english === pick(de, key) && !shared.has(english as string);
    });
    expect(untranslated).toEqual([]);
    expect(keys(de).filter((key) => pick(de, key) === '')).toEqual([]);
  });
});

describe('systemLanguage', () => {
  it('takes the first system language Liaison speaks, else English', () => {
    expect(systemLanguage(['fr-FR', 'de-AT', 'en-GB'])).toBe('de');
    expect(systemLanguage(['fr-FR'])).toBe('en');
  });
});

describe('readSettings', () => {
  const storage = (value: string | null) => ({ getItem: () => value });

  it('reads the language and home zone saved on this device', () => {
    const saved = JSON.stringify({ language: 'de', homeTimeZone: 'Europe/Berlin' });
    expect(readSettings(storage(saved), 'en')).toEqual({
      language: 'de',
      homeTimeZone: 'Europe/Berlin',
    });
  });

  it('falls back to defaults for a damaged entry or an unknown zone', () => {
    expect(readSettings(storage('{not json'), 'de').language).toBe('de');
    const unknownZone = JSON.stringify({ language: 'en', homeTimeZone: 'Mars/Olympus_Mons' });
    expect(readSettings(storage(unknownZone), 'de').homeTimeZone).not.toBe('Mars/Olympus_Mons');
  });
});
