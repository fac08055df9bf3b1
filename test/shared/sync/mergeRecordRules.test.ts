import { describe, expect, it } from 'vitest';
import { deriveAgendaUtc } from '../../../shared/domain/agenda';
import { validateAgendaItem } from '../../../shared/domain/agendaItemValidation';
import { moveAgendaTimes } from '../../../shared/domain/agendaMove';
import { mergeDocuments } from '../../../shared/sync/mergeDocuments';
import { ids, leipzigDelegation, lordMayor, reception, twinning } from '../domain/exampleDocuments';

const item = { ...reception, _deleted: false };

/** The item in another zone, local times kept, UTC re-derived (as the form saves it). */
function inZone(timeZone: string) {
  const changed = { ...item, timeZone };
  return { ...changed, ...deriveAgendaUtc(changed), updatedBy: 'kim' };
}

describe('mergeDocuments: agenda item times', () => {
  it('keeps local times and UTC times from one zone when a Move meets a zone change', () => {
    const moved = { ...item, ...moveAgendaTimes(item, '2025-06-12T19:00'), updatedBy: 'sam' };
    const rezoned = inZone('Europe/Berlin');
    const { merged, conflicts } = mergeDocuments(item, moved, rezoned, 'agendaItems');
    expect(merged).toMatchObject({
      start: rezoned.start,
      end: rezoned.end,
      timeZone: 'Europe/Berlin',
      ...deriveAgendaUtc(rezoned),
    });
    expect(conflicts).toEqual([
      { fieldPath: 'start', localValue: '2025-06-12T19:00', serverValue: item.start },
      { fieldPath: 'end', localValue: '2025-06-12T21:00', serverValue: item.end },
    ]);
  });

  it('never takes the start from one writer and the end from another', () => {
    const moved = { ...item, ...moveAgendaTimes(item, '2025-06-12T20:30') };
    const shortened = { ...item, end: '2025-06-12T19:00', endUtc: '2025-06-12T18:00:00Z' };
    const { merged, conflicts } = mergeDocuments(item, moved, shortened, 'agendaItems');
    expect(merged).toMatchObject({
      start: item.start,
      end: '2025-06-12T19:00',
      startUtc: item.startUtc,
      endUtc: '2025-06-12T18:00:00Z',
    });
    expect(validateAgendaItem(merged)).toEqual([]);
    expect(conflicts.map((conflict) => conflict.fieldPath)).toEqual(['start', 'end']);
  });

  it("takes one side's times whole when only that side changed them, with its UTC times", () => {
    const rezoned = inZone('Europe/Berlin');
    const retitled = { ...item, title: 'Reception at the Council House' };
    const { merged, conflicts } = mergeDocuments(item, rezoned, retitled, 'agendaItems');
    expect(merged).toMatchObject({
      title: 'Reception at the Council House',
      timeZone: 'Europe/Berlin',
      startUtc: '2025-06-12T16:00:00Z',
      endUtc: '2025-06-12T18:00:00Z',
    });
    expect(conflicts).toEqual([]);
  });

  it('recomputes the UTC times from the merged fields instead of merging them', () => {
    // The server's copy carries UTC times that do not match its local times
    // (an older client); they must not survive a merge that touches the times.
    const stale = { ...item, title: 'Reception', startUtc: '2025-06-12T10:00:00Z' };
    const moved = { ...item, ...moveAgendaTimes(item, '2025-06-12T19:00') };
    const { merged } = mergeDocuments(item, moved, stale, 'agendaItems');
    expect(merged).toMatchObject({ start: '2025-06-12T19:00', startUtc: '2025-06-12T18:00:00Z' });
  });
});

describe('mergeDocuments: record rules', () => {
  it("keeps a visit's dates from one writer", () => {
    const visit = { ...leipzigDelegation, _deleted: false };
    const shifted = { ...visit, startDate: '2025-06-14', endDate: '2025-06-16' };
    const shortened = { ...visit, endDate: '2025-06-11' };
    const { merged, conflicts } = mergeDocuments(visit, shifted, shortened, 'visits');
    expect(merged).toMatchObject({ startDate: '2025-06-10', endDate: '2025-06-11' });
    expect(conflicts).toEqual([
      { fieldPath: 'startDate', localValue: '2025-06-14', serverValue: '2025-06-10' },
      { fieldPath: 'endDate', localValue: '2025-06-16', serverValue: '2025-06-11' },
    ]);
  });

  it("keeps the server's parties when merging both removals would leave too few", () => {
    const party = (name: string, organisationId: string) => ({
      kind: 'organisation' as const,
      name,
      organisationId,
    });
    const birmingham = party('Birmingham City Council', ids.councilOrg);
    const leipzig = party('Stadt Leipzig', '8f0c2b1e-0000-4000-8000-0000000000bb');
    const lyon = party('Ville de Lyon', '8f0c2b1e-0000-4000-8000-0000000000cc');
    const three = { ...twinning, parties: [birmingham, leipzig, lyon], _deleted: false };
    const mine = { ...three, parties: [birmingham, lyon], since: 1993 };
    const theirs = { ...three, parties: [leipzig, lyon] };
    const { merged, conflicts } = mergeDocuments(three, mine, theirs, 'partnerships');
    expect(merged.parties).toEqual([leipzig, lyon]);
    expect(merged.since).toBe(1993);
    expect(conflicts).toEqual([
      { fieldPath: 'parties', localValue: [birmingham, lyon], serverValue: [leipzig, lyon] },
    ]);
  });

  it("falls back to the server's record when the offending field is already the server's", () => {
    const contact = { ...lordMayor, _deleted: false };
    const mine = { ...contact, givenNames: '' };
    const theirs = { ...contact, familyName: '', honorific: 'Councillor' };
    const { merged, conflicts } = mergeDocuments(contact, mine, theirs, 'contacts');
    expect(merged).toMatchObject({ givenNames: 'Zafar', familyName: '', honorific: 'Councillor' });
    expect(conflicts).toEqual([{ fieldPath: 'givenNames', localValue: '', serverValue: 'Zafar' }]);
  });

  it('keeps the forms of address of one office together', () => {
    const contact = { ...lordMayor, _deleted: false };
    const office = { title: 'Deputy Lord Mayor', spokenForm: 'Deputy Lord Mayor' };
    const mine = { ...contact, office };
    const theirs = {
      ...contact,
      office: { ...office, ...contact.office, spokenForm: 'My Lord Mayor' },
    };
    const { merged, conflicts } = mergeDocuments(contact, mine, theirs, 'contacts');
    expect(merged.office).toEqual(theirs.office);
    expect(conflicts.map((conflict) => conflict.fieldPath)).toEqual([
      'office.title',
      'office.formalStyle',
      'office.spokenForm',
    ]);
  });

  it('merges field by field only, as before, without a collection name', () => {
    const moved = { ...item, ...moveAgendaTimes(item, '2025-06-12T19:00') };
    const { merged } = mergeDocuments(item, moved, inZone('Europe/Berlin'));
    expect(merged.start).toBe('2025-06-12T19:00');
  });
});
