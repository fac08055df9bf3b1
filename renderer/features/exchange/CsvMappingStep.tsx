import { useTranslation } from 'react-i18next';
import { SelectControl, type SelectOptions } from '../../components/form/SelectControl';
import { CSV_COLUMN_IDS, type CsvColumnId } from '../../formats/csv/csvColumns';
import type { CsvMapping } from '../../formats/csv/csvMapping';
import type { CsvTable } from '../../formats/csv/readCsv';

export interface CsvMappingStepProps {
  table: CsvTable;
  mapping: CsvMapping;
  onChange: (mapping: CsvMapping) => void;
  onBack: () => void;
  onContinue: () => void;
}

const IGNORE = '';

/** Lets the user say which contact field each CSV column holds, or ignore it. */
export function CsvMappingStep({
  table,
  mapping,
  onChange,
  onBack,
  onContinue,
}: CsvMappingStepProps) {
  const { t } = useTranslation();
  const options: SelectOptions = [
    [IGNORE, t('exchange.import.ignore')],
    ...CSV_COLUMN_IDS.map((id) => [id, t(`exchange.columns.${id}`)] as const),
  ];
  return (
    <section aria-labelledby="csv-mapping-title">
      <h3 id="csv-mapping-title">{t('exchange.import.mappingTitle')}</h3>
      <p className="hint">{t('exchange.import.mappingHint')}</p>
      {table.headers.map((header, index) => {
        const example = table.rows.find((row) => row.cells[index]?.trim())?.cells[index]?.trim();
        return (
          <SelectControl
            key={index}
            label={t('exchange.import.columnTarget', { header: header || String(index + 1) })}
            hint={example ? t('exchange.import.example', { value: example }) : undefined}
            value={mapping[index] ?? IGNORE}
            options={options}
            onChange={(value) =>
              onChange(
                mapping.map((target, at) =>
                  at === index ? (value === IGNORE ? null : (value as CsvColumnId)) : target,
                ),
              )
            }
          />
        );
      })}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onBack}>
          {t('exchange.import.back')}
        </button>
        <button type="button" className="button primary" onClick={onContinue}>
          {t('exchange.import.showPreview')}
        </button>
      </div>
    </section>
  );
}
