import { appMessagesDe } from './appMessages.de';
import { contactMessagesDe, validationMessagesDe } from '../features/contacts/contactMessages.de';
import { visitMessagesDe } from '../features/visits/visitMessages.de';
import { searchMessagesDe } from '../features/search/searchMessages.de';
import { todayMessagesDe } from '../features/today/todayMessages.de';
import { sampleMessagesDe } from '../features/sample/sampleMessages.de';
import { organisationMessagesDe } from '../features/organisations/organisationMessages.de';
import { partnershipMessagesDe } from '../features/partnerships/partnershipMessages.de';
import { followUpMessagesDe } from '../features/followUps/followUpMessages.de';
import { noteMessagesDe } from '../features/notes/noteMessages.de';
import { signInMessagesDe } from '../features/sync/signIn/signInMessages.de';
import { syncStatusMessagesDe } from '../features/sync/status/syncStatusMessages.de';
import { conflictMessagesDe } from '../features/sync/conflicts/conflictMessages.de';
import { syncProblemMessagesDe } from '../features/sync/conflicts/syncProblemMessages.de';
import { briefingMessagesDe } from '../features/briefing/briefingMessages.de';
import { calendarMessagesDe } from '../features/calendar/calendarMessages.de';
import { exchangeMessagesDe } from '../features/exchange/exchangeMessages.de';
import { personDataMessagesDe } from '../features/personData/personDataMessages.de';
import type { Translation } from '../i18n/translation';
import type { messagesEn } from './messages.en';

/** `messagesEn` in German, gathered from each feature's `xMessages.de.ts`. */
export const messagesDe: Translation<typeof messagesEn> = {
  ...appMessagesDe,
  contacts: contactMessagesDe,
  validation: validationMessagesDe,
  visits: visitMessagesDe,
  search: searchMessagesDe,
  today: todayMessagesDe,
  sample: sampleMessagesDe,
  organisations: organisationMessagesDe,
  partnerships: partnershipMessagesDe,
  followUps: followUpMessagesDe,
  notes: noteMessagesDe,
  signIn: signInMessagesDe,
  syncStatus: syncStatusMessagesDe,
  conflicts: conflictMessagesDe,
  syncProblems: syncProblemMessagesDe,
  briefing: briefingMessagesDe,
  calendar: calendarMessagesDe,
  exchange: exchangeMessagesDe,
  personData: personDataMessagesDe,
};
