import { describe, expect, it } from 'vitest';
import {
  getAtPath,
  pathParts,
  putAtPath,
  setAtPath,
  unsetAtPath,
} from '../../../shared/sync/documentPath';

const contact = Object.freeze({
  id: 'c1',
  familyName: 'Jung',
  office: Object.freeze({ title: 'Oberbürgermeister', spokenForm: 'Herr Oberbürgermeister' }),
  emails: Object.freeze([Object.freeze({ label: 'work', address: 'ob@leipzig.de' })]),
});

describe('documentPath', () => {
  it('reads top-level and nested fields, and nothing for missing ones', () => {
    expect(getAtPath(contact, 'familyName')).toBe('Jung');
    expect(getAtPath(contact, 'office.spokenForm')).toBe('Herr Oberbürgermeister');
    expect(getAtPath(contact, 'office.formalStyle')).toBeUndefined();
    expect(getAtPath(contact, 'logistics.hotel')).toBeUndefined();
    expect(getAtPath(contact, 'familyName.length')).toBeUndefined();
    expect(getAtPath(contact, 'emails')).toEqual([{ label: 'work', address: 'ob@leipzig.de' }]);
  });

  it('sets a nested field on a copy, leaving the frozen original and its siblings alone', () => {
    const changed = setAtPath(contact, 'office.spokenForm', 'Lord Mayor');
    expect(changed.office).toEqual({ title: 'Oberbürgermeister', spokenForm: 'Lord Mayor' });
    expect(contact.office.spokenForm).toBe('Herr Oberbürgermeister');
    expect(changed.emails).toBe(contact.emails);
    expect(changed).not.toBe(contact);
  });

  it('creates the objects on the way when they are missing', () => {
    expect(setAtPath({ id: 'v1' }, 'logistics.hotel', 'Hyatt')).toEqual({
      id: 'v1',
      logistics: { hotel: 'Hyatt' },
    });
    expect(setAtPath({ id: 'v1', logistics: 'x' }, 'logistics.hotel', 'Hyatt')).toEqual({
      id: 'v1',
      logistics: { hotel: 'Hyatt' },
    });
  });

  it('sets whole values: arrays and objects replace what was there', () => {
    const changed = setAtPath(contact, 'emails', []);
    expect(changed.emails).toEqual([]);
    expect(setAtPath(contact, 'office', { title: 'Mayor' }).office).toEqual({ title: 'Mayor' });
  });

  it('removes a field on a copy, keeping the object around it', () => {
    const changed = unsetAtPath(contact, 'office.spokenForm');
    expect(changed.office).toEqual({ title: 'Oberbürgermeister' });
    expect('spokenForm' in changed.office).toBe(false);
    expect(contact.office.spokenForm).toBe('Herr Oberbürgermeister');
    const withoutName = unsetAtPath(contact, 'familyName');
    expect('familyName' in withoutName).toBe(false);
  });

  it('leaves the document as it is when the field to remove is not there', () => {
    expect(unsetAtPath(contact, 'pronunciation')).toBe(contact);
    expect(unsetAtPath(contact, 'logistics.hotel')).toBe(contact);
    expect(unsetAtPath(contact, 'familyName.first')).toBe(contact);
  });

  it('puts a value, or removes the field when the value is undefined', () => {
    expect(putAtPath(contact, 'familyName', 'Jung-Müller').familyName).toBe('Jung-Müller');
    expect('familyName' in putAtPath(contact, 'familyName', undefined)).toBe(false);
    expect(putAtPath(contact, 'office.formalStyle', null).office).toEqual({
      ...contact.office,
      formalStyle: null,
    });
  });

  it('refuses empty parts and parts that reach a prototype', () => {
    expect(pathParts('office.spokenForm')).toEqual(['office', 'spokenForm']);
    for (const path of ['', 'office.', '.x', '__proto__.polluted', 'constructor.prototype']) {
      expect(() => setAtPath({}, path, 1)).toThrow(/Not a field path/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
