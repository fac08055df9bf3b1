import { Temporal } from 'temporal-polyfill';
import { CalendarImportError } from './calendarImportError';

/** Where one top-level VEVENT and its properties sit in the file. */
export interface ScannedEvent {
  /** Line of `BEGIN:VEVENT`. */
  line: number;
  /** Line of each property's first occurrence, by upper-case name. */
  properties: Map<string, number>;
}

interface ContentLine {
  line: number;
  text: string;
}

/** RFC 5545 3.1: a line starting with a space or tab continues the one before. */
function unfold(text: string): ContentLine[] {
  const lines: ContentLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .forEach((raw, index) => {
      const last = lines.at(-1);
      if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.text += raw.slice(1);
      else if (raw.trim() !== '') lines.push({ line: index + 1, text: raw });
    });
  return lines;
}

/** Splits `NAME;PARAM=x:value`, minding colons inside quoted parameter values. */
function splitLine(text: string): { name: string; params: string; value: string } | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) {
      const head = text.slice(0, i);
      const cut = head.indexOf(';');
      const name = cut === -1 ? head : head.slice(0, cut);
      if (!/^[A-Za-z0-9-]+$/.test(name)) return undefined;
      return {
        name: name.toUpperCase(),
        params: cut === -1 ? '' : head.slice(cut + 1),
        value: text.slice(i + 1),
      };
    }
  }
  return undefined;
}

const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z?$/;
const DURATION = /^[+-]?P(?:\d+W|(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$/;

/** Whether a DATE or DATE-TIME value names a day and time that exist. */
function isDateValue(value: string, params: string): boolean {
  const dateOnly = /(^|;)VALUE=DATE(;|$)/i.test(params);
  const match = (dateOnly ? DATE : DATE_TIME).exec(value);
  if (!match) return false;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  try {
    Temporal.PlainDate.from(
      { year: Number(year), month: Number(month), day: Number(day) },
      { overflow: 'reject' },
    );
  } catch {
    return false;
  }
  // 60 seconds is a leap second, which RFC 5545 allows.
  return Number(hour) < 24 && Number(minute) < 60 && Number(second) <= 60;
}

const DATE_PROPERTIES = new Set(['DTSTART', 'DTEND', 'RECURRENCE-ID']);

/**
 * Checks the structure ical.js parses leniently or with messages that name no
 * line: the file starts with BEGIN:VCALENDAR, every line is `NAME:value`,
 * every BEGIN has its END, and event dates and durations are well formed.
 * Returns where each top-level VEVENT sits, in file order.
 * @throws {CalendarImportError} naming the line (and property) at fault.
 */
export function scanCalendar(text: string): ScannedEvent[] {
  const lines = unfold(text);
  const first = lines[0];
  if (!first || !/^BEGIN:VCALENDAR$/i.test(first.text.trim())) {
    throw new CalendarImportError(
      'notICalendar',
      'This is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.',
      { line: first?.line ?? 1 },
    );
  }
  const open: { name: string; line: number }[] = [];
  const events: ScannedEvent[] = [];
  let event: ScannedEvent | undefined;
  for (const { line, text: content } of lines) {
    const parts = splitLine(content);
    if (!parts) {
      throw new CalendarImportError(
        'malformedLine',
        `"${content.slice(0, 40)}" is not a NAME:value line.`,
        { line },
      );
    }
    const { name, params, value } = parts;
    if (name === 'BEGIN') {
      open.push({ name: value.trim().toUpperCase(), line });
      if (open.length === 2 && open[1]?.name === 'VEVENT') {
        event = { line, properties: new Map() };
        events.push(event);
      }
      continue;
    }
    if (name === 'END') {
      const closing = value.trim().toUpperCase();
      const top = open.pop();
      if (top?.name !== closing) {
        throw new CalendarImportError(
          'mismatchedEnd',
          top
            ? `END:${closing} closes BEGIN:${top.name} of line ${top.line}.`
            : `END:${closing} has no BEGIN before it.`,
          { line, property: 'END' },
        );
      }
      if (open.length < 2) event = undefined;
      continue;
    }
    if (!event || open.length !== 2) continue;
    if (!event.properties.has(name)) event.properties.set(name, line);
    if (DATE_PROPERTIES.has(name) && !isDateValue(value.trim(), params)) {
      throw new CalendarImportError(
        'badDateTime',
        `${name} "${value}" is not a valid date or date-time.`,
        { line, property: name },
      );
    }
    if (name === 'DURATION' && !DURATION.test(value.trim())) {
      throw new CalendarImportError('badDuration', `DURATION "${value}" is not a duration.`, {
        line,
        property: name,
      });
    }
  }
  const unclosed = open.at(-1);
  if (unclosed) {
    throw new CalendarImportError(
      'unterminatedComponent',
      `BEGIN:${unclosed.name} is never closed by END:${unclosed.name}.`,
      { line: unclosed.line, property: 'BEGIN' },
    );
  }
  if (events.length === 0) {
    throw new CalendarImportError('noEvents', 'The file holds no events (VEVENT).');
  }
  return events;
}
