import 'i18next';
import type { Messages } from './resources';

// Typed translation keys: `t('contacts.nwe')` fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
