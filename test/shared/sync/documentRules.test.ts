import { describe, expect, it } from 'vitest';
import { SYNCED_COLLECTION_NAMES } from '../../../shared/domain/collectionNames';
import { erasedContact } from '../../../shared/domain/contact';
import { collectionSchemas } from '../../../shared/domain/schemas';
import { buildSampleWorkspace } from '../../../shared/sample/birminghamLeipzig';
import {
  ARRAY_LIMITS,
  DOCUMENT_ISSUE_REASONS,
  documentIssues,
  isIdField,
} from '../../../shared/sync/documentRules';
import type { SchemaNode } from '../../../shared/sync/schemaCheck';
import { contactFields, organisationFields } from '../../renderer/entityFields';

const NOW = '2025-06-01T09:00:00.000Z';
const ID = '3f2b6c1e-8d4a-4f7b-9c2e-1a5d7e9b0c4f';
const OTHER = '9a1c3e5f-7b2d-4e6f-8a0b-2c4d6e8f0a1b';
const base = { id: ID, createdAt: NOW, updatedAt: NOW, updatedBy: 'u1', tags: [], _deleted: false };
const contact = (overrides: Record<string, unknown> = {}) => ({
  ...base,
  ...contactFields({ givenNames: 'Burkhard', familyName: 'Jung' }),
  ...overrides,
});
const organisation = (overrides: Record<string, unknown> = {}) => ({
  ...base,
  ...organisationFields({ name: 'Stadt Leipzig' }),
  ...overrides,
});

/** Every field path (without indices) of a schema, with its node. */
function fieldsOf(node: SchemaNode, path = ''): [string, SchemaNode][] {
  const found: [string, SchemaNode][] = path ? [[path, node]] : [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    found.push(...fieldsOf(child, path ? `${path}.${key}` : key));
  }
  if (node.items) found.push(...fieldsOf(node.items, path).filter(([p]) => p !== path));
  return found;
}

describe('documentIssues', () => {
  it('accepts every document of the sample workspace, and tombstones of them', () => {
    const sample = buildSampleWorkspace(NOW);
    for (const name of SYNCED_COLLECTION_NAMES) {
      for (const document of sample[name]) {
        expect(documentIssues(name, { ...document, _deleted: false })).toEqual([]);
        expect(documentIssues(name, { ...document, _deleted: true })).toEqual([]);
      }
    }
  });

  it("accepts an erased person's tombstone, full or with only its id and erasedAt", () => {
    const erased = erasedContact({ id: ID, createdAt: NOW }, NOW, 'u1');
    expect(documentIssues('contacts', { ...erased, _deleted: true })).toEqual([]);
    expect(documentIssues('contacts', { id: ID, erasedAt: NOW, _deleted: true })).toEqual([]);
    // A live document must be whole.
    expect(documentIssues('contacts', { id: ID, erasedAt: NOW, _deleted: false })).toContainEqual({
      field: 'givenNames',
      reason: 'schema',
    });
  });

  it.each([
    ['', 'empty'],
    [' ', 'blank'],
    ['../../etc/passwd', 'a path'],
    ['<img src=x onerror=alert(1)>', 'markup'],
  ])('refuses the id %j (%s)', (id) => {
    expect(documentIssues('contacts', contact({ id }))).toContainEqual({
      field: 'id',
      reason: 'id',
    });
  });

  it('refuses links that are not ids, in fields and in lists', () => {
    const issues = documentIssues('notes', {
      ...base,
      date: NOW,
      author: 'Ann',
      body: 'Met at the Rathaus',
      links: { contactIds: [OTHER, 'x'], organisationIds: [], visitIds: [], agendaItemIds: [] },
    });
    expect(issues).toEqual([{ field: 'links.contactIds.1', reason: 'id' }]);
    expect(
      documentIssues('contacts', contact({ affiliations: [{ organisationId: 'o1', role: 'x' }] })),
    ).toEqual([{ field: 'affiliations.0.organisationId', reason: 'id' }]);
  });

  it('refuses control characters, allowing tab and line feed in multi-line text only', () => {
    expect(documentIssues('contacts', contact({ familyName: 'Ju\nng' }))).toEqual([
      { field: 'familyName', reason: 'control_character' },
    ]);
    expect(documentIssues('contacts', contact({ familyName: 'Ju\u0000ng' }))).toEqual([
      { field: 'familyName', reason: 'control_character' },
    ]);
    expect(documentIssues('contacts', contact({ notes: 'one\n\ttwo' }))).toEqual([]);
    expect(documentIssues('contacts', contact({ notes: 'one\r\ntwo' }))).toEqual([
      { field: 'notes', reason: 'control_character' },
    ]);
  });

  it('refuses unpaired surrogates and keeps real pairs', () => {
    expect(documentIssues('contacts', contact({ familyName: 'Jung \uD83D' }))).toEqual([
      { field: 'familyName', reason: 'unpaired_surrogate' },
    ]);
    expect(documentIssues('contacts', contact({ notes: '\uDE00 late' }))).toEqual([
      { field: 'notes', reason: 'unpaired_surrogate' },
    ]);
    expect(documentIssues('contacts', contact({ familyName: 'Jung 😀' }))).toEqual([]);
  });

  it('accepts only https websites and image data URL photos', () => {
    expect(
      documentIssues('organisations', organisation({ website: 'javascript:alert(1)' })),
    ).toEqual([{ field: 'website', reason: 'url_scheme' }]);
    expect(
      documentIssues('organisations', organisation({ website: 'https://leipzig.de' })),
    ).toEqual([]);
    expect(
      documentIssues('contacts', contact({ photo: 'data:image/svg+xml;base64,PHN2Zz4=' })),
    ).toEqual([{ field: 'photo', reason: 'photo' }]);
    expect(
      documentIssues('contacts', contact({ photo: 'data:image/png;base64,iVBORw0K' })),
    ).toEqual([]);
  });

  it('bounds text and lists', () => {
    expect(documentIssues('contacts', contact({ familyName: 'J'.repeat(201) }))).toEqual([
      { field: 'familyName', reason: 'too_long' },
    ]);
    expect(documentIssues('contacts', contact({ tags: Array(101).fill('vip') }))).toEqual([
      { field: 'tags', reason: 'too_many' },
    ]);
  });

  it('applies the form rules to live documents', () => {
    expect(documentIssues('contacts', contact({ givenNames: ' ', familyName: '' }))).toEqual([
      { field: 'familyName', reason: 'rule' },
    ]);
  });

  it('refuses wrong types and unknown fields, and survives deep nesting', () => {
    let deep: unknown = 'end';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(documentIssues('contacts', contact({ familyName: deep }))).toEqual([
      { field: 'familyName', reason: 'schema' },
    ]);
    expect(documentIssues('contacts', contact({ extra: deep }))).toEqual([
      { field: 'extra', reason: 'schema' },
    ]);
    expect(documentIssues('contacts', [deep])).toEqual([{ field: '(document)', reason: 'schema' }]);
    expect(documentIssues('contacts', null)).toEqual([{ field: '(document)', reason: 'schema' }]);
  });

  it('bounds every string and every list of every collection, and knows every id field', () => {
    for (const name of SYNCED_COLLECTION_NAMES) {
      for (const [path, node] of fieldsOf(collectionSchemas[name].schema as SchemaNode)) {
        if (node.type === 'string') expect(node.maxLength, `${name}.${path}`).toBeDefined();
        if (node.type === 'array') expect(ARRAY_LIMITS[path], `${name}.${path}`).toBeDefined();
        // Every field as long as an id is an id field, and the other way round.
        const idLike = node.type === 'string' && node.maxLength === 36;
        expect(isIdField(path) && node.type === 'string', `${name}.${path}`).toBe(idLike);
      }
    }
  });

  it('documents a small, stable list of reasons', () => {
    // The app words each of these in English and German: a change here is a change there.
    expect(DOCUMENT_ISSUE_REASONS).toEqual([
      'schema',
      'id',
      'control_character',
      'unpaired_surrogate',
      'url_scheme',
      'photo',
      'too_long',
      'too_many',
      'rule',
      'author',
      'duplicate_id',
    ]);
  });
});
