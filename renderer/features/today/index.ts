// The Today screen, as the app's root routes to it.
export { TodayPage } from './TodayPage';
