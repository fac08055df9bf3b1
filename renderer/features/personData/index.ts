// What the contact page embeds: a person's access and erasure actions.
export { PersonDataActions } from './PersonDataActions';
