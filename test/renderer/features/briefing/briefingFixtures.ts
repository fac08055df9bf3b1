import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDatabase, type LiaisonDatabase } from '../../../../renderer/data/database';
import { loadSampleWorkspace } from '../../../../renderer/data/loadSampleWorkspace';
import type { BriefingFontSources } from '../../../../renderer/formats/briefing/briefingFonts';
import { deriveAgendaUtc } from '../../../../shared/domain/agenda';
import type { AgendaItem } from '../../../../shared/domain/agendaItem';
import type { Contact } from '../../../../shared/domain/contact';
import { SAMPLE_IDS } from '../../../../shared/sample/birminghamLeipzig';

/** The bundled Noto Sans faces, as file paths: how Node (tests, benches) loads them. */
export function nodeFontSources(): BriefingFontSources {
  // Resolved through Node, not `new URL(…, import.meta.url)`, which Vite rewrites under jsdom.
  const folder = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans'));
  const font = (file: string) => join(folder, file);
  return {
    regular: font('400Regular/NotoSans_400Regular.ttf'),
    bold: font('700Bold/NotoSans_700Bold.ttf'),
    italic: font('400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
  };
}

/** Extra people for the Leipzig delegation: Latin Extended names, offices, a photo. */
export const EXTRA_IDS = {
  burkhardJung: '6d1c7c0e-5b0a-4c64-9a51-0d7c1f0e1a01',
  lukaszWalesa: '6d1c7c0e-5b0a-4c64-9a51-0d7c1f0e1a02',
  antoninDvorak: '6d1c7c0e-5b0a-4c64-9a51-0d7c1f0e1a03',
  erdosPal: '6d1c7c0e-5b0a-4c64-9a51-0d7c1f0e1a04',
} as const;

/** A 1×1 PNG, standing in for a contact photo. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const NOW = '2025-06-01T08:00:00.000Z';
let stores = 0;

function person(id: string, fields: Partial<Contact>): Contact {
  return {
    id,
    createdAt: NOW,
    updatedAt: NOW,
    updatedBy: 'test',
    tags: [],
    givenNames: '',
    familyName: '',
    nameOrder: 'given-first',
    languages: [],
    affiliations: [],
    emails: [],
    phones: [],
    lawfulBasis: 'public-task',
    ...fields,
  };
}

const EXTRA_PEOPLE: Contact[] = [
  person(EXTRA_IDS.burkhardJung, {
    givenNames: 'Burkhard',
    familyName: 'Jung',
    honorific: 'Herr',
    office: { title: 'Oberbürgermeister der Stadt Leipzig', spokenForm: 'Oberbürgermeister' },
    languages: ['de'],
    affiliations: [{ organisationId: SAMPLE_IDS.organisations.cityOfLeipzig, role: 'Mayor' }],
    phones: [{ label: 'mobile', number: '+49 341 123 4567' }],
  }),
  person(EXTRA_IDS.lukaszWalesa, {
    givenNames: 'Łukasz',
    familyName: 'Wałęsa',
    honorific: 'Mr',
    pronunciation: 'WOO-kash va-WEN-sa',
    languages: ['pl', 'en'],
  }),
  person(EXTRA_IDS.antoninDvorak, {
    givenNames: 'Antonín',
    familyName: 'Dvořák',
    titlesBefore: 'Dr.',
    languages: ['cs'],
  }),
  person(EXTRA_IDS.erdosPal, {
    givenNames: 'Pál',
    familyName: 'Erdős',
    nameOrder: 'family-first',
    languages: ['hu'],
  }),
];

/** Edits to the store's documents before the pack is gathered. */
export interface StoreEdits {
  contacts?: (contacts: Contact[]) => void;
  items?: (items: AgendaItem[]) => void;
}

/**
 * An in-memory store holding the Birmingham–Leipzig sample workspace, with
 * the Leipzig delegation given a lead (the Oberbürgermeister), an organiser
 * with a phone, the Lord Mayor chairing the reception (with a photo), three
 * guests with Latin Extended names at Aston, and one delegate's dietary and
 * access needs (special-category data).
 */
export async function briefingStore(): Promise<LiaisonDatabase> {
  // A name per store: RxDB closes an open database of the same name (closeDuplicates).
  const database = await createDatabase(`briefing-test-${++stores}`, {
    dexie: { indexedDB: new IDBFactory(), IDBKeyRange },
    devMode: true,
  });
  await loadSampleWorkspace(database, NOW);
  const C = SAMPLE_IDS.contacts;
  await database.contacts.bulkInsert(EXTRA_PEOPLE);
  await patch(database, 'contacts', C.manuelaBlum, {
    dietaryNeeds: 'Vegetarian, no nuts',
    accessibilityNeeds: 'Step-free access to venues',
  });
  await patch(database, 'contacts', C.kenWood, {
    photo: TINY_PNG,
    phones: [{ label: 'office', number: '+44 121 303 2040' }],
  });
  await patch(database, 'contacts', C.fionaLatter, {
    phones: [{ label: 'mobile', number: '+44 7700 900123' }],
  });
  const visit = await database.visits.findOne(SAMPLE_IDS.visits.delegation2025).exec();
  await visit?.incrementalPatch({
    leadContactId: EXTRA_IDS.burkhardJung,
    members: [
      ...(visit.toJSON().members ?? []),
      { contactId: EXTRA_IDS.burkhardJung, role: 'lead' },
      { contactId: C.fionaLatter, role: 'organiser' },
    ],
    linesToTake: 'On Brexit: the partnership outlasts political change.',
    logistics: { hotel: 'Hyatt Regency Birmingham, 2 Bridge Street' },
    risks: 'Rail strike possible on 12 June.',
  });
  const I = SAMPLE_IDS.agendaItems;
  await patch(database, 'agendaItems', I.delegationReception, {
    chairContactId: C.kenWood,
    venueAddress: 'Council House, Victoria Square, Birmingham B1 1BB',
    dressCode: 'Lounge suit',
  });
  const aston = await database.agendaItems.findOne(I.delegationAston).exec();
  await aston?.incrementalPatch({
    attendeeIds: [
      ...(aston.toJSON().attendeeIds ?? []),
      EXTRA_IDS.lukaszWalesa,
      EXTRA_IDS.antoninDvorak,
      EXTRA_IDS.erdosPal,
    ],
  });
  return database;
}

async function patch(
  database: LiaisonDatabase,
  collection: 'contacts' | 'agendaItems',
  id: string,
  fields: Record<string, unknown>,
): Promise<void> {
  const document = await database[collection].findOne(id).exec();
  if (!document) throw new Error(`fixture: no ${collection} ${id}`);
  await document.incrementalPatch(fields as never);
}

/** Moves an agenda item to new local times, re-deriving its UTC instants as the app does. */
export async function moveItem(
  database: LiaisonDatabase,
  id: string,
  start: string,
  end: string,
): Promise<void> {
  const document = await database.agendaItems.findOne(id).exec();
  if (!document) throw new Error(`fixture: no agenda item ${id}`);
  const timeZone = document.toJSON().timeZone;
  await document.incrementalPatch({ start, end, ...deriveAgendaUtc({ start, end, timeZone }) });
}

/** The text of each page of a PDF, read back with pdf.js, runs joined by single spaces. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: bytes.slice(),
    // pdfkit names Helvetica (unused, not embedded) in every file; give pdf.js its metrics.
    standardFontDataUrl: `${join(
      dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
      'standard_fonts',
    )}/`,
  }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push(text.replace(/\s+/g, ' ').trim());
  }
  await document.destroy();
  return pages;
}
