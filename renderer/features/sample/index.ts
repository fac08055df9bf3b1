// What other features embed: the button that loads the Birmingham–Leipzig sample.
export { LoadSampleButton } from './LoadSampleButton';
