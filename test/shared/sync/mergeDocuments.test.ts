import { describe, expect, it } from 'vitest';
import { erasedContact } from '../../../shared/domain/contact';
import { isErasure, mergeDocuments, replicatedData } from '../../../shared/sync/mergeDocuments';

const base = {
  id: 'c1',
  givenNames: 'Burkhard',
  familyName: 'Jung',
  pronunciation: 'yoong',
  office: { title: 'Oberbürgermeister', spokenForm: 'Herr Oberbürgermeister' },
  languages: ['de'],
  updatedAt: '2025-06-01T09:00:00Z',
  updatedBy: 'ann',
  _deleted: false,
};

describe('mergeDocuments', () => {
  it('keeps both sides when they changed different fields', () => {
    const mine = {
      ...base,
      pronunciation: 'YOONG',
      updatedAt: '2025-06-02T10:00:00Z',
      updatedBy: 'sam',
    };
    const theirs = {
      ...base,
      givenNames: 'Burkhard B.',
      updatedAt: '2025-06-02T09:00:00Z',
      updatedBy: 'kim',
    };
    const { merged, conflicts } = mergeDocuments(base, mine, theirs);
    expect(merged).toMatchObject({
      givenNames: 'Burkhard B.',
      pronunciation: 'YOONG',
      updatedBy: 'sam',
    });
    expect(conflicts).toEqual([]);
  });

  it("takes the server's value when both changed one field, and reports the local one", () => {
    const mine = { ...base, familyName: 'Jung-Meier' };
    const theirs = { ...base, familyName: 'Jung-Schulz' };
    const { merged, conflicts } = mergeDocuments(base, mine, theirs);
    expect(merged.familyName).toBe('Jung-Schulz');
    expect(conflicts).toEqual([
      { fieldPath: 'familyName', localValue: 'Jung-Meier', serverValue: 'Jung-Schulz' },
    ]);
  });

  it('is not a conflict when both sides made the same change', () => {
    const mine = { ...base, familyName: 'Jung-Meier' };
    const { merged, conflicts } = mergeDocuments(base, mine, { ...mine });
    expect(merged.familyName).toBe('Jung-Meier');
    expect(conflicts).toEqual([]);
  });

  it('merges nested objects field by field', () => {
    const mine = {
      ...base,
      office: { ...base.office, title: 'Oberbürgermeister der Stadt Leipzig' },
    };
    const theirs = { ...base, office: { ...base.office, spokenForm: 'Herr Jung' } };
    const { merged, conflicts } = mergeDocuments(base, mine, theirs);
    expect(merged.office).toEqual({
      title: 'Oberbürgermeister der Stadt Leipzig',
      spokenForm: 'Herr Jung',
    });
    expect(conflicts).toEqual([]);
  });

  it('reports a nested field by its dotted path', () => {
    const mine = { ...base, office: { ...base.office, spokenForm: 'Lord Mayor' } };
    const theirs = { ...base, office: { ...base.office, spokenForm: 'Herr Jung' } };
    expect(mergeDocuments(base, mine, theirs).conflicts).toEqual([
      { fieldPath: 'office.spokenForm', localValue: 'Lord Mayor', serverValue: 'Herr Jung' },
    ]);
  });

  it('merges arrays of ids as sets: additions from both, removals from both', () => {
    const item = { id: 'i1', attendeeIds: ['a', 'b', 'c'], _deleted: false };
    const mine = { ...item, attendeeIds: ['a', 'c', 'd'] }; // removed b, added d
    const theirs = { ...item, attendeeIds: ['a', 'b', 'c', 'e'] }; // added e
    const { merged, conflicts } = mergeDocuments(item, mine, theirs);
    expect(merged.attendeeIds).toEqual(['a', 'c', 'e', 'd']);
    expect(conflicts).toEqual([]);
  });

  it('merges visit members by contact as a set', () => {
    const visit = { id: 'v1', members: [{ contactId: 'a', role: 'lead' }], _deleted: false };
    const mine = { ...visit, members: [...visit.members, { contactId: 'b', role: 'delegate' }] };
    const theirs = { ...visit, members: [...visit.members, { contactId: 'c', role: 'press' }] };
    expect(mergeDocuments(visit, mine, theirs).merged.members).toEqual([
      { contactId: 'a', role: 'lead' },
      { contactId: 'c', role: 'press' },
      { contactId: 'b', role: 'delegate' },
    ]);
  });

  it('lets an edit beat a concurrent delete, recording that the server deleted it', () => {
    const mine = { ...base, pronunciation: 'YOONG' };
    const theirs = { ...base, _deleted: true };
    const { merged, conflicts } = mergeDocuments(base, mine, theirs);
    expect(merged._deleted).toBe(false);
    expect(merged.pronunciation).toBe('YOONG');
    expect(conflicts).toEqual([{ fieldPath: '_deleted', localValue: false, serverValue: true }]);
  });

  it('keeps the server edit when the local side deleted, recording the local delete', () => {
    const mine = { ...base, _deleted: true };
    const theirs = { ...base, familyName: 'Jung-Schulz' };
    const { merged, conflicts } = mergeDocuments(base, mine, theirs);
    expect(merged).toMatchObject({ _deleted: false, familyName: 'Jung-Schulz' });
    expect(conflicts).toEqual([{ fieldPath: '_deleted', localValue: true, serverValue: false }]);
  });

  it('keeps what was edited here before a local delete that lost to a server edit', () => {
    // Edited offline, then deleted; meanwhile a colleague edited the same record.
    const mine = { ...base, pronunciation: 'YOONG', givenNames: 'B.', _deleted: true };
    const theirs = { ...base, familyName: 'Jung-Schulz', givenNames: 'Burkhard B.' };
    const { merged, conflicts } = mergeDocuments(base, mine, theirs);
    expect(merged).toMatchObject({
      _deleted: false,
      familyName: 'Jung-Schulz',
      pronunciation: 'YOONG',
      givenNames: 'Burkhard B.',
    });
    expect(conflicts).toEqual([
      { fieldPath: '_deleted', localValue: true, serverValue: false },
      { fieldPath: 'givenNames', localValue: 'B.', serverValue: 'Burkhard B.' },
    ]);
  });

  describe('erasure', () => {
    const erased = {
      ...erasedContact(
        { id: base.id, createdAt: '2025-01-01T00:00:00Z' },
        '2025-07-01T10:00:00Z',
        'dpo',
      ),
      _deleted: true,
    };

    it('beats a concurrent local edit and records none of the edited values', () => {
      const mine = { ...base, pronunciation: 'YOONG', familyName: 'Jung-Schulz' };
      const { merged, conflicts } = mergeDocuments(base, mine, erased as never);
      expect(merged).toEqual(erased);
      expect(conflicts).toEqual([]);
    });

    it('stays erased when the server holds a later edit of the person', () => {
      const theirs = { ...base, familyName: 'Jung-Schulz' };
      const { merged, conflicts } = mergeDocuments(base, erased as never, theirs);
      expect(merged).toEqual(erased);
      expect(JSON.stringify(merged)).not.toContain('Jung');
      expect(conflicts).toEqual([]);
    });

    it('tells an erasure from an ordinary delete', () => {
      expect(isErasure(erased)).toBe(true);
      expect(isErasure({ ...base, _deleted: true })).toBe(false);
      expect(isErasure({ ...erased, _deleted: false })).toBe(false);
    });
  });

  it('deletes when the other side did not change anything', () => {
    const theirs = { ...base, _deleted: true };
    expect(mergeDocuments(base, { ...base }, theirs).merged._deleted).toBe(true);
  });

  it('treats a missing base (both created the same id) as every field changed on both sides', () => {
    const mine = { ...base, familyName: 'A' };
    const theirs = { ...base, familyName: 'B' };
    const { conflicts } = mergeDocuments(undefined, mine, theirs);
    expect(conflicts.map((conflict) => conflict.fieldPath)).toEqual(['familyName']);
  });

  it('removes a field the local side cleared when the server left it alone', () => {
    const { pronunciation, ...withoutPronunciation } = base;
    const { merged } = mergeDocuments(base, withoutPronunciation, { ...base, givenNames: 'B.' });
    expect(merged).not.toHaveProperty('pronunciation');
    expect(merged.givenNames).toBe('B.');
  });
});

describe('replicatedData', () => {
  it("keeps a document's fields and _deleted, and drops the storage's bookkeeping", () => {
    expect(
      replicatedData({
        id: 'c1',
        familyName: 'Jung',
        _deleted: false,
        _rev: '3-abc',
        _meta: { lwt: 1 },
        _attachments: {},
      }),
    ).toEqual({ id: 'c1', familyName: 'Jung', _deleted: false });
  });
});
