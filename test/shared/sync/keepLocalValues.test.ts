import { describe, expect, it } from 'vitest';
import { deriveAgendaUtc } from '../../../shared/domain/agenda';
import { moveAgendaTimes } from '../../../shared/domain/agendaMove';
import { conflictsKeptTogether, withLocalValues } from '../../../shared/sync/keepLocalValues';
import { mergeDocuments } from '../../../shared/sync/mergeDocuments';
import { ids, lordMayor, reception } from '../domain/exampleDocuments';

const item = { ...reception, _deleted: false };

describe('Keep mine', () => {
  it('brings back a Move whole, with UTC times of the zone the record holds', () => {
    const moved = { ...item, ...moveAgendaTimes(item, '2025-06-12T19:00') };
    const rezoned = { ...item, timeZone: 'Europe/Berlin', title: 'Empfang' };
    const server = { ...rezoned, ...deriveAgendaUtc(rezoned) };
    const { merged, conflicts } = mergeDocuments(item, moved, server, 'agendaItems');
    const [start] = conflicts;
    const together = conflictsKeptTogether('agendaItems', start!, conflicts);
    expect(together.map((conflict) => conflict.fieldPath)).toEqual(['start', 'end']);
    const kept = withLocalValues('agendaItems', merged, together);
    expect(kept).toMatchObject({
      start: '2025-06-12T19:00',
      end: '2025-06-12T21:00',
      timeZone: 'Europe/Berlin',
      startUtc: '2025-06-12T17:00:00Z',
      endUtc: '2025-06-12T19:00:00Z',
      title: 'Empfang',
    });
  });

  it('keeps a field outside any group on its own', () => {
    const conflicts = [
      { fieldPath: 'title', localValue: 'A' },
      { fieldPath: 'start', localValue: '2025-06-12T19:00' },
    ];
    expect(conflictsKeptTogether('agendaItems', conflicts[0]!, conflicts)).toEqual([conflicts[0]]);
  });

  it("groups the dates of one affiliation, not another's", () => {
    const at = (org: string, field: string) => `affiliations[organisationId=${org}].${field}`;
    const conflicts = [
      { fieldPath: at(ids.councilOrg, 'from'), localValue: '2026-01-01' },
      { fieldPath: at(ids.councilOrg, 'to'), localValue: '2026-12-31' },
      { fieldPath: at(ids.astonOrg, 'to'), localValue: '2026-12-31' },
      { fieldPath: at(ids.councilOrg, 'role'), localValue: 'Mayor' },
    ];
    expect(conflictsKeptTogether('contacts', conflicts[0]!, conflicts)).toEqual(
      conflicts.slice(0, 2),
    );
    const kept = withLocalValues('contacts', lordMayor, conflicts.slice(0, 2));
    expect(kept.affiliations[0]).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('removes an element the local side had removed', () => {
    const path = `affiliations[organisationId=${ids.councilOrg}]`;
    expect(withLocalValues('contacts', lordMayor, [{ fieldPath: path }]).affiliations).toEqual([]);
  });
});
