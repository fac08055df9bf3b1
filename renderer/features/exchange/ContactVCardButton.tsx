import type { Contact } from '../../../shared/domain/contact';

export interface ContactVCardButtonProps {
  contact: Contact;
}

/** Saves one contact as a vCard 4.0 file. */
export function ContactVCardButton(_props: ContactVCardButtonProps) {
  return null;
}
