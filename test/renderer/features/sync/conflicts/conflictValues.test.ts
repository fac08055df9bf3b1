import { describe, expect, it } from 'vitest';
import { conflictSubject } from '../../../../../renderer/features/sync/conflicts/conflictSubject';
import {
  fieldLabel,
  groupConflicts,
  showConflictValue,
} from '../../../../../renderer/features/sync/conflicts/conflictValues';
import type { Conflict } from '../../../../../shared/domain/conflict';
import type { EntityByCollection } from '../../../../../shared/domain/schemas';

const labels = {
  office: 'Office',
  spokenForm: 'Spoken form',
  familyName: 'Family name',
  emails: 'Email addresses',
  label: 'Label',
  address: 'Address',
  hotel: 'Hotel',
};

describe('showConflictValue', () => {
  it('writes plain values as they are', () => {
    expect(showConflictValue('Jung', 'familyName')).toEqual({ kind: 'text', lines: ['Jung'] });
    expect(showConflictValue(1992, 'since')).toEqual({ kind: 'text', lines: ['1992'] });
    expect(showConflictValue('Line one\nLine two', 'notes')).toEqual({
      kind: 'text',
      lines: ['Line one\nLine two'],
    });
  });

  it('tells a removed field from an empty one', () => {
    expect(showConflictValue(undefined, 'pronunciation')).toEqual({ kind: 'removed' });
    for (const empty of ['', null, [], {}]) {
      expect(showConflictValue(empty, 'tags')).toEqual({ kind: 'empty' });
    }
  });

  it('writes yes or no for flags', () => {
    expect(showConflictValue(true, 'flag')).toEqual({ kind: 'yes' });
    expect(showConflictValue(false, 'flag')).toEqual({ kind: 'no' });
  });

  it('shows a list one item per line, objects in it as labelled pairs', () => {
    expect(showConflictValue(['de', 'en-GB'], 'languages')).toEqual({
      kind: 'text',
      lines: ['de', 'en-GB'],
    });
    expect(
      showConflictValue(
        [
          { label: 'work', address: 'ob@leipzig.de' },
          { label: 'office', address: '' },
        ],
        'emails',
        labels,
      ),
    ).toEqual({
      kind: 'text',
      lines: ['Label: work, Address: ob@leipzig.de', 'Label: office'],
    });
  });

  it('shows an object one field per line, with field names it does not know as they are', () => {
    expect(
      showConflictValue(
        { hotel: 'Hyatt Regency', travel: 'BA 953', rooms: ['101', '102'] },
        'logistics',
        labels,
      ),
    ).toEqual({
      kind: 'text',
      lines: ['Hotel: Hyatt Regency', 'travel: BA 953', 'rooms: 101, 102'],
    });
  });

  it('says deleted or kept for an edit-versus-delete conflict', () => {
    expect(showConflictValue(true, '_deleted')).toEqual({ kind: 'deleted' });
    expect(showConflictValue(false, '_deleted')).toEqual({ kind: 'kept' });
  });
});

describe('fieldLabel', () => {
  it('translates each part of the path', () => {
    expect(fieldLabel('familyName', labels)).toBe('Family name');
    expect(fieldLabel('office.spokenForm', labels)).toBe('Office › Spoken form');
  });

  it('falls back to the path when a part is unknown', () => {
    expect(fieldLabel('office.seal', labels)).toBe('office.seal');
    expect(fieldLabel('customField', labels)).toBe('customField');
    expect(fieldLabel('constructor', labels)).toBe('constructor');
  });
});

describe('groupConflicts', () => {
  const conflict = (id: string, documentId: string, detectedAt: string, fieldPath = 'title') =>
    ({
      id,
      collectionName: 'visits',
      documentId,
      fieldPath,
      detectedAt,
      status: 'open',
    }) satisfies Conflict;

  it('groups by record, newest record first, newest conflict first within it', () => {
    const groups = groupConflicts([
      conflict('1', 'v1', '2025-06-10T09:00:00Z'),
      conflict('2', 'v2', '2025-06-11T09:00:00Z'),
      conflict('3', 'v1', '2025-06-12T09:00:00Z', 'status'),
      { ...conflict('4', 'v1', '2025-06-11T10:00:00Z'), collectionName: 'contacts' as const },
    ]);
    expect(groups.map((group) => [group.key, group.conflicts.map((c) => c.id)])).toEqual([
      ['visits:v1', ['3', '1']],
      ['contacts:v1', ['4']],
      ['visits:v2', ['2']],
    ]);
    expect(groupConflicts([])).toEqual([]);
  });
});

describe('conflictSubject', () => {
  // Only the fields a title and a page are made of; the rest of each record does not matter.
  const base = { id: 'x1', createdAt: '', updatedAt: '', updatedBy: '', tags: [] };

  it('names each kind of record and links to the page that shows it', () => {
    expect(
      conflictSubject('contacts', {
        ...base,
        givenNames: 'Burkhard',
        familyName: 'Jung',
        titlesBefore: 'Dr.',
        nameOrder: 'given-first',
      } as unknown as EntityByCollection['contacts']),
    ).toEqual({ title: 'Dr. Burkhard Jung', path: '/contacts/x1' });
    expect(
      conflictSubject('organisations', {
        ...base,
        name: 'Stadt Leipzig',
      } as unknown as EntityByCollection['organisations']),
    ).toEqual({ title: 'Stadt Leipzig', path: '/organisations/x1' });
    expect(
      conflictSubject('partnerships', {
        ...base,
        parties: [
          { kind: 'city', name: 'Birmingham' },
          { kind: 'city', name: 'Leipzig' },
        ],
      } as unknown as EntityByCollection['partnerships']),
    ).toEqual({ title: 'Birmingham – Leipzig', path: '/partnerships/x1' });
    expect(
      conflictSubject('visits', {
        ...base,
        title: 'Leipzig delegation',
      } as unknown as EntityByCollection['visits']),
    ).toEqual({ title: 'Leipzig delegation', path: '/visits/x1' });
    expect(
      conflictSubject('agendaItems', {
        ...base,
        title: 'Visit to Aston University',
        visitId: 'v9',
      } as unknown as EntityByCollection['agendaItems']),
    ).toEqual({ title: 'Visit to Aston University', path: '/visits/v9' });
    expect(
      conflictSubject('followUps', {
        ...base,
        title: 'Thank-you letter',
      } as unknown as EntityByCollection['followUps']),
    ).toEqual({ title: 'Thank-you letter', path: '/follow-ups' });
  });

  it('names a note by its first line and links to what it is about, if anything', () => {
    const note = (links: Partial<EntityByCollection['notes']['links']>) =>
      ({
        ...base,
        body: 'Met the Lord Mayor\nAgreed on a festival visit.',
        links: { contactIds: [], organisationIds: [], visitIds: [], agendaItemIds: [], ...links },
      }) as unknown as EntityByCollection['notes'];
    expect(conflictSubject('notes', note({ contactIds: ['c1'], visitIds: ['v1'] }))).toEqual({
      title: 'Met the Lord Mayor',
      path: '/visits/v1',
    });
    expect(conflictSubject('notes', note({}))).toEqual({ title: 'Met the Lord Mayor' });
  });
});
