import { Text, View } from '@react-pdf/renderer';
import type { BriefingModel } from './briefingModel';
import { fill } from './packStrings';
import { pdfStyles as styles } from './pdfStyles';

export interface PageFrameProps {
  model: BriefingModel;
}

/**
 * What every page repeats: the classification line at the top (UK marking
 * practice puts it on each page) and a footer with the visit's title and the
 * page number, so a loose page still says where it belongs.
 */
export function PageFrame({ model }: PageFrameProps) {
  return (
    <>
      <Text style={styles.classification} fixed>
        {model.classification}
      </Text>
      <View style={styles.footer} fixed>
        <Text style={styles.footerTitle}>{model.title}</Text>
        <Text
          render={({ pageNumber, totalPages }) =>
            fill(model.strings.pageOf, { page: pageNumber, total: totalPages ?? pageNumber })
          }
        />
      </View>
    </>
  );
}
