// What other features embed from the conflicts feature.
export { ChangedMeanwhileNotice } from './ChangedMeanwhileNotice';
