// What other features embed: a record's follow-ups, and the button to add one.
export { EntityFollowUps, type EntityFollowUpsProps } from './EntityFollowUps';
export { FollowUpCreateButton, type FollowUpCreateButtonProps } from './FollowUpCreateButton';
export type { FollowUpLinks } from './followUpFormModel';
export { FollowUpsPage } from './FollowUpsPage';
