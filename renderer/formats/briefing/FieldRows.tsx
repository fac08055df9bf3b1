import { Text, View } from '@react-pdf/renderer';
import type { Field } from './programmeModel';
import { pdfStyles as styles } from './pdfStyles';

export interface FieldRowsProps {
  fields: readonly Field[];
}

/** Label–value rows: the label bold in a column, the value beside it. */
export function FieldRows({ fields }: FieldRowsProps) {
  return (
    <View>
      {fields.map(([label, value], index) => (
        <View key={`${label}-${index}`} style={styles.fieldRow}>
          <Text style={styles.fieldLabel}>{label}</Text>
          <Text style={styles.fieldValue}>{value}</Text>
        </View>
      ))}
    </View>
  );
}
