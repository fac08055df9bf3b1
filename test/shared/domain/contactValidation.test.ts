import { describe, expect, it } from 'vitest';
import {
  canonicalLanguageTag,
  validateContact,
  type ContactInput,
} from '../../../shared/domain/contactValidation';
import { drNolting, lordMayor } from './exampleDocuments';

const valid: ContactInput = { ...drNolting, lawfulBasis: 'public-task' };

function codes(input: ContactInput) {
  return validateContact(input).map(({ field, code }) => `${field}:${code}`);
}

describe('validateContact', () => {
  it('returns no issues for complete contacts', () => {
    expect(validateContact(valid)).toEqual([]);
    expect(validateContact(lordMayor)).toEqual([]);
  });

  it('requires a family name or given names', () => {
    expect(codes({ ...valid, givenNames: ' ', familyName: '' })).toEqual(['familyName:required']);
    expect(codes({ ...valid, givenNames: 'Madonna', familyName: '' })).toEqual([]);
  });

  it('flags e-mail addresses that do not look like addresses', () => {
    const emails = [
      { label: 'work', address: 'antje.nolting@leipzig.de' },
      { label: 'home', address: 'antje at home' },
      { label: 'other', address: 'nobody@localhost' },
      { label: 'blank', address: ' ' },
    ];
    expect(codes({ ...valid, emails })).toEqual([
      'emails.1.address:email',
      'emails.2.address:email',
      'emails.3.address:required',
    ]);
  });

  it('accepts written phone numbers and rejects words', () => {
    const phones = [
      { label: 'work', number: '+49 (0)341 123-4567 ext. 12' },
      { label: 'mobile', number: 'call reception' },
    ];
    expect(codes({ ...valid, phones })).toEqual(['phones.1.number:phone']);
  });

  it('rejects a review date that does not exist', () => {
    expect(codes({ ...valid, reviewDate: '2026-02-29' })).toEqual(['reviewDate:date']);
    expect(codes({ ...valid, reviewDate: '31.12.2026' })).toEqual(['reviewDate:date']);
    expect(codes({ ...valid, reviewDate: '2028-02-29' })).toEqual([]);
  });

  it('checks language codes and duplicates', () => {
    expect(codes({ ...valid, languages: ['de', 'EN-gb', 'german', 'de-DE', 'DE'] })).toEqual([
      'languages.2:languageCode',
      'languages.4:duplicate',
    ]);
  });

  it('reports the maximum when a field is too long', () => {
    expect(validateContact({ ...valid, familyName: 'x'.repeat(201) })).toEqual([
      { field: 'familyName', code: 'tooLong', max: 200 },
    ]);
  });

  it('checks affiliation dates and their order', () => {
    const affiliations = [
      { organisationId: 'org', role: 'Head', from: '2024-05-01', to: '2023-01-01' },
      { organisationId: '', role: 'Adviser', from: '2024-13-01' },
    ];
    expect(codes({ ...valid, affiliations })).toEqual([
      'affiliations.0.to:dateOrder',
      'affiliations.1.organisationId:required',
      'affiliations.1.from:date',
    ]);
  });

  it('wants a consent note when the lawful basis is consent', () => {
    expect(codes({ ...valid, lawfulBasis: 'consent' })).toEqual(['consentNote:required']);
    expect(codes({ ...valid, lawfulBasis: 'consent', consentNote: 'Form, 2025-06-11' })).toEqual(
      [],
    );
    expect(codes({ ...valid, lawfulBasis: undefined })).toEqual(['lawfulBasis:required']);
  });

  it('accepts raster image data URLs as photos but not SVG', () => {
    expect(codes({ ...valid, photo: 'data:image/png;base64,iVBORw0KGgo=' })).toEqual([]);
    expect(codes({ ...valid, photo: 'data:image/svg+xml;base64,PHN2Zz4=' })).toEqual([
      'photo:imageDataUrl',
    ]);
    expect(codes({ ...valid, photo: 'https://example.org/a.jpg' })).toEqual(['photo:imageDataUrl']);
  });

  it('requires an office title when an office is given', () => {
    expect(codes({ ...valid, office: { title: '', spokenForm: 'Lord Mayor' } })).toEqual([
      'office.title:required',
    ]);
  });
});

describe('canonicalLanguageTag', () => {
  it('canonicalises case and refuses non-language tags', () => {
    expect(canonicalLanguageTag('en-gb')).toBe('en-GB');
    expect(canonicalLanguageTag('hu')).toBe('hu');
    expect(canonicalLanguageTag('DE')).toBe('de');
    expect(canonicalLanguageTag('english')).toBeUndefined();
    expect(canonicalLanguageTag('x')).toBeUndefined();
  });

  it('answers the same when asked again, and after remembering more tags than it keeps', () => {
    const asked = ['en-gb', 'de-AT', 'zh-hant-tw', 'ar-eg', 'en-gb-x-1', 'de-', 'hu'];
    const first = asked.map(canonicalLanguageTag);
    expect(first).toEqual(['en-GB', 'de-AT', 'zh-Hant-TW', 'ar-EG', 'en-GB-x-1', undefined, 'hu']);
    expect(asked.map(canonicalLanguageTag)).toEqual(first);
    // Far more distinct tags than are remembered (private-use subtags, all valid).
    for (let n = 0; n < 2500; n++) {
      expect(canonicalLanguageTag(`EN-x-${n.toString(36)}`)).toBe(`en-x-${n.toString(36)}`);
    }
    expect(asked.map(canonicalLanguageTag)).toEqual(first);
  });
});
