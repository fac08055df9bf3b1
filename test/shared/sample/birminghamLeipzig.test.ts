import { createHash } from 'node:crypto';
import { getValidator } from 'rxdb/plugins/validate-z-schema';
import { describe, expect, it } from 'vitest';
import { findDoubleBookings, findOverlaps } from '../../../shared/domain/agenda';
import { formalStyle, letterSalutation, spokenForm } from '../../../shared/domain/formsOfAddress';
import { SYNCED_COLLECTION_NAMES, collectionSchemas } from '../../../shared/domain/schemas';
import {
  SAMPLE_IDS,
  SAMPLE_TAG,
  buildSampleWorkspace,
} from '../../../shared/sample/birminghamLeipzig';
import { SAMPLE_NAMESPACE } from '../../../shared/sample/sampleIds';
import { utcToLocal } from '../../../shared/time/zonedTime';

const NOW = '2026-01-15T09:30:00.000Z';
const sample = buildSampleWorkspace(NOW);

/** RFC 4122 version-5 UUID, to check the written-out sample ids. */
function uuidV5(name: string, namespace: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.concat([Buffer.from(namespace.replace(/-/g, ''), 'hex'), Buffer.from(name)]))
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function byId<T extends { id: string }>(documents: T[], id: string): T {
  const found = documents.find((document) => document.id === id);
  if (!found) throw new Error(`no document ${id}`);
  return found;
}

describe('buildSampleWorkspace', () => {
  it('holds the documents of every synced collection', () => {
    expect(Object.keys(sample).sort()).toEqual([...SYNCED_COLLECTION_NAMES].sort());
    expect({
      organisations: sample.organisations.length,
      contacts: sample.contacts.length,
      partnerships: sample.partnerships.length,
      visits: sample.visits.length,
      agendaItems: sample.agendaItems.length,
      followUps: sample.followUps.length,
      notes: sample.notes.length,
    }).toEqual({
      organisations: 31,
      contacts: 10,
      partnerships: 1,
      visits: 2,
      agendaItems: 15,
      followUps: 5,
      notes: 4,
    });
  });

  it.each(SYNCED_COLLECTION_NAMES)('writes only %s that the schema accepts', (name) => {
    const validate = getValidator(collectionSchemas[name].schema);
    for (const document of sample[name]) {
      expect({ id: document.id, errors: validate(document) }).toEqual({
        id: document.id,
        errors: [],
      });
    }
  });

  it('uses the fixed version-5 ids, each once, whatever the clock says', () => {
    const all = SYNCED_COLLECTION_NAMES.flatMap((name) => sample[name].map((doc) => doc.id));
    expect(new Set(all).size).toBe(all.length);
    for (const [collection, ids] of Object.entries(SAMPLE_IDS)) {
      for (const [key, id] of Object.entries(ids)) {
        expect(id).toBe(uuidV5(`${collection}/${key}`, SAMPLE_NAMESPACE));
      }
    }
    const later = buildSampleWorkspace('2027-03-01T00:00:00Z');
    expect(later.contacts.map((c) => c.id)).toEqual(sample.contacts.map((c) => c.id));
    expect(buildSampleWorkspace(NOW)).toEqual(sample);
  });

  it('stamps every document with the given time and the sample tag', () => {
    for (const name of SYNCED_COLLECTION_NAMES) {
      for (const document of sample[name]) {
        expect(document.createdAt).toBe(NOW);
        expect(document.updatedAt).toBe(NOW);
        expect(document.tags).toContain(SAMPLE_TAG);
      }
    }
  });

  it('links only to documents that the sample holds', () => {
    const has = (name: keyof typeof sample, id: string | undefined) =>
      id === undefined || sample[name].some((document) => document.id === id);
    const missing: string[] = [];
    const check = (name: keyof typeof sample, id: string | undefined, from: string) => {
      if (!has(name, id)) missing.push(`${from} → ${name}/${id}`);
    };
    for (const o of sample.organisations) check('organisations', o.parentOrganisationId, o.name);
    for (const c of sample.contacts)
      for (const a of c.affiliations) check('organisations', a.organisationId, c.familyName);
    for (const p of sample.partnerships)
      for (const party of p.parties) check('organisations', party.organisationId, party.name);
    for (const v of sample.visits) {
      check('partnerships', v.partnershipId, v.title);
      for (const m of v.members) check('contacts', m.contactId, v.title);
      for (const o of v.partnerOrganisationIds) check('organisations', o, v.title);
    }
    for (const i of sample.agendaItems) {
      check('visits', i.visitId, i.title);
      check('organisations', i.hostOrganisationId, i.title);
      check('contacts', i.chairContactId, i.title);
      for (const a of i.attendeeIds) check('contacts', a, i.title);
    }
    for (const f of sample.followUps) {
      check('visits', f.visitId, f.title);
      check('contacts', f.contactId, f.title);
      check('organisations', f.organisationId, f.title);
    }
    for (const n of sample.notes) {
      for (const id of n.links.contactIds) check('contacts', id, n.id);
      for (const id of n.links.organisationIds) check('organisations', id, n.id);
      for (const id of n.links.visitIds) check('visits', id, n.id);
      for (const id of n.links.agendaItemIds) check('agendaItems', id, n.id);
    }
    expect(missing).toEqual([]);
  });

  it('invents no e-mail addresses or phone numbers', () => {
    for (const contact of sample.contacts) {
      expect(contact.emails).toEqual([]);
      expect(contact.phones).toEqual([]);
    }
  });

  it('keeps the twinning of 1992 with its four themes and the Opera Ball of November 2024', () => {
    const [partnership] = sample.partnerships;
    expect(partnership?.since).toBe(1992);
    expect(partnership?.parties.map((party) => party.name)).toEqual(['Birmingham', 'Leipzig']);
    expect(partnership?.themes).toEqual(['culture', 'education', 'economy', 'public health']);
    expect(partnership?.historyNotes).toMatch(/November 2024.*Leipzig Opera Ball/s);
  });

  it('addresses the Lord Mayor by the stored formal style and spoken form', () => {
    const lordMayor = byId(sample.contacts, SAMPLE_IDS.contacts.kenWood);
    expect(formalStyle(lordMayor)).toBe('The Right Worshipful, The Lord Mayor of Birmingham');
    expect(spokenForm(lordMayor)).toBe('Lord Mayor');
    expect(letterSalutation(lordMayor, 'en')).toBe('Dear Lord Mayor');
  });

  it('addresses the German and English academics with their highest title only', () => {
    const nolting = byId(sample.contacts, SAMPLE_IDS.contacts.antjeNolting);
    expect(letterSalutation(nolting, 'de')).toBe('Sehr geehrte Frau Dr. Nolting');
    expect(spokenForm(nolting, 'de')).toBe('Frau Doktor Nolting');
    expect(spokenForm(byId(sample.contacts, SAMPLE_IDS.contacts.mikeCaine))).toBe(
      'Professor Caine',
    );
    expect(letterSalutation(byId(sample.contacts, SAMPLE_IDS.contacts.edTurner), 'en')).toBe(
      'Dear Dr Turner',
    );
  });
});

describe('the June 2025 Leipzig delegation', () => {
  const visit = byId(sample.visits, SAMPLE_IDS.visits.delegation2025);
  const agenda = sample.agendaItems.filter((item) => item.visitId === visit.id);

  it('runs from 10 to 13 June 2025 in Birmingham time', () => {
    expect(visit).toMatchObject({
      startDate: '2025-06-10',
      endDate: '2025-06-13',
      venueTimeZone: 'Europe/London',
      direction: 'inbound',
      destinationCity: 'Birmingham',
    });
    expect(agenda.every((item) => item.timeZone === 'Europe/London')).toBe(true);
  });

  it('meets Aston University on 11 June at 10:00 BST, which is 09:00 UTC', () => {
    const aston = byId(agenda, SAMPLE_IDS.agendaItems.delegationAston);
    expect(aston.start).toBe('2025-06-11T10:00');
    expect(aston.timeZone).toBe('Europe/London');
    expect(aston.startUtc).toBe('2025-06-11T09:00:00Z');
    expect(utcToLocal(aston.endUtc, 'Europe/Berlin')).toBe('2025-06-11T14:00');
    expect(aston.chairContactId).toBe(SAMPLE_IDS.contacts.edTurner);
  });

  it('holds the German Career Road Show and the Lord Mayor’s reception on 12 June', () => {
    const roadShow = byId(agenda, SAMPLE_IDS.agendaItems.delegationCareerRoadShow);
    const reception = byId(agenda, SAMPLE_IDS.agendaItems.delegationReception);
    expect(roadShow.start.slice(0, 10)).toBe('2025-06-12');
    expect(reception.start.slice(0, 10)).toBe('2025-06-12');
    expect(reception.venueName).toMatch(/Council House/);
    expect(reception.kind).toBe('reception');
  });
});

describe('the sample agendas', () => {
  it('keep every item inside its visit’s dates, without clashes or double bookings', () => {
    for (const item of sample.agendaItems) {
      const visit = byId(sample.visits, item.visitId);
      expect(item.start.slice(0, 10) >= visit.startDate).toBe(true);
      expect(item.end.slice(0, 10) <= visit.endDate).toBe(true);
      expect(item.startUtc < item.endUtc).toBe(true);
    }
    expect(findOverlaps(sample.agendaItems)).toEqual([]);
    expect(findDoubleBookings(sample.agendaItems)).toEqual([]);
  });

  it('puts the trade mission, before the clocks go forward, in GMT', () => {
    const roundTable = byId(sample.agendaItems, SAMPLE_IDS.agendaItems.missionRoundTable);
    expect(roundTable.startUtc).toBe(`${roundTable.start}:00Z`);
    const last = [...sample.agendaItems]
      .filter((item) => item.visitId === SAMPLE_IDS.visits.tradeMission)
      .sort((a, b) => a.startUtc.localeCompare(b.startUtc))
      .at(-1);
    expect(last?.venueName).toBe('The Old Crown');
  });

  it('carries the four invitations of the trade mission as open follow-ups', () => {
    const titles = sample.followUps
      .filter((followUp) => followUp.kind === 'invitation')
      .map((followUp) => followUp.title);
    expect(titles).toEqual([
      expect.stringMatching(/^MACHN Festival, June 2025, Leipzig/),
      expect.stringMatching(/^Birmingham Film and TV Market 2025/),
      expect.stringMatching(/^Birmingham Design Festival 2026/),
      expect.stringMatching(/^Flatpack Film Festival 2026/),
    ]);
  });
});
