// What other features embed: a contact's vCard button, the list's import and export.
export { ContactVCardButton } from './ContactVCardButton';
export { ContactsExchangeActions } from './ContactsExchangeActions';
