import { utcToLocal } from '../time/zonedTime';
import { deriveAgendaUtc } from './agenda';
import type { AgendaItem } from './agendaItem';

/**
 * New local start and end for an item moved to `newStart` (venue time),
 * keeping its real duration: a two-hour meeting stays two hours long even if
 * the clocks change during it.
 */
export function moveAgendaTimes(
  item: Pick<AgendaItem, 'startUtc' | 'endUtc' | 'timeZone'>,
  newStart: string,
): Pick<AgendaItem, 'start' | 'end' | 'startUtc' | 'endUtc'> {
  const duration = Date.parse(item.endUtc) - Date.parse(item.startUtc);
  const { startUtc } = deriveAgendaUtc({ start: newStart, end: newStart, timeZone: item.timeZone });
  const endUtc = new Date(Date.parse(startUtc) + Math.max(duration, 0))
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  return { start: newStart, end: utcToLocal(endUtc, item.timeZone), startUtc, endUtc };
}
