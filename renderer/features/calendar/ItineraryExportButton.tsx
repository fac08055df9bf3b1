import type { Contact } from '../../../shared/domain/contact';

export interface ItineraryExportButtonProps {
  contact: Contact;
}

/** Saves one person's itinerary (the agenda items they take part in) as iCalendar. */
export function ItineraryExportButton(_props: ItineraryExportButtonProps) {
  return null;
}
