import { Page, Text, View } from '@react-pdf/renderer';
import type { BriefingModel } from './briefingModel';
import { FieldRows } from './FieldRows';
import { PageFrame } from './PageFrame';
import { pdfStyles as styles } from './pdfStyles';

export interface CoverPageProps {
  model: BriefingModel;
}

/** The cover: what the visit is, when and where, how to handle the pack, and what is in it. */
export function CoverPage({ model }: CoverPageProps) {
  const s = model.strings;
  const contents = [
    ...model.sections.map((section) => s.sections[section]),
    ...(model.needs ? [s.sections.needs] : []),
    ...(model.addendum !== undefined ? [s.sections.addendum] : []),
  ];
  return (
    <Page size="A4" style={styles.page}>
      <PageFrame model={model} />
      <Text style={styles.coverKicker}>{s.documentTitle}</Text>
      <Text style={styles.coverTitle}>{model.title}</Text>
      <FieldRows fields={model.cover} />
      <Text style={styles.coverClassification}>{model.classification}</Text>
      {model.sensitive && <Text style={styles.coverNote}>{s.sensitiveNote}</Text>}
      <Text style={styles.coverGenerated}>{model.generated}</Text>
      <View style={styles.contents}>
        <Text style={styles.h2}>{s.cover.contents}</Text>
        {contents.map((heading) => (
          <Text key={heading}>{heading}</Text>
        ))}
      </View>
    </Page>
  );
}
