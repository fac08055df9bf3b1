// What other features embed: a visit's calendar actions, a person's itinerary.
export { ItineraryExportButton } from './ItineraryExportButton';
export { VisitCalendarActions } from './VisitCalendarActions';
