// The Visits screens, and the lookups other features use on a visit's page.
export { VisitsPage } from './VisitsPage';
export { useVisitLookups, type VisitLookups } from './useVisitLookups';
