import { fillWithDefaultSettings, type RxJsonSchema } from 'rxdb';
import { checkSchema } from 'rxdb/plugins/dev-mode';
import { getValidator } from 'rxdb/plugins/validate-z-schema';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, collectionSchemas } from '../../../shared/domain/schemas';
import { validExamples } from './exampleDocuments';

/** For each collection: an enum field to break and a required field to drop. */
const breakable: Record<keyof typeof validExamples, { enumField: string; requiredField: string }> =
  {
    organisations: { enumField: 'kind', requiredField: 'name' },
    contacts: { enumField: 'lawfulBasis', requiredField: 'familyName' },
    partnerships: { enumField: 'status', requiredField: 'parties' },
    visits: { enumField: 'direction', requiredField: 'startDate' },
    agendaItems: { enumField: 'kind', requiredField: 'startUtc' },
    followUps: { enumField: 'status', requiredField: 'dueDate' },
    notes: { enumField: 'id', requiredField: 'links' },
    conflicts: { enumField: 'collectionName', requiredField: 'documentId' },
  };

function validate(name: keyof typeof validExamples, doc: unknown): unknown[] {
  return getValidator(collectionSchemas[name].schema)(doc) as unknown[];
}

describe('collectionSchemas', () => {
  it('has one entry per collection name, keyed the same way', () => {
    expect(Object.keys(collectionSchemas).sort()).toEqual([...COLLECTION_NAMES].sort());
  });

  describe.each(COLLECTION_NAMES)('%s', (name) => {
    const { schema, migrationStrategies } = collectionSchemas[name];
    const example = validExamples[name] as unknown as Record<string, unknown>;

    it('passes RxDB dev-mode checkSchema', () => {
      expect(() => checkSchema(schema)).not.toThrow();
    });

    it('ships a migration strategy for every version above 0', () => {
      if (schema.version === 0) {
        expect(migrationStrategies ?? {}).toEqual({});
      } else {
        const versions = Array.from({ length: schema.version }, (_, i) => String(i + 1));
        expect(Object.keys(migrationStrategies ?? {})).toEqual(versions);
        for (const version of versions) {
          expect(typeof migrationStrategies?.[Number(version)]).toBe('function');
        }
      }
    });

    it('accepts a valid example document', () => {
      expect(validate(name, example)).toEqual([]);
    });

    it('accepts the example with the fields RxDB adds in storage', () => {
      const stored = {
        ...example,
        _deleted: false,
        _rev: '1-abc',
        _meta: { lwt: 1_750_000_000_000 },
        _attachments: {},
      };
      const filled = fillWithDefaultSettings(schema as unknown as RxJsonSchema<object>);
      expect(getValidator(filled)(stored)).toEqual([]);
    });

    it('rejects a value outside the enum or the id length', () => {
      const { enumField } = breakable[name];
      const broken = { ...example, [enumField]: 'not-a-valid-value-and-far-too-long-for-an-id' };
      expect(validate(name, broken).length).toBeGreaterThan(0);
    });

    it('rejects the document when a required field is missing', () => {
      const { requiredField } = breakable[name];
      expect(schema.required).toContain(requiredField);
      const broken = { ...example };
      delete broken[requiredField];
      expect(validate(name, broken).length).toBeGreaterThan(0);
    });

    it('rejects properties the schema does not know', () => {
      expect(validate(name, { ...example, surprise: 1 }).length).toBeGreaterThan(0);
    });

    it('requires and bounds every indexed field', () => {
      const indexed = (schema.indexes ?? []).flatMap((index) =>
        typeof index === 'string' ? [index] : [...index],
      );
      for (const field of indexed) {
        expect(schema.required).toContain(field);
      }
    });
  });
});

describe('schema field rules', () => {
  it('rejects a badly formed date, instant and country code', () => {
    const visit = validExamples.visits;
    expect(validate('visits', { ...visit, startDate: '10/06/2025' })).not.toEqual([]);
    expect(validate('visits', { ...visit, destinationCountry: 'gb' })).not.toEqual([]);
    expect(validate('visits', { ...visit, createdAt: 'yesterday' })).not.toEqual([]);
  });

  it('rejects an agenda time that is not YYYY-MM-DDTHH:mm', () => {
    const item = validExamples.agendaItems;
    expect(validate('agendaItems', { ...item, start: '2025-06-12 18:00' })).not.toEqual([]);
    expect(validate('agendaItems', { ...item, start: '2025-06-12T18:00:00' })).not.toEqual([]);
  });

  it('rejects a nested delegation member with an unknown role', () => {
    const visit = validExamples.visits;
    const members = [{ contactId: visit.members[0]?.contactId, role: 'spy' }];
    expect(validate('visits', { ...visit, members })).not.toEqual([]);
  });

  it('accepts any JSON as a conflict value', () => {
    for (const value of [null, 3, 'x', [1, { a: true }], { deep: { er: [] } }]) {
      expect(validate('conflicts', { ...validExamples.conflicts, localValue: value })).toEqual([]);
    }
  });

  it('rejects a contact still in the version 0 shape', () => {
    const v0Shaped: Record<string, unknown> = { ...validExamples.contacts, email: 'a@b.de' };
    delete v0Shaped.emails;
    delete v0Shaped.phones;
    expect(validate('contacts', v0Shaped)).not.toEqual([]);
  });
});
