import type { Contact } from '../../../shared/domain/contact';

export interface PersonDataActionsProps {
  contact: Contact;
}

/** Right of access and erasure for one person: export all held about them, or erase them. */
export function PersonDataActions(_props: PersonDataActionsProps) {
  return null;
}
