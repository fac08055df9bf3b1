import { Image, Text, View } from '@react-pdf/renderer';
import type { BriefingModel } from './briefingModel';
import type { PenPortrait } from './peopleModel';
import { BulletList } from './BulletList';
import { FieldRows } from './FieldRows';
import { pdfStyles as styles } from './pdfStyles';

export interface PeopleSectionProps {
  model: BriefingModel;
  /** The portraits on this run of pages; the section's heading comes with the first. */
  people: readonly PenPortrait[];
  first: boolean;
}

/** Pen portraits: the name, how to address the person, who they are, and the last notes. */
export function PeopleSection({ model, people, first }: PeopleSectionProps) {
  const s = model.strings;
  return (
    <View>
      {first && <Text style={styles.h1}>{s.sections.people}</Text>}
      {people.length === 0 && <Text style={styles.note}>{s.none}</Text>}
      {people.map((person) => (
        <View key={person.id} style={styles.portrait}>
          {person.photo && <Image src={person.photo} style={styles.photo} />}
          <View style={styles.portraitBody}>
            <Text style={styles.h2} minPresenceAhead={60}>
              {person.name}
            </Text>
            <FieldRows fields={person.details} />
            {person.notes.length > 0 && (
              <>
                <Text style={styles.h3}>{s.people.lastNotes}</Text>
                <BulletList items={person.notes} empty={s.none} />
              </>
            )}
          </View>
        </View>
      ))}
    </View>
  );
}
