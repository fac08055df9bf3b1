import { describe, expect, it } from 'vitest';
import {
  baseRequired,
  baseSchemaProperties,
  newBaseDocument,
  newId,
  stamp,
} from '../../../shared/domain/common';
import { withoutSensitiveFields, SENSITIVE_CONTACT_FIELDS } from '../../../shared/domain/contact';
import { lordMayor } from './exampleDocuments';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('makes distinct version 4 UUIDs that fit the primary key', () => {
    const ids = new Set(Array.from({ length: 100 }, newId));
    expect(ids.size).toBe(100);
    for (const id of ids) {
      expect(id).toMatch(UUID_V4);
      expect(id.length).toBeLessThanOrEqual(baseSchemaProperties.id.maxLength);
    }
  });
});

describe('newBaseDocument', () => {
  it('sets both times to now and the editor', () => {
    const doc = newBaseDocument('officer-1', '2025-06-12T17:00:00Z');
    expect(doc).toMatchObject({
      createdAt: '2025-06-12T17:00:00Z',
      updatedAt: '2025-06-12T17:00:00Z',
      updatedBy: 'officer-1',
      tags: [],
    });
    expect(Object.keys(doc).sort()).toEqual([...baseRequired].sort());
  });
});

describe('stamp', () => {
  it('updates who and when without touching the original or createdAt', () => {
    const stamped = stamp(lordMayor, 'officer-2', '2025-06-13T08:00:00Z');
    expect(stamped).toMatchObject({ updatedBy: 'officer-2', updatedAt: '2025-06-13T08:00:00Z' });
    expect(stamped.createdAt).toBe(lordMayor.createdAt);
    expect(lordMayor.updatedBy).toBe('officer-1');
  });
});

describe('withoutSensitiveFields', () => {
  it('drops dietary and accessibility needs and keeps the rest', () => {
    expect(SENSITIVE_CONTACT_FIELDS).toEqual(['dietaryNeeds', 'accessibilityNeeds']);
    const safe = withoutSensitiveFields({ ...lordMayor, accessibilityNeeds: 'step-free access' });
    expect(safe).not.toHaveProperty('dietaryNeeds');
    expect(safe).not.toHaveProperty('accessibilityNeeds');
    expect(safe.familyName).toBe('Iqbal');
    expect(lordMayor.dietaryNeeds).toBe('halal');
  });
});
