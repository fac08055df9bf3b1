import type { BriefingChanges, SnapshotItem } from './briefingSnapshot';
import type { SectionEntry } from './EntriesSection';
import type { PackFormat } from './packFormat';
import { fill, type PackStrings } from './packStrings';

/** The addendum's intro line and entries, worded in the pack's language. */
export function addendumEntries(
  changes: BriefingChanges | null,
  s: PackStrings,
  format: PackFormat,
  venueZone: string,
): { intro: string; entries: SectionEntry[] } {
  const a = s.addendum;
  if (!changes) return { intro: a.noPrevious, entries: [] };
  const when = (item: SnapshotItem) =>
    `${format.date(item.start.slice(0, 10))}, ${format.time(item.start)}–${format.time(item.end)}` +
    (item.timeZone === venueZone ? '' : ` (${item.timeZone})`);
  const venue = (item: SnapshotItem) => item.venue ?? a.noVenue;
  const entries: SectionEntry[] = changes.items.map((change) => {
    const { item, previous } = change;
    const headline = {
      added: a.added,
      changed: a.changed,
      cancelled: a.cancelled,
      removed: a.removed,
    }[change.kind];
    const lines: string[] = [];
    if (change.kind !== 'changed' || !change.fields.includes('time')) {
      lines.push([when(item), item.venue].filter(Boolean).join(' · '));
    }
    if (previous && change.kind !== 'removed') {
      for (const field of change.fields) {
        if (field === 'time')
          lines.push(fill(a.timeChange, { from: when(previous), to: when(item) }));
        if (field === 'venue') {
          lines.push(fill(a.venueChange, { from: venue(previous), to: venue(item) }));
        }
        if (field === 'status' && change.kind !== 'cancelled') {
          lines.push(
            fill(a.statusChange, {
              from: s.itemStatuses[previous.status],
              to: s.itemStatuses[item.status],
            }),
          );
        }
        if (field === 'title')
          lines.push(fill(a.titleChange, { from: previous.title, to: item.title }));
      }
    }
    return { title: `${headline}: ${item.title}`, lines };
  });
  for (const person of changes.peopleAdded) {
    entries.push({ title: `${a.personAdded}: ${person.name}` });
  }
  for (const person of changes.peopleRemoved) {
    entries.push({ title: `${a.personRemoved}: ${person.name}` });
  }
  return {
    intro: `${fill(a.since, { date: format.instant(changes.since) })}${entries.length === 0 ? ` ${a.noChanges}` : ''}`,
    entries,
  };
}
