// The Contacts screens, as the app's root routes to them.
export { ContactsPage } from './ContactsPage';
