import 'i18next';
import type { Messages } from './messages';

// Typed translation keys: `t('contacts.nwe')` fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
