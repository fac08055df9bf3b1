import { describe, expect, it } from 'vitest';
import {
  partnershipTitle,
  validatePartnership,
  type PartnershipInput,
} from '../../../shared/domain/partnershipValidation';

const twinning: PartnershipInput = {
  tags: [],
  parties: [
    { kind: 'city', name: 'Birmingham', country: 'GB' },
    { kind: 'city', name: 'Leipzig', country: 'DE' },
  ],
  since: 1992,
  themes: ['culture', 'education', 'economy', 'public health'],
  status: 'active',
};

function codes(input: PartnershipInput) {
  return validatePartnership(input).map(({ field, code }) => `${field}:${code}`);
}

describe('validatePartnership', () => {
  it('returns no issues for the Birmingham–Leipzig twinning', () => {
    expect(validatePartnership(twinning)).toEqual([]);
  });

  it('needs at least two parties, each with a name', () => {
    expect(codes({ ...twinning, parties: [{ kind: 'city', name: 'Leipzig' }] })).toEqual([
      'parties:tooFewParties',
    ]);
    expect(
      codes({
        ...twinning,
        parties: [
          { kind: 'city', name: 'Leipzig' },
          { kind: 'city', name: ' ' },
        ],
      }),
    ).toEqual(['parties.1.name:required']);
  });

  it('needs the organisation itself for an organisation party', () => {
    expect(
      codes({
        ...twinning,
        parties: [
          { kind: 'city', name: 'Leipzig' },
          { kind: 'organisation', name: '' },
        ],
      }),
    ).toEqual(['parties.1.organisationId:required']);
  });

  it('refuses the same party twice, whatever the case', () => {
    expect(
      codes({
        ...twinning,
        parties: [
          { kind: 'city', name: 'Leipzig' },
          { kind: 'city', name: 'leipzig ' },
        ],
      }),
    ).toEqual(['parties.1.name:duplicate']);
  });

  it('wants a four-digit year and upper-case country codes', () => {
    expect(codes({ ...twinning, since: 92 })).toEqual(['since:year']);
    expect(codes({ ...twinning, since: Number.NaN })).toEqual(['since:year']);
    expect(
      codes({
        ...twinning,
        parties: [
          { kind: 'city', name: 'Birmingham', country: 'uk' },
          { kind: 'city', name: 'Leipzig' },
        ],
      }),
    ).toEqual(['parties.0.country:countryCode']);
  });

  it('requires a known status', () => {
    expect(codes({ ...twinning, status: undefined })).toEqual(['status:required']);
    expect(codes({ ...twinning, status: 'frozen' as never })).toEqual(['status:invalidOption']);
  });
});

describe('partnershipTitle', () => {
  it('names a partnership by its parties', () => {
    expect(partnershipTitle({ parties: twinning.parties ?? [] })).toBe('Birmingham – Leipzig');
  });
});
