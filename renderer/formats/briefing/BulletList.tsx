import { Text, View } from '@react-pdf/renderer';
import { pdfStyles as styles } from './pdfStyles';

export interface BulletListProps {
  items: readonly string[];
  /** Printed instead when there are no items. */
  empty: string;
}

/** A bulleted list, or a line saying there is nothing. */
export function BulletList({ items, empty }: BulletListProps) {
  if (items.length === 0) return <Text style={styles.note}>{empty}</Text>;
  return (
    <View>
      {items.map((item, index) => (
        <View key={index} style={styles.bulletRow} wrap={false}>
          <Text style={styles.bullet}>•</Text>
          <Text style={styles.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}
