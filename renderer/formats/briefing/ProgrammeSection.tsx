import { Text, View } from '@react-pdf/renderer';
import type { BriefingModel } from './briefingModel';
import { FieldRows } from './FieldRows';
import type { ProgrammeDay, ProgrammeEntry } from './programmeModel';
import { pdfStyles as styles } from './pdfStyles';

export interface ProgrammeSectionProps {
  model: BriefingModel;
  /** The days on this run of pages; the section's heading comes with the first day. */
  days: readonly ProgrammeDay[];
  first: boolean;
}

function Entry({ entry }: { entry: ProgrammeEntry }) {
  return (
    <View style={styles.entry}>
      <View style={styles.entryHead} wrap={false} minPresenceAhead={40}>
        <Text style={styles.time}>{entry.time}</Text>
        {entry.homeTime && <Text style={styles.homeTime}>({entry.homeTime})</Text>}
        {entry.mark && <Text style={styles.mark}>{entry.mark}</Text>}
        <Text style={entry.cancelled ? styles.cancelledTitle : styles.entryTitle}>
          {entry.title}
        </Text>
      </View>
      <Text style={styles.kind}>{[entry.kind, entry.zone].filter(Boolean).join(' · ')}</Text>
      <FieldRows fields={entry.details} />
    </View>
  );
}

/** The programme day by day: venue times, home times beside them, and each slot's details. */
export function ProgrammeSection({ model, days, first }: ProgrammeSectionProps) {
  const s = model.strings;
  return (
    <View>
      {first && <Text style={styles.h1}>{s.sections.programme}</Text>}
      {first && <Text style={styles.note}>{model.zoneNote}</Text>}
      {days.map((day) => (
        <View key={day.heading}>
          <Text style={styles.h2} minPresenceAhead={80}>
            {day.heading}
          </Text>
          {day.entries.length === 0 && <Text style={styles.note}>{s.programme.emptyDay}</Text>}
          {day.entries.map((entry) => (
            <Entry key={entry.id} entry={entry} />
          ))}
        </View>
      ))}
    </View>
  );
}
