// The Organisations screens, as the app's root routes to them.
export { OrganisationsPage } from './OrganisationsPage';
