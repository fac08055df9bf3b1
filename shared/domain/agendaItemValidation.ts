import { isNonexistentLocalTime, isValidTimeZone, localToUtc } from '../time/zonedTime';
import { AGENDA_ITEM_KINDS, AGENDA_ITEM_STATUSES, type AgendaItem } from './agendaItem';
import type { BaseDocument } from './common';
import { collectIssues, isBlank, type FieldIssue, type TextIssueCode } from './fieldIssue';
import { LIMITS } from './schemaParts';

/**
 * Why an agenda item field is not acceptable. Codes only: the UI translates
 * them.
 */
export type AgendaItemIssueCode =
  | 'required'
  | TextIssueCode
  | 'dateTime'
  | 'timeZone'
  | 'timeOrder'
  | 'nonexistentTime'
  | 'invalidOption';

/** One problem with the agenda item form, at a field path like `end`. */
export type AgendaItemIssue = FieldIssue<AgendaItemIssueCode>;

/** What the agenda item form holds; the derived UTC fields are left to `deriveAgendaUtc`. */
export type AgendaItemInput = Partial<
  Omit<AgendaItem, Exclude<keyof BaseDocument, 'tags'> | 'startUtc' | 'endUtc'>
>;

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const TEXT_LIMITS = {
  title: LIMITS.shortText,
  venueName: LIMITS.shortText,
  venueAddress: LIMITS.mediumText,
  purpose: LIMITS.longText,
  briefingNotes: LIMITS.longText,
  dressCode: LIMITS.shortText,
  transport: LIMITS.longText,
} as const satisfies Partial<Record<keyof AgendaItemInput, number>>;

/** The instant of a local time, or undefined when the time or zone cannot be read. */
function instantOf(local: string, timeZone: string): string | undefined {
  try {
    return localToUtc(local, timeZone);
  } catch {
    return undefined;
  }
}

/**
 * Checks one agenda item: times that exist in the venue's zone (a time in the
 * spring-forward gap does not), an end after the start, known options.
 * Returns every issue found, in form order.
 */
export function validateAgendaItem(input: AgendaItemInput): AgendaItemIssue[] {
  const { issues, add, checkLength } = collectIssues<AgendaItemIssueCode>();

  if (isBlank(input.title)) add('title', 'required');
  if (input.kind === undefined || !(AGENDA_ITEM_KINDS as readonly string[]).includes(input.kind)) {
    add('kind', 'invalidOption');
  }

  const zone = input.timeZone ?? '';
  const zoneOk = isValidTimeZone(zone);
  if (isBlank(zone)) add('timeZone', 'required');
  else if (!zoneOk) add('timeZone', 'timeZone');

  const instants: Partial<Record<'start' | 'end', string>> = {};
  for (const field of ['start', 'end'] as const) {
    const local = input[field] ?? '';
    if (local === '') {
      add(field, 'required');
      continue;
    }
    const instant = LOCAL_DATE_TIME.test(local) && zoneOk ? instantOf(local, zone) : undefined;
    if (instant === undefined) {
      // A bad zone is already reported; only blame the time when it is the time's fault.
      if (zoneOk || !LOCAL_DATE_TIME.test(local)) add(field, 'dateTime');
    } else if (isNonexistentLocalTime(local, zone)) add(field, 'nonexistentTime');
    else instants[field] = instant;
  }
  if (instants.start && instants.end && Date.parse(instants.end) <= Date.parse(instants.start)) {
    add('end', 'timeOrder');
  }
  if (
    input.status === undefined ||
    !(AGENDA_ITEM_STATUSES as readonly string[]).includes(input.status)
  ) {
    add('status', 'invalidOption');
  }
  for (const [field, max] of Object.entries(TEXT_LIMITS)) {
    checkLength(field, input[field as keyof typeof TEXT_LIMITS], max);
  }
  return issues;
}
