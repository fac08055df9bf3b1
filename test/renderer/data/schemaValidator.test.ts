import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { getValidator } from 'rxdb/plugins/validate-z-schema';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/data/database';
import { validatorsByFingerprint } from '../../../renderer/data/generated/schemaValidators';
import { schemaFingerprint } from '../../../renderer/data/schemaFingerprint';
import { compiledValidator, loadSchemaValidation } from '../../../renderer/data/schemaValidator';
import {
  generatedValidatorsPath,
  generateValidatorsModule,
  storageSchemaOf,
} from '../../../scripts/generateValidators';
import { collectionSchemas, type CollectionName } from '../../../shared/domain/schemas';
import { buildSampleWorkspace } from '../../../shared/sample/birminghamLeipzig';
import { contactSchema } from '../../../shared/domain/contactSchema';
import { contactFields } from '../appHarness';

// Loaded on demand in the app (the store's opening loads it).
await loadSchemaValidation();

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

/** A document as the store holds it: RxDB's own fields added. */
function stored(document: Record<string, unknown>): Record<string, unknown> {
  return {
    ...document,
    _deleted: false,
    _rev: '1-abc',
    _attachments: {},
    _meta: { lwt: 1733222222222.12 },
  };
}

/** Values that break, or only nearly break, one property of a schema. */
function variants(property: Record<string, unknown>): unknown[] {
  const values: unknown[] = [null, 42, true, {}, [], 'x', '', '\u0000', 'Ø'.repeat(3)];
  if (typeof property.maxLength === 'number') {
    const limit = property.maxLength;
    // Astral characters: a limit in code points, not UTF-16 units.
    values.push(
      '😀'.repeat(limit),
      '😀'.repeat(limit + 1),
      'a'.repeat(limit + 1),
      'محمد'.slice(0, limit),
    );
  }
  if (Array.isArray(property.enum)) values.push(`${String(property.enum[0])} `, property.enum[0]);
  if (property.type === 'array') values.push([42], ['\u0000'], [{}]);
  return values;
}

describe('the validators generated at build time', () => {
  it('are those the generator writes now (npm run generate:validators after a schema change)', async () => {
    const written = await readFile(generatedValidatorsPath, 'utf8');
    expect(
      written === generateValidatorsModule(),
      'renderer/data/generated/schemaValidators.ts is stale',
    ).toBe(true);
  });

  it.each(Object.keys(collectionSchemas))(
    'are found for the storage schema RxDB gives %s',
    async (name) => {
      const database = await createDatabase('validators', {
        dexie: { indexedDB: new IDBFactory(), IDBKeyRange },
        devMode: false,
      });
      try {
        const schema = database.collections[name as CollectionName]!.schema.jsonSchema;
        expect(validatorsByFingerprint).toHaveProperty(schemaFingerprint(schema));
      } finally {
        await database.close();
      }
    },
  );

  const workspace = buildSampleWorkspace('2025-06-01T09:00:00.000Z');
  it.each(Object.entries(collectionSchemas).filter(([name]) => name in workspace))(
    'judge every %s document and every broken variant as z-schema does',
    (name, { schema }) => {
      const storageSchema = storageSchemaOf(schema);
      const generated = compiledValidator(storageSchema as never);
      // z-schema with the schema prepared once (RxDB's plugin prepares it on every call).
      const reference = compiledValidator({ ...storageSchema, title: 'z-schema' } as never);
      expect(schemaFingerprint({ ...storageSchema, title: 'z-schema' })).not.toBe(
        schemaFingerprint(storageSchema),
      );
      const documents = workspace[name as keyof typeof workspace] as unknown as Record<
        string,
        unknown
      >[];
      expect(documents.length).toBeGreaterThan(0);
      const properties = storageSchema.properties as unknown as Record<
        string,
        Record<string, unknown>
      >;
      let refused = 0;
      let checked = 0;
      for (const document of documents) {
        const candidates: Record<string, unknown>[] = [stored(document)];
        for (const [key, property] of Object.entries(properties)) {
          for (const value of variants(property))
            candidates.push({ ...stored(document), [key]: value });
          const { [key]: _dropped, ...without } = stored(document);
          candidates.push(without);
          // The fields of an array's objects (e-mails, phones, affiliations…), in its first item.
          const items = property.items as { properties?: Record<string, Record<string, unknown>> };
          const first = (document[key] as Record<string, unknown>[] | undefined)?.[0];
          if (!items?.properties || typeof first !== 'object') continue;
          for (const [field, itemProperty] of Object.entries(items.properties)) {
            for (const value of variants(itemProperty)) {
              const list = [{ ...first, [field]: value }, ...(document[key] as unknown[]).slice(1)];
              candidates.push({ ...stored(document), [key]: list });
            }
          }
        }
        candidates.push({ ...stored(document), unknownField: 'x' });
        candidates.push({ ...stored(document), _meta: { lwt: 1733222222222.12, liaisonFlag: 1 } });
        candidates.push({ ...stored(document), _meta: { lwt: 1.005 } });
        for (const candidate of candidates) {
          const expected = reference(candidate).length === 0;
          const got = generated(candidate).length === 0;
          if (got !== expected) {
            expect.fail(
              `${name} ${JSON.stringify(candidate)}: generated ${got}, z-schema ${expected}`,
            );
          }
          if (!got) refused++;
          checked++;
        }
      }
      expect(generated(stored(documents[0]!))).toEqual([]);
      // The variants do break documents: most are refused, and some are not.
      expect(refused).toBeGreaterThan(checked / 2);
      expect(refused).toBeLessThan(checked);
    },
  );
});
