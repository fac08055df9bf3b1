import { Text, View } from '@react-pdf/renderer';
import type { Field } from './programmeModel';
import { FieldRows } from './FieldRows';
import { pdfStyles as styles } from './pdfStyles';

/** One titled entry: a venue, an organisation, a follow-up, a person's needs. */
export interface SectionEntry {
  /** Absent for an untitled block, e.g. the logistics rows under the section's heading. */
  title?: string;
  fields?: readonly Field[];
  /** Plain lines under the fields. */
  lines?: readonly string[];
}

export interface EntriesSectionProps {
  /** Absent on the section's later runs of pages. */
  heading?: string;
  entries: readonly SectionEntry[];
  /** Printed when there are no entries; nothing when empty. */
  empty: string;
  /** A line under the heading, e.g. how the section was compared. */
  intro?: string;
}

/** A section of titled entries, each with label–value rows and plain lines. */
export function EntriesSection({ heading, entries, empty, intro }: EntriesSectionProps) {
  return (
    <View>
      {heading && (
        <Text style={styles.h1} minPresenceAhead={60}>
          {heading}
        </Text>
      )}
      {intro && <Text style={styles.note}>{intro}</Text>}
      {entries.length === 0 && empty && <Text style={styles.note}>{empty}</Text>}
      {entries.map((entry, index) => (
        <View key={`${entry.title ?? ''}-${index}`} style={styles.paragraph}>
          {entry.title && (
            <Text style={styles.h3} minPresenceAhead={30}>
              {entry.title}
            </Text>
          )}
          {entry.fields && <FieldRows fields={entry.fields} />}
          {entry.lines?.map((line, lineIndex) => (
            <Text key={lineIndex}>{line}</Text>
          ))}
        </View>
      ))}
    </View>
  );
}
