// The Partnerships screens, as the app's root routes to them.
export { PartnershipsPage } from './PartnershipsPage';
