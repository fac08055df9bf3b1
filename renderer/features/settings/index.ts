// The Settings screen, as the app's root routes to it.
export { SettingsPage } from './SettingsPage';
