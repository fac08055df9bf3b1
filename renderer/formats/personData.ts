import type { AgendaItem } from '../../shared/domain/agendaItem';
import type { Affiliation, Contact } from '../../shared/domain/contact';
import type { Conflict } from '../../shared/domain/conflict';
import type { FollowUp } from '../../shared/domain/followUp';
import type { Note } from '../../shared/domain/note';
import type { Visit, VisitMemberRole } from '../../shared/domain/visit';
import { foldForSearch } from '../../shared/text/searchFold';
import type { LiaisonDatabase } from '../data/database';

/** Marks the file as a right-of-access export of this format version. */
export const PERSON_DATA_FORMAT = 'liaison-person-data';

/**
 * Everything the workspace holds about one person, for a right-of-access
 * request (GDPR Art. 15). The person's own record is complete, sensitive
 * fields included: they are the data subject. Notes and follow-ups come
 * whole, so whoever sends the file must read them for other people's data.
 */
export interface PersonData {
  format: typeof PERSON_DATA_FORMAT;
  version: 1;
  /** ISO instant the export was made. */
  exportedAt: string;
  contact: Contact;
  affiliations: (Affiliation & { organisationName?: string })[];
  visits: {
    id: string;
    title: string;
    startDate: string;
    endDate: string;
    destination?: string;
    /** `lead` for the visit's lead contact, and the delegation role if a member. */
    roles: ('lead-contact' | VisitMemberRole)[];
  }[];
  agendaItems: {
    id: string;
    visitId: string;
    title: string;
    start: string;
    end: string;
    timeZone: string;
    venueName?: string;
    roles: ('chair' | 'attendee')[];
  }[];
  followUps: FollowUp[];
  /** Notes linked to the person. */
  notes: Note[];
  /** Notes not linked to the person whose text names them. */
  notesMentioningName: Note[];
  /** Sync conflicts recorded about the person's record, with their kept values. */
  syncConflicts: Conflict[];
}

type Collections = Partial<LiaisonDatabase['collections']>;

/** What a query finds, as plain objects; nothing when the collection is not open. */
async function all<T>(query: { exec(): Promise<{ toJSON(): unknown }[]> } | undefined) {
  if (!query) return [] as T[];
  return (await query.exec()).map((document) => document.toJSON() as T);
}

/** The ways the person's name may be written in a note, folded for search. */
function nameForms(contact: Contact): string[] {
  const given = contact.givenNames.trim();
  const family = contact.familyName.trim();
  if (!given || !family) return [];
  return [`${given} ${family}`, `${family} ${given}`, `${family}, ${given}`].map(foldForSearch);
}

/** Gathers every record about the person from the local store. */
export async function collectPersonData(
  database: LiaisonDatabase,
  contactId: string,
  now: Date = new Date(),
): Promise<PersonData | undefined> {
  const contactDocument = await database.contacts.findOne(contactId).exec();
  if (!contactDocument) return undefined;
  const contact = contactDocument.toJSON() as Contact;
  const collections = database.collections as Collections;

  const organisationDocuments = await collections.organisations
    ?.findByIds(contact.affiliations.map((affiliation) => affiliation.organisationId))
    .exec();
  const organisationName = (id: string) => organisationDocuments?.get(id)?.name;
  const visits = (await all<Visit>(collections.visits?.find())).flatMap((visit) => {
    const roles: PersonData['visits'][number]['roles'] = [
      ...(visit.leadContactId === contactId ? (['lead-contact'] as const) : []),
      ...visit.members.filter((m) => m.contactId === contactId).map((m) => m.role),
    ];
    if (roles.length === 0) return [];
    const destination = [visit.destinationCity, visit.destinationCountry]
      .filter(Boolean)
      .join(', ');
    return [
      {
        id: visit.id,
        title: visit.title,
        startDate: visit.startDate,
        endDate: visit.endDate,
        ...(destination ? { destination } : {}),
        roles,
      },
    ];
  });
  const agendaItems = (await all<AgendaItem>(collections.agendaItems?.find()))
    .flatMap((item) => {
      const roles: ('chair' | 'attendee')[] = [
        ...(item.chairContactId === contactId ? (['chair'] as const) : []),
        ...(item.attendeeIds.includes(contactId) ? (['attendee'] as const) : []),
      ];
      if (roles.length === 0) return [];
      const { id, visitId, title, start, end, timeZone, venueName } = item;
      return [
        { id, visitId, title, start, end, timeZone, ...(venueName ? { venueName } : {}), roles },
      ];
    })
    .sort((a, b) => a.start.localeCompare(b.start));

  const forms = nameForms(contact);
  const notes = await all<Note>(collections.notes?.find());
  const linked = notes.filter((note) => note.links.contactIds.includes(contactId));
  const mentioning = notes.filter((note) => {
    if (forms.length === 0 || note.links.contactIds.includes(contactId)) return false;
    const body = foldForSearch(note.body);
    return forms.some((form) => body.includes(form));
  });
  const byDate = (a: Note, b: Note) => a.date.localeCompare(b.date);
  const conflicts = await all<Conflict>(
    collections.conflicts?.find({
      selector: { collectionName: 'contacts', documentId: contactId },
    }),
  );

  return {
    format: PERSON_DATA_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    contact,
    affiliations: contact.affiliations.map((affiliation) => {
      const name = organisationName(affiliation.organisationId);
      return { ...affiliation, ...(name ? { organisationName: name } : {}) };
    }),
    visits: visits.sort((a, b) => a.startDate.localeCompare(b.startDate)),
    agendaItems,
    followUps: await all<FollowUp>(collections.followUps?.find({ selector: { contactId } })),
    notes: linked.sort(byDate),
    notesMentioningName: mentioning.sort(byDate),
    syncConflicts: conflicts,
  };
}

/** The export as a readable JSON file. */
export function personDataJson(data: PersonData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
