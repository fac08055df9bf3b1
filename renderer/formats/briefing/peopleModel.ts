import {
  withoutSensitiveFields,
  type Contact,
  type SensitiveContactField,
} from '../../../shared/domain/contact';
import {
  formalStyle,
  fullName,
  letterSalutation,
  spokenForm,
  titledName,
} from '../../../shared/domain/formsOfAddress';
import { VISIT_MEMBER_ROLES, type VisitMemberRole } from '../../../shared/domain/visit';
import { compareContacts } from '../../../shared/text/collation';
import { isoDateOf } from '../../../shared/time/zonedTime';
import type { BriefingData } from './briefingData';
import type { BriefingLanguage } from './briefingOptions';
import type { PackFormat } from './packFormat';
import type { PackStrings } from './packStrings';
import type { Field } from './programmeModel';

/** A contact as the pack may see it: sensitive fields only when the user chose them. */
export type PackContact = Omit<Contact, SensitiveContactField> &
  Partial<Pick<Contact, SensitiveContactField>>;

/** One pen portrait. */
export interface PenPortrait {
  id: string;
  /** Titles, names in the person's own order and post-nominals: "Prof. Dr. Hans Schmidt". */
  name: string;
  details: Field[];
  /** A JPEG or PNG data URL; other formats are left out, as the PDF cannot embed them. */
  photo?: string;
  notes: string[];
}

/** A delegation member's needs, printed only with sensitive data chosen. */
export interface NeedsEntry {
  name: string;
  details: Field[];
}

/** Someone to call: name, role and phone numbers. */
export interface EmergencyContact {
  name: string;
  role: string;
  phones: string[];
}

const EMBEDDABLE_PHOTO = /^data:image\/(jpeg|jpg|png);base64,/i;
const NOTE_LENGTH = 400;

/** The visit roles of each person: the lead, the members' roles, chairs, attendees. */
export function visitRoles(data: BriefingData): Map<string, VisitMemberRole[]> {
  const roles = new Map<string, VisitMemberRole[]>();
  const add = (id: string, role: VisitMemberRole) => {
    const list = roles.get(id) ?? [];
    if (!list.includes(role)) list.push(role);
    roles.set(id, list);
  };
  if (data.visit.leadContactId) add(data.visit.leadContactId, 'lead');
  for (const member of data.visit.members) add(member.contactId, member.role);
  return roles;
}

/**
 * People in reading order: the lead, then members by role (hosts and
 * organisers before delegates), then everyone else; alphabetical within each.
 */
export function orderedContacts<T extends Contact | PackContact>(
  contacts: readonly T[],
  roles: Map<string, VisitMemberRole[]>,
): T[] {
  const rank = (contact: T) => {
    const own = roles.get(contact.id);
    if (!own) return VISIT_MEMBER_ROLES.length;
    return Math.min(...own.map((role) => VISIT_MEMBER_ROLES.indexOf(role)));
  };
  return [...contacts].sort((a, b) => rank(a) - rank(b) || compareContacts(a, b));
}

/** The contacts with sensitive fields removed unless `includeSensitive`. */
export function packContacts(data: BriefingData, includeSensitive: boolean): PackContact[] {
  return includeSensitive ? data.contacts : data.contacts.map((c) => withoutSensitiveFields(c));
}

/** Name with titles before and after, for headings and lists. */
export function listName(contact: PackContact): string {
  return [titledName(contact), contact.titlesAfter?.trim()].filter(Boolean).join(' ');
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > NOTE_LENGTH ? `${flat.slice(0, NOTE_LENGTH - 1).trimEnd()}…` : flat;
}

/** Pen portraits of everyone in the pack, with the forms of address in its language. */
export function penPortraits(
  data: BriefingData,
  contacts: readonly PackContact[],
  language: BriefingLanguage,
  s: PackStrings,
  format: PackFormat,
  organisationName: (id: string) => string,
): PenPortrait[] {
  const p = s.people;
  const roles = visitRoles(data);
  // The reader's day, as the app's own screens count it, not the UTC one.
  const today = isoDateOf(data.generatedAt, data.homeTimeZone);
  const chaired = new Map<string, string[]>();
  const attending = new Set<string>();
  for (const item of data.agendaItems) {
    if (item.chairContactId) {
      chaired.set(item.chairContactId, [...(chaired.get(item.chairContactId) ?? []), item.title]);
    }
    for (const id of item.attendeeIds) attending.add(id);
  }
  return orderedContacts(contacts, roles).map((contact) => {
    const ownRoles = (roles.get(contact.id) ?? []).map((role) => s.roles[role]);
    if (ownRoles.length === 0 && attending.has(contact.id)) ownRoles.push(p.attendee);
    const affiliations = contact.affiliations
      .filter((a) => !a.to || a.to >= today)
      .map((a) => [a.role.trim(), organisationName(a.organisationId)].filter(Boolean).join(', '));
    const notes = (data.notesByContact[contact.id] ?? []).map(
      (note) =>
        `${format.date(isoDateOf(note.date, data.homeTimeZone))} (${note.author}): ${shorten(note.body)}`,
    );
    const photo = contact.photo && EMBEDDABLE_PHOTO.test(contact.photo) ? contact.photo : undefined;
    const details: Field[] = [
      [p.formalStyle, formalStyle(contact, language)],
      [p.spokenForm, spokenForm(contact, language)],
      [p.salutation, letterSalutation(contact, language)],
    ];
    if (contact.office?.title.trim()) details.push([p.office, contact.office.title.trim()]);
    if (affiliations.length > 0) details.push([p.organisation, affiliations.join('; ')]);
    if (ownRoles.length > 0) details.push([p.roles, ownRoles.join(', ')]);
    const chairs = chaired.get(contact.id);
    if (chairs) details.push([p.chairs, chairs.join('; ')]);
    if (contact.pronunciation?.trim()) details.push([p.pronunciation, contact.pronunciation]);
    if (contact.languages.length > 0) {
      details.push([p.languages, contact.languages.map(format.languageName).join(', ')]);
    }
    return {
      id: contact.id,
      name: listName(contact) || s.unknownPerson,
      details,
      ...(photo ? { photo } : {}),
      notes,
    };
  });
}

/** Dietary and access needs of the lead and the delegation members who have any. */
export function delegationNeeds(
  data: BriefingData,
  contacts: readonly PackContact[],
  s: PackStrings,
): NeedsEntry[] {
  const roles = visitRoles(data);
  return orderedContacts(
    contacts.filter((contact) => roles.has(contact.id)),
    roles,
  ).flatMap((contact) => {
    const details: Field[] = [];
    if (contact.dietaryNeeds?.trim()) details.push([s.needs.dietary, contact.dietaryNeeds.trim()]);
    if (contact.accessibilityNeeds?.trim()) {
      details.push([s.needs.access, contact.accessibilityNeeds.trim()]);
    }
    return details.length > 0 ? [{ name: listName(contact), details }] : [];
  });
}

/** The lead, hosts and organisers, with their phone numbers. */
export function emergencyContacts(
  data: BriefingData,
  contacts: readonly PackContact[],
  s: PackStrings,
): EmergencyContact[] {
  const roles = visitRoles(data);
  const wanted = new Set<VisitMemberRole>(['lead', 'host', 'organiser']);
  return orderedContacts(
    contacts.filter((contact) => roles.get(contact.id)?.some((role) => wanted.has(role))),
    roles,
  ).map((contact) => ({
    name: fullName(contact),
    role: (roles.get(contact.id) ?? [])
      .filter((role) => wanted.has(role))
      .map((role) => s.roles[role])
      .join(', '),
    phones: contact.phones.map((phone) =>
      phone.label.trim() ? `${phone.number} (${phone.label.trim()})` : phone.number,
    ),
  }));
}
