import { Temporal } from 'temporal-polyfill';
import { daysBetween, isValidIsoDate, shiftIsoDate } from '../time/isoDate';
import { deriveAgendaUtc } from './agenda';
import type { AgendaItem } from './agendaItem';
import type { Visit } from './visit';

/** How `duplicateVisitAsTemplate` makes ids, stamps and names the copy. */
export interface DuplicateVisitOptions {
  /** Makes a new document id (`newId` from common.ts in the app; a counter in tests). */
  newId: () => string;
  /** ISO instant used as `createdAt` and `updatedAt` of every copy. */
  now: string;
  /** Stored as `updatedBy`. */
  author: string;
  /** A template starts as an idea or as planned; never as confirmed. Default `planned`. */
  status?: 'idea' | 'planned';
  /**
   * The copy's title. shared/ carries no UI wording, so the UI passes its
   * translated "… (copy)"; the default is the English form.
   */
  title?: string;
}

/** A duplicated visit and its programme, ready to insert. */
export interface DuplicatedVisit {
  visit: Visit;
  items: AgendaItem[];
}

/** A local `YYYY-MM-DDTHH:mm` moved by whole days, keeping its wall-clock time. */
function shiftLocalDateTime(local: string, days: number): string {
  return Temporal.PlainDateTime.from(local).add({ days }).toString({ smallestUnit: 'minute' });
}

/**
 * A new visit built from an old one as a template: same programme, people
 * and briefing text, starting on `newStartDate`.
 *
 * Every agenda item moves by the same number of whole days and keeps its
 * wall-clock time at the venue (the host's 10:00 stays 10:00 even when a
 * clock change lies between the two dates), so its UTC instants are derived
 * afresh. Cancelled items are left out; the copies start as `planned`,
 * because confirmations belong to the old dates.
 * @throws {RangeError} when `newStartDate` is not a real ISO date.
 */
export function duplicateVisitAsTemplate(
  visit: Visit,
  items: readonly AgendaItem[],
  newStartDate: string,
  options: DuplicateVisitOptions,
): DuplicatedVisit {
  if (!isValidIsoDate(newStartDate)) {
    throw new RangeError(`"${newStartDate}" is not an ISO date (YYYY-MM-DD)`);
  }
  const shift = daysBetween(visit.startDate, newStartDate);
  const stamp = { createdAt: options.now, updatedAt: options.now, updatedBy: options.author };
  const copy: Visit = {
    ...visit,
    // Fresh arrays and objects, so editing the copy never touches the original.
    members: visit.members.map((member) => ({ ...member })),
    partnerOrganisationIds: [...visit.partnerOrganisationIds],
    tags: [...visit.tags],
    ...(visit.logistics ? { logistics: { ...visit.logistics } } : {}),
    ...stamp,
    id: options.newId(),
    title: options.title ?? `${visit.title} (copy)`,
    status: options.status ?? 'planned',
    startDate: newStartDate,
    endDate: shiftIsoDate(visit.endDate, shift),
  };
  const copiedItems = items
    .filter((item) => item.visitId === visit.id && item.status !== 'cancelled')
    .map((item): AgendaItem => {
      const start = shiftLocalDateTime(item.start, shift);
      const end = shiftLocalDateTime(item.end, shift);
      return {
        ...item,
        attendeeIds: [...item.attendeeIds],
        tags: [...item.tags],
        ...stamp,
        id: options.newId(),
        visitId: copy.id,
        start,
        end,
        ...deriveAgendaUtc({ start, end, timeZone: item.timeZone }),
        status: 'planned',
      };
    });
  return { visit: copy, items: copiedItems };
}
