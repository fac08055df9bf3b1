import { Text, View } from '@react-pdf/renderer';
import { BulletList } from './BulletList';
import { pdfStyles as styles } from './pdfStyles';

export interface ListSectionProps {
  heading: string;
  /** Sub-headed lists; a part with no items says `empty`. */
  parts: readonly { heading: string; items: readonly string[] }[];
  empty: string;
}

/** A section of bulleted lists: purpose and objectives, key messages and lines to take. */
export function ListSection({ heading, parts, empty }: ListSectionProps) {
  return (
    <View>
      <Text style={styles.h1} minPresenceAhead={60}>
        {heading}
      </Text>
      {parts.map((part) => (
        <View key={part.heading}>
          <Text style={styles.h2} minPresenceAhead={40}>
            {part.heading}
          </Text>
          <BulletList items={part.items} empty={empty} />
        </View>
      ))}
    </View>
  );
}
