import { getValidator } from 'rxdb/plugins/validate-z-schema';
import { describe, expect, it } from 'vitest';
import { compiledValidator } from '../../../renderer/data/compiledZSchema';
import { contactSchema } from '../../../shared/domain/contactSchema';
import { contactFields } from '../appHarness';

const valid = {
  ...contactFields({ givenNames: 'Anja', familyName: 'Müller', languages: ['de'] }),
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: '2025-06-01T09:00:00.000Z',
  updatedAt: '2025-06-01T09:00:00.000Z',
  updatedBy: 'user-1',
};

const invalid: [string, Record<string, unknown>][] = [
  ['an unknown lawful basis', { ...valid, lawfulBasis: 'because' }],
  ['a missing family name', { ...valid, familyName: undefined }],
  ['a field the schema does not know', { ...valid, shoeSize: 43 }],
  ['an email without an address', { ...valid, emails: [{ label: 'work' }] }],
];

describe('compiledValidator', () => {
  const validate = compiledValidator(contactSchema as never);
  const reference = getValidator(contactSchema as never);

  it('accepts a valid contact', () => {
    expect(validate(valid)).toEqual([]);
  });

  it.each(invalid)('refuses %s, as RxDB’s own z-schema validator does', (_label, document) => {
    const cleaned = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
    expect(validate(cleaned).length).toBeGreaterThan(0);
    expect(reference(cleaned).length).toBeGreaterThan(0);
  });

  it('keeps separate schemas apart when several are prepared', () => {
    const other = compiledValidator({
      title: 'other',
      version: 0,
      primaryKey: 'id',
      type: 'object',
      properties: { id: { type: 'string', maxLength: 36 } },
      required: ['id'],
    } as never);
    expect(other({ id: 'x' })).toEqual([]);
    expect(validate({ id: 'x' }).length).toBeGreaterThan(0);
  });
});
