/** Import contacts (vCard, CSV) and export them (vCard, CSV), above the contact list. */
export function ContactsExchangeActions() {
  return null;
}
