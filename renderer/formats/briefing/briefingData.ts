import { compareAgendaItems } from '../../../shared/domain/agendaDays';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { Contact } from '../../../shared/domain/contact';
import type { FollowUp } from '../../../shared/domain/followUp';
import type { Note } from '../../../shared/domain/note';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Partnership } from '../../../shared/domain/partnership';
import type { Visit } from '../../../shared/domain/visit';
import type { LiaisonDatabase } from '../../data/database';
import { BriefingError } from './briefingError';

/** How many of a person's latest notes a pen portrait carries. */
export const NOTES_PER_PERSON = 2;

/**
 * Everything one briefing pack is made from, read from the store in one go.
 * Plain, structured-clonable data: the PDF is a pure function of this and the
 * options, so it can be built in a Web Worker, in Node tests, or twice alike.
 */
export interface BriefingData {
  visit: Visit;
  /** The visit's programme in programme order (`compareAgendaItems`). */
  agendaItems: AgendaItem[];
  /** Lead, members, chairs and attendees that exist in the store, each once. */
  contacts: Contact[];
  /** Partner and host organisations and the people's affiliations (and their parents). */
  organisations: Organisation[];
  /** Organisations only the follow-ups name (a festival that invited the delegation): for their names. */
  followUpOrganisations: Organisation[];
  partnership?: Partnership;
  /** Open or in-progress follow-ups linked to the visit, its people or organisations, by due date. */
  followUps: FollowUp[];
  /** Each person's latest notes, newest first, at most `NOTES_PER_PERSON`, by contact id. */
  notesByContact: Record<string, Note[]>;
  /** IANA zone of the reader's home (this device's setting). */
  homeTimeZone: string;
  /** ISO instant the pack is made, printed on the cover. */
  generatedAt: string;
}

/** Every contact the pack mentions, in a fixed order and each once. */
export function referencedContactIds(visit: Visit, items: readonly AgendaItem[]): string[] {
  const ids = new Set<string>();
  if (visit.leadContactId) ids.add(visit.leadContactId);
  for (const member of visit.members) ids.add(member.contactId);
  for (const item of items) {
    if (item.chairContactId) ids.add(item.chairContactId);
    for (const id of item.attendeeIds) ids.add(id);
  }
  return [...ids];
}

async function organisationsWithParents(
  database: LiaisonDatabase,
  ids: Iterable<string>,
): Promise<Organisation[]> {
  const found = new Map<string, Organisation>();
  let wanted = [...new Set(ids)];
  // A department's council is part of its profile; two levels cover the sample's trees.
  for (let depth = 0; depth < 3 && wanted.length > 0; depth++) {
    const documents = await database.organisations.findByIds(wanted).exec();
    for (const document of documents.values()) found.set(document.id, document.toMutableJSON());
    wanted = [...documents.values()]
      .map((document) => document.parentOrganisationId)
      .filter((id): id is string => Boolean(id) && !found.has(id as string));
  }
  return [...found.values()];
}

/**
 * Reads what the pack for one visit needs.
 * @throws {BriefingError} `visitNotFound` when the visit is gone.
 */
export async function gatherBriefingData(
  database: LiaisonDatabase,
  visitId: string,
  { homeTimeZone, now = new Date().toISOString() }: { homeTimeZone: string; now?: string },
): Promise<BriefingData> {
  const visitDocument = await database.visits.findOne(visitId).exec();
  if (!visitDocument) {
    throw new BriefingError('visitNotFound', `The visit ${visitId} is not in the local store.`);
  }
  const visit = visitDocument.toMutableJSON();
  const agendaItems = (await database.agendaItems.find({ selector: { visitId } }).exec())
    .map((document) => document.toMutableJSON())
    .sort(compareAgendaItems);

  const contactIds = referencedContactIds(visit, agendaItems);
  const contactDocuments = await database.contacts.findByIds(contactIds).exec();
  const contacts = contactIds
    .map((id) => contactDocuments.get(id)?.toMutableJSON())
    .filter((contact): contact is Contact => contact !== undefined);

  const organisations = await organisationsWithParents(database, [
    ...visit.partnerOrganisationIds,
    ...agendaItems.flatMap((item) => (item.hostOrganisationId ? [item.hostOrganisationId] : [])),
    ...contacts.flatMap((contact) => contact.affiliations.map((a) => a.organisationId)),
  ]);

  const partnership = visit.partnershipId
    ? (await database.partnerships.findOne(visit.partnershipId).exec())?.toMutableJSON()
    : undefined;

  const people = new Set(contacts.map((contact) => contact.id));
  const bodies = new Set(organisations.map((organisation) => organisation.id));
  const followUps = (
    await database.followUps
      .find({ selector: { status: { $in: ['open', 'in-progress'] } }, sort: [{ dueDate: 'asc' }] })
      .exec()
  )
    .map((document) => document.toMutableJSON())
    .filter(
      (followUp) =>
        followUp.visitId === visitId ||
        (followUp.contactId !== undefined && people.has(followUp.contactId)) ||
        (followUp.organisationId !== undefined && bodies.has(followUp.organisationId)),
    );

  const missing = followUps
    .map((followUp) => followUp.organisationId)
    .filter((id): id is string => id !== undefined && !bodies.has(id));
  const followUpOrganisations = [
    ...(await database.organisations.findByIds([...new Set(missing)]).exec()).values(),
  ].map((document) => document.toMutableJSON());

  const notesByContact: Record<string, Note[]> = {};
  if (contactIds.length > 0) {
    const notes = await database.notes
      .find({ selector: { 'links.contactIds': { $in: contactIds } }, sort: [{ date: 'desc' }] })
      .exec();
    for (const document of notes) {
      const note = document.toMutableJSON();
      for (const id of note.links.contactIds) {
        if (!people.has(id)) continue;
        const list = (notesByContact[id] ??= []);
        if (list.length < NOTES_PER_PERSON) list.push(note);
      }
    }
  }

  return {
    visit,
    agendaItems,
    contacts,
    organisations,
    ...(partnership ? { partnership } : {}),
    followUps,
    followUpOrganisations,
    notesByContact,
    homeTimeZone,
    generatedAt: now,
  };
}
