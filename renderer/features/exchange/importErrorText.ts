import type { TFunction } from 'i18next';
import { errorMessage } from '../../../shared/text/errorMessage';
import { CsvImportError } from '../../formats/csv/readCsv';
import { VCardImportError } from '../../formats/vcard/vcardText';
import { ContactImportError } from './writeContactImport';

/** A file or import error in the user's language, naming the card, row or line. */
export function importErrorText(t: TFunction, error: unknown): string {
  if (error instanceof VCardImportError) {
    return t(`exchange.errors.${error.code}`, { card: error.card, line: error.line });
  }
  if (error instanceof CsvImportError) {
    return t(`exchange.errors.${error.code}`, {
      line: error.line,
      row: error.row,
      expected: error.expected,
      found: error.found,
    });
  }
  const message = errorMessage(error);
  if (error instanceof ContactImportError) return t('exchange.import.failed', { message });
  return t('exchange.errors.unreadable', { message });
}
