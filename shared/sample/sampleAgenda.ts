import { deriveAgendaUtc } from '../domain/agenda';
import type { AgendaItem } from '../domain/agendaItem';
import type { BaseDocument } from '../domain/common';
import { sampleBase } from './sampleBase';

/** One programme slot as the sample writes it: local times at the venue. */
export type SampleSlot = Omit<
  AgendaItem,
  keyof BaseDocument | 'visitId' | 'timeZone' | 'startUtc' | 'endUtc' | 'status' | 'attendeeIds'
> & {
  id: string;
  attendeeIds?: string[];
};

/**
 * A visit's agenda items. The UTC instants are derived from the local times
 * with the app's own rule (`deriveAgendaUtc`), never written by hand, so the
 * sample cannot disagree with what the editor would store. The visits are
 * over, so every slot is `confirmed`.
 */
export function sampleAgenda(
  visitId: string,
  timeZone: string,
  now: string,
  slots: readonly SampleSlot[],
): AgendaItem[] {
  return slots.map(({ id, attendeeIds = [], ...slot }) => ({
    ...sampleBase(id, now),
    visitId,
    timeZone,
    ...deriveAgendaUtc({ start: slot.start, end: slot.end, timeZone }),
    attendeeIds,
    status: 'confirmed',
    ...slot,
  }));
}
