import { describe, expect, it } from 'vitest';
import { mergeDocuments } from '../../../shared/sync/mergeDocuments';
import { getAtFieldPath, putAtFieldPath } from '../../../shared/sync/mergePath';
import { ids, leipzigDelegation, lordMayor, twinning } from '../domain/exampleDocuments';

const council = ids.councilOrg;
const aston = ids.astonOrg;
const contact = {
  ...lordMayor,
  affiliations: [
    { organisationId: council, role: 'Lord Mayor', from: '2025-05-20' },
    { organisationId: aston, role: 'Visiting Fellow' },
  ],
  emails: [
    { label: 'work', address: 'lord.mayor@birmingham.gov.uk' },
    { label: 'office', address: 'mayors.office@birmingham.gov.uk' },
  ],
  _deleted: false,
};
const [councilRole, astonRole] = contact.affiliations as [
  (typeof contact.affiliations)[0],
  (typeof contact.affiliations)[0],
];
const newOrg = '8f0c2b1e-0000-4000-8000-0000000000aa';
const added = { organisationId: newOrg, role: 'Patron' };
const councilPath = `affiliations[organisationId=${council}]`;

describe('mergeDocuments: arrays of keyed objects', () => {
  it('keeps a local edit inside an element when the server added another', () => {
    const mine = {
      ...contact,
      affiliations: [{ ...councilRole, role: 'Lord Mayor 2025/26' }, astonRole],
    };
    const theirs = { ...contact, affiliations: [councilRole, astonRole, added] };
    const { merged, conflicts } = mergeDocuments(contact, mine, theirs, 'contacts');
    expect(merged.affiliations).toEqual([
      { ...councilRole, role: 'Lord Mayor 2025/26' },
      astonRole,
      added,
    ]);
    expect(conflicts).toEqual([]);
  });

  it('merges one element field by field, reporting the field both changed by its keyed path', () => {
    const mine = { ...contact, affiliations: [{ ...councilRole, role: 'Mayor' }, astonRole] };
    const theirs = {
      ...contact,
      affiliations: [{ ...councilRole, role: 'First Citizen', to: '2026-05-19' }, astonRole],
    };
    const { merged, conflicts } = mergeDocuments(contact, mine, theirs, 'contacts');
    expect(merged.affiliations[0]).toEqual({
      ...councilRole,
      role: 'First Citizen',
      to: '2026-05-19',
    });
    expect(conflicts).toEqual([
      { fieldPath: `${councilPath}.role`, localValue: 'Mayor', serverValue: 'First Citizen' },
    ]);
  });

  it('lets a local edit beat the removal of its element on the server, and reports it', () => {
    const edited = { ...astonRole, role: 'Honorary Professor' };
    const mine = { ...contact, affiliations: [councilRole, edited] };
    const theirs = { ...contact, affiliations: [councilRole] };
    const { merged, conflicts } = mergeDocuments(contact, mine, theirs, 'contacts');
    expect(merged.affiliations).toEqual([councilRole, edited]);
    expect(conflicts).toEqual([
      {
        fieldPath: `affiliations[organisationId=${aston}]`,
        localValue: edited,
        serverValue: undefined,
      },
    ]);
  });

  it("lets the server's edit beat a local removal of its element, and reports it", () => {
    const edited = { ...astonRole, role: 'Honorary Professor' };
    const mine = { ...contact, affiliations: [councilRole] };
    const theirs = { ...contact, affiliations: [councilRole, edited] };
    const { merged, conflicts } = mergeDocuments(contact, mine, theirs, 'contacts');
    expect(merged.affiliations).toEqual([councilRole, edited]);
    expect(conflicts).toEqual([
      {
        fieldPath: `affiliations[organisationId=${aston}]`,
        localValue: undefined,
        serverValue: edited,
      },
    ]);
  });

  it('removes an element one side removed and the other left alone, keeping server order', () => {
    const mine = { ...contact, affiliations: [added, astonRole] };
    const theirs = { ...contact, affiliations: [astonRole, councilRole] };
    const { merged, conflicts } = mergeDocuments(contact, mine, theirs, 'contacts');
    expect(merged.affiliations).toEqual([astonRole, added]);
    expect(conflicts).toEqual([]);
  });

  it('keeps the dates of one role from one writer', () => {
    const mine = {
      ...contact,
      affiliations: [{ ...councilRole, from: '2026-05-20', to: '2027-05-19' }, astonRole],
    };
    const theirs = { ...contact, affiliations: [{ ...councilRole, to: '2025-06-30' }, astonRole] };
    const { merged, conflicts } = mergeDocuments(contact, mine, theirs, 'contacts');
    expect(merged.affiliations[0]).toEqual({ ...councilRole, to: '2025-06-30' });
    expect(conflicts.map((conflict) => conflict.fieldPath)).toEqual([
      `${councilPath}.from`,
      `${councilPath}.to`,
    ]);
  });

  it('merges a whole array as one value when two elements share a key', () => {
    const twoRoles = {
      ...contact,
      affiliations: [councilRole, { ...councilRole, role: 'Councillor' }],
    };
    const mine = { ...twoRoles, affiliations: [councilRole] };
    const theirs = { ...twoRoles, affiliations: [...twoRoles.affiliations, added] };
    const { merged, conflicts } = mergeDocuments(twoRoles, mine, theirs, 'contacts');
    expect(merged.affiliations).toEqual(theirs.affiliations);
    expect(conflicts.map((conflict) => conflict.fieldPath)).toEqual(['affiliations']);
  });
});

describe('mergeDocuments: e-mail and phone rows, known by their value', () => {
  const [work, office] = contact.emails as [(typeof contact.emails)[0], (typeof contact.emails)[0]];

  it('keeps a relabelled row when the server added one', () => {
    const extra = { label: 'assistant', address: 'pa@birmingham.gov.uk' };
    const mine = { ...contact, emails: [{ ...work, label: 'official' }, office] };
    const theirs = { ...contact, emails: [work, office, extra] };
    const { merged, conflicts } = mergeDocuments(contact, mine, theirs, 'contacts');
    expect(merged.emails).toEqual([{ ...work, label: 'official' }, office, extra]);
    expect(conflicts).toEqual([]);
  });

  it('reports a label both changed at the path of its address (dots and all)', () => {
    const mine = { ...contact, emails: [work, { ...office, label: 'private office' }] };
    const theirs = { ...contact, emails: [work, { ...office, label: 'secretariat' }] };
    const { conflicts } = mergeDocuments(contact, mine, theirs, 'contacts');
    expect(conflicts).toEqual([
      {
        fieldPath: 'emails[address=mayors.office@birmingham.gov.uk].label',
        localValue: 'private office',
        serverValue: 'secretariat',
      },
    ]);
  });

  it('treats a changed number as the old row removed and a new one added', () => {
    const [phone] = contact.phones as [(typeof contact.phones)[0]];
    const mine = { ...contact, phones: [{ ...phone, number: '+44 121 303 2041' }] };
    const theirs = { ...contact, phones: [phone, { label: 'mobile', number: '+44 7700 900123' }] };
    const { merged, conflicts } = mergeDocuments(contact, mine, theirs, 'contacts');
    expect(merged.phones).toEqual([
      { label: 'mobile', number: '+44 7700 900123' },
      { ...phone, number: '+44 121 303 2041' },
    ]);
    expect(conflicts).toEqual([]);
  });
});

describe('mergeDocuments: other keyed arrays', () => {
  it("merges a delegation member's role with another member's arrival", () => {
    const visit = { ...leipzigDelegation, _deleted: false };
    const [member] = visit.members as [(typeof visit.members)[0]];
    const mine = { ...visit, members: [{ ...member, role: 'lead' as const }] };
    const theirs = {
      ...visit,
      members: [member, { contactId: ids.lordMayor, role: 'host' as const }],
    };
    const { merged, conflicts } = mergeDocuments(visit, mine, theirs, 'visits');
    expect(merged.members).toEqual([
      { ...member, role: 'lead' },
      { contactId: ids.lordMayor, role: 'host' },
    ]);
    expect(conflicts).toEqual([]);
  });

  it('knows a city party by its name and an organisation party by its id', () => {
    const partnership = { ...twinning, _deleted: false };
    const [birmingham, leipzig] = partnership.parties as [
      (typeof partnership.parties)[0],
      (typeof partnership.parties)[0],
    ];
    const university = { kind: 'organisation' as const, name: 'Aston', organisationId: aston };
    const mine = {
      ...partnership,
      parties: [birmingham, { ...leipzig, country: 'AT' }, university],
    };
    const theirs = { ...partnership, parties: [{ ...birmingham, country: 'IE' }, leipzig] };
    const { merged, conflicts } = mergeDocuments(partnership, mine, theirs, 'partnerships');
    expect(merged.parties).toEqual([
      { ...birmingham, country: 'IE' },
      { ...leipzig, country: 'AT' },
      university,
    ]);
    expect(conflicts).toEqual([]);
    const rival = { ...partnership, parties: [birmingham, { ...leipzig, country: 'CH' }] };
    expect(mergeDocuments(partnership, mine, rival, 'partnerships').conflicts).toEqual([
      { fieldPath: 'parties[name=Leipzig].country', localValue: 'AT', serverValue: 'CH' },
    ]);
  });
});

describe('conflict paths', () => {
  it('read and write the element they name, so Keep mine can apply a local value', () => {
    const mine = {
      ...contact,
      emails: [contact.emails[0], { label: 'private', address: 'a]b%c.d@x.de' }],
    };
    const theirs = {
      ...contact,
      emails: [contact.emails[0], { label: 'work', address: 'a]b%c.d@x.de' }],
    };
    const base = { ...contact, emails: [contact.emails[0]] };
    const { merged, conflicts } = mergeDocuments(base, mine, theirs, 'contacts');
    const [conflict] = conflicts;
    expect(conflict?.fieldPath).toBe('emails[address=a%5Db%25c.d@x.de].label');
    expect(getAtFieldPath(merged, conflict?.fieldPath ?? '')).toBe('work');
    const kept = putAtFieldPath(merged, conflict?.fieldPath ?? '', conflict?.localValue);
    expect(kept.emails).toEqual(mine.emails);
  });

  it('remove and add whole elements', () => {
    const path = `affiliations[organisationId=${aston}]`;
    const without = putAtFieldPath(contact, path, undefined);
    expect(without.affiliations).toEqual([councilRole]);
    expect(putAtFieldPath(without, path, astonRole).affiliations).toEqual(contact.affiliations);
  });

  it('refuse to write inside an element that is not there', () => {
    expect(() =>
      putAtFieldPath(contact, `affiliations[organisationId=${newOrg}].role`, 'x'),
    ).toThrow(/is not there/);
    expect(() => putAtFieldPath(contact, 'affiliations[__proto__=x].role', 'x')).toThrow(
      /Not a field path/,
    );
  });
});
