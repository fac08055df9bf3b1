import { describe, expect, it } from 'vitest';
import { validateVisit, type VisitInput } from '../../../shared/domain/visitValidation';

const valid: VisitInput = {
  tags: [],
  title: 'Leipzig delegation to Birmingham',
  kind: 'civic-delegation',
  direction: 'inbound',
  destinationCity: 'Birmingham',
  destinationCountry: 'GB',
  venueTimeZone: 'Europe/London',
  startDate: '2025-06-10',
  endDate: '2025-06-13',
  status: 'confirmed',
  members: [{ contactId: 'jung', role: 'lead' }],
  partnerOrganisationIds: ['aston'],
};

function codes(input: VisitInput) {
  return validateVisit(input).map(({ field, code }) => `${field}:${code}`);
}

describe('validateVisit', () => {
  it('returns no issues for a complete visit', () => {
    expect(validateVisit(valid)).toEqual([]);
  });

  it('requires a title, a time zone and both dates', () => {
    expect(
      codes({ ...valid, title: '  ', venueTimeZone: '', startDate: '', endDate: undefined }),
    ).toEqual([
      'title:required',
      'venueTimeZone:required',
      'startDate:required',
      'endDate:required',
    ]);
  });

  it('refuses an end date before the start date, on the end date', () => {
    expect(codes({ ...valid, startDate: '2025-06-13', endDate: '2025-06-10' })).toEqual([
      'endDate:dateOrder',
    ]);
    expect(codes({ ...valid, startDate: '2025-06-13', endDate: '2025-06-13' })).toEqual([]);
  });

  it('refuses dates that do not exist and visits longer than a year', () => {
    expect(codes({ ...valid, startDate: '2025-02-29' })).toEqual(['startDate:date']);
    expect(validateVisit({ ...valid, endDate: '2205-06-13' })).toEqual([
      { field: 'endDate', code: 'dateRange', max: 366 },
    ]);
  });

  it('wants an upper-case ISO country code and an IANA zone', () => {
    expect(codes({ ...valid, destinationCountry: 'gb' })).toEqual([
      'destinationCountry:countryCode',
    ]);
    expect(codes({ ...valid, destinationCountry: 'GBR' })).toEqual([
      'destinationCountry:countryCode',
    ]);
    expect(codes({ ...valid, destinationCountry: '' })).toEqual([]);
    expect(codes({ ...valid, venueTimeZone: 'Europe/Birmingham' })).toEqual([
      'venueTimeZone:timeZone',
    ]);
    expect(codes({ ...valid, venueTimeZone: '+01:00' })).toEqual(['venueTimeZone:timeZone']);
  });

  it('flags unknown options, repeated members and overlong text', () => {
    const input = {
      ...valid,
      kind: 'holiday',
      members: [
        { contactId: 'jung', role: 'lead' },
        { contactId: 'jung', role: 'juggler' },
      ],
      logistics: { hotel: 'x'.repeat(50_001) },
    } as unknown as VisitInput;
    expect(validateVisit(input)).toEqual([
      { field: 'kind', code: 'invalidOption' },
      { field: 'members.1.contactId', code: 'duplicate' },
      { field: 'members.1.role', code: 'invalidOption' },
      { field: 'logistics.hotel', code: 'tooLong', max: 50_000 },
    ]);
  });
});
