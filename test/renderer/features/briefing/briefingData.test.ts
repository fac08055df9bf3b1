// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiaisonDatabase } from '../../../../renderer/data/database';
import { gatherBriefingData } from '../../../../renderer/formats/briefing/briefingData';
import { briefingModel } from '../../../../renderer/formats/briefing/briefingModel';
import { defaultBriefingOptions } from '../../../../renderer/formats/briefing/briefingOptions';
import { SAMPLE_IDS } from '../../../../shared/sample/birminghamLeipzig';
import { briefingStore, EXTRA_IDS } from './briefingFixtures';

const VISIT = SAMPLE_IDS.visits.delegation2025;
const C = SAMPLE_IDS.contacts;
const O = SAMPLE_IDS.organisations;
const BASE = { createdAt: '2025-06-01T00:00:00.000Z', updatedAt: '2025-06-01T00:00:00.000Z' };

let database: LiaisonDatabase;

beforeAll(async () => {
  database = await briefingStore();
  const links = { organisationIds: [], visitIds: [], agendaItemIds: [] };
  await database.notes.bulkInsert(
    ['2025-01-10', '2025-03-15', '2025-02-20'].map((day, i) => ({
      ...BASE,
      id: `00000000-0000-4000-8000-00000000000${i}`,
      updatedBy: 'test',
      tags: [],
      date: `${day}T10:00:00.000Z`,
      author: 'Sarah',
      body: `Call with Manuela Blum on ${day}`,
      links: { ...links, contactIds: [C.manuelaBlum] },
    })),
  );
  const followUp = {
    ...BASE,
    updatedBy: 'test',
    tags: [],
    kind: 'thank-you-letter' as const,
    owner: 'Sarah',
    dueDate: '2025-06-20',
  };
  await database.followUps.bulkInsert([
    {
      ...followUp,
      id: '00000000-0000-4000-8000-0000000000f1',
      title: 'Thank the Lord Mayor’s office',
      visitId: VISIT,
      status: 'done',
    },
    {
      ...followUp,
      id: '00000000-0000-4000-8000-0000000000f2',
      title: 'Send Anthony Tattum the round-table minutes',
      contactId: C.anthonyTattum,
      status: 'open',
    },
  ]);
});

afterAll(async () => {
  await database.close();
});

describe('gatherBriefingData', () => {
  it('reads the visit and its programme in time order', async () => {
    const data = await gatherBriefingData(database, VISIT, { homeTimeZone: 'Europe/Berlin' });
    expect(data.visit.title).toBe('Leipzig delegation to Birmingham');
    expect(data.homeTimeZone).toBe('Europe/Berlin');
    expect(data.agendaItems).toHaveLength(6);
    const starts = data.agendaItems.map((item) => item.startUtc);
    expect(starts).toEqual([...starts].sort());
  });

  it('gathers the lead, members, chairs and attendees once each', async () => {
    const data = await gatherBriefingData(database, VISIT, { homeTimeZone: 'Europe/Berlin' });
    const ids = data.contacts.map((contact) => contact.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      EXTRA_IDS.burkhardJung, // lead
      C.fionaLatter, // organiser
      C.manuelaBlum, // delegate
      C.kenWood, // chairs the reception
      C.edTurner, // chairs the Aston session
      EXTRA_IDS.erdosPal, // attends it
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids).not.toContain(C.anthonyTattum);
  });

  it('gathers partner and host organisations, affiliations and their parents', async () => {
    const data = await gatherBriefingData(database, VISIT, { homeTimeZone: 'Europe/Berlin' });
    const ids = data.organisations.map((organisation) => organisation.id);
    expect(ids).toContain(O.kreativesLeipzig); // partner
    expect(ids).toContain(O.grandUnion); // hosts the Floating Garden
    expect(ids).toContain(O.westMidlandsCombinedAuthority); // Fiona Latter's
    expect(ids).toContain(O.birminghamCityUniversity); // STEAMhouse's parent
    expect(ids).not.toContain(O.flatpackFilmFestival);
  });

  it('keeps open follow-ups of the visit, its people and organisations, soonest first', async () => {
    const data = await gatherBriefingData(database, VISIT, { homeTimeZone: 'Europe/Berlin' });
    const ids = data.followUps.map((followUp) => followUp.id);
    expect(ids).toContain(SAMPLE_IDS.followUps.horizonEurope); // the visit's
    expect(ids).toContain(SAMPLE_IDS.followUps.machnFestival); // Ines Dietrich's
    expect(ids).not.toContain('00000000-0000-4000-8000-0000000000f1'); // done
    expect(ids).not.toContain('00000000-0000-4000-8000-0000000000f2'); // someone else's
    const due = data.followUps.map((followUp) => followUp.dueDate);
    expect(due).toEqual([...due].sort());
    // The festival behind an invitation is named, though it has no profile.
    expect(data.followUpOrganisations.map((o) => o.id)).toContain(O.flatpackFilmFestival);
  });

  it('keeps each person’s two latest notes, newest first', async () => {
    const data = await gatherBriefingData(database, VISIT, { homeTimeZone: 'Europe/Berlin' });
    const notes = data.notesByContact[C.manuelaBlum] ?? [];
    expect(notes).toHaveLength(2);
    expect(notes[0]!.date > notes[1]!.date).toBe(true);
    expect(notes.map((note) => note.body)).not.toContain('Call with Manuela Blum on 2025-01-10');
  });

  it('fails with visitNotFound for a visit that is gone', async () => {
    await expect(
      gatherBriefingData(database, '00000000-0000-4000-8000-000000000404', {
        homeTimeZone: 'Europe/London',
      }),
    ).rejects.toMatchObject({ code: 'visitNotFound' });
  });
});

describe('the pack’s days', () => {
  it('are the reader’s home-zone days, not UTC’s', async () => {
    // 23:30 UTC on 30 June is already 1 July in Berlin: an affiliation that
    // ended on 30 June is over, and a note made at 00:30 Berlin time is dated 1 July.
    const gathered = await gatherBriefingData(database, VISIT, {
      homeTimeZone: 'Europe/Berlin',
      now: '2025-06-30T23:30:00.000Z',
    });
    const data = {
      ...gathered,
      contacts: gathered.contacts.map((contact) =>
        contact.id === EXTRA_IDS.burkhardJung
          ? {
              ...contact,
              affiliations: contact.affiliations.map((a) => ({ ...a, to: '2025-06-30' })),
            }
          : contact,
      ),
      notesByContact: {
        ...gathered.notesByContact,
        [C.manuelaBlum]: (gathered.notesByContact[C.manuelaBlum] ?? []).map((note, i) =>
          i === 0 ? { ...note, date: '2025-06-30T22:30:00.000Z' } : note,
        ),
      },
    };
    const { people, format } = briefingModel(data, defaultBriefingOptions('en'));
    const jung = people.find((person) => person.id === EXTRA_IDS.burkhardJung);
    expect(jung?.details.map(([, value]) => value).join(' | ')).not.toContain('City of Leipzig');
    const blum = people.find((person) => person.id === C.manuelaBlum);
    expect(blum?.notes[0]).toContain(`${format.date('2025-07-01')} (`);
  });
});
