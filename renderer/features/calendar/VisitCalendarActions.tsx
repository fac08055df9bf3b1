import type { Visit } from '../../../shared/domain/visit';

export interface VisitCalendarActionsProps {
  visit: Visit;
}

/** Export the visit's programme as iCalendar; import an .ics file into its agenda. */
export function VisitCalendarActions(_props: VisitCalendarActionsProps) {
  return null;
}
