import { describe, expect, it } from 'vitest';
import { isCountryCode, isHttpsUrl } from '../../../shared/domain/fieldIssue';
import {
  selfAndDescendantIds,
  validateOrganisation,
  type OrganisationInput,
} from '../../../shared/domain/organisationValidation';

const growthCompany: OrganisationInput = {
  tags: [],
  name: 'West Midlands Growth Company',
  kind: 'agency',
  city: 'Birmingham',
  country: 'GB',
  website: 'https://www.wmgrowth.com/',
  sectors: ['inward investment'],
};

function codes(input: OrganisationInput, context?: Parameters<typeof validateOrganisation>[1]) {
  return validateOrganisation(input, context).map(({ field, code }) => `${field}:${code}`);
}

describe('validateOrganisation', () => {
  it('returns no issues for a complete organisation', () => {
    expect(validateOrganisation(growthCompany)).toEqual([]);
  });

  it('requires a name and a kind', () => {
    expect(codes({ ...growthCompany, name: '  ', kind: undefined })).toEqual([
      'name:required',
      'kind:required',
    ]);
  });

  it('refuses a kind that is not in the list', () => {
    expect(codes({ ...growthCompany, kind: 'club' as never })).toEqual(['kind:invalidOption']);
  });

  it('wants country codes as ISO alpha-2 in upper case', () => {
    expect(codes({ ...growthCompany, country: 'gb' })).toEqual(['country:countryCode']);
    expect(codes({ ...growthCompany, country: 'Germany' })).toEqual(['country:countryCode']);
    expect(codes({ ...growthCompany, country: 'DE' })).toEqual([]);
  });

  it('accepts only https addresses for the website', () => {
    expect(codes({ ...growthCompany, website: 'http://www.wmgrowth.com' })).toEqual([
      'website:httpsUrl',
    ]);
    expect(codes({ ...growthCompany, website: 'www.leipzig.de' })).toEqual(['website:httpsUrl']);
  });

  it('reports the maximum length of a name that is too long', () => {
    expect(validateOrganisation({ ...growthCompany, name: 'x'.repeat(201) })).toEqual([
      { field: 'name', code: 'tooLong', max: 200 },
    ]);
  });

  it('refuses an organisation as its own parent or below its own child', () => {
    const parents: Record<string, string | undefined> = { child: 'org', grandchild: 'child' };
    const context = { id: 'org', parentOf: (id: string) => parents[id] };
    expect(codes({ ...growthCompany, parentOrganisationId: 'org' }, context)).toEqual([
      'parentOrganisationId:parentSelf',
    ]);
    expect(codes({ ...growthCompany, parentOrganisationId: 'grandchild' }, context)).toEqual([
      'parentOrganisationId:parentCycle',
    ]);
    expect(codes({ ...growthCompany, parentOrganisationId: 'elsewhere' }, context)).toEqual([]);
  });

  it('does not hang on a loop already stored elsewhere', () => {
    const parents: Record<string, string> = { a: 'b', b: 'a' };
    const context = { id: 'org', parentOf: (id: string) => parents[id] };
    expect(codes({ ...growthCompany, parentOrganisationId: 'a' }, context)).toEqual([]);
  });
});

describe('selfAndDescendantIds', () => {
  it('finds an organisation and everything below it, at any depth', () => {
    const organisations = [
      { id: 'council' },
      { id: 'department', parentOrganisationId: 'council' },
      { id: 'team', parentOrganisationId: 'department' },
      { id: 'university' },
    ];
    expect([...selfAndDescendantIds('council', organisations)].sort()).toEqual([
      'council',
      'department',
      'team',
    ]);
  });
});

describe('isCountryCode and isHttpsUrl', () => {
  it('knows real regions only', () => {
    expect(isCountryCode('GB')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('ZZ')).toBe(false);
  });

  it('accepts https addresses with international hosts and ports', () => {
    expect(isHttpsUrl('https://www.leipzig.de/kultur?lang=en#top')).toBe(true);
    expect(isHttpsUrl('https://müller-design.de')).toBe(true);
    expect(isHttpsUrl('https://localhost:8443')).toBe(false);
    expect(isHttpsUrl('https://user@evil.example.org')).toBe(false);
  });
});
