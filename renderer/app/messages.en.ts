import { appMessagesEn } from './appMessages.en';
import { contactMessagesEn, validationMessagesEn } from '../features/contacts/contactMessages.en';
import { visitMessagesEn } from '../features/visits/visitMessages.en';
import { searchMessagesEn } from '../features/search/searchMessages.en';
import { todayMessagesEn } from '../features/today/todayMessages.en';
import { sampleMessagesEn } from '../features/sample/sampleMessages.en';
import { organisationMessagesEn } from '../features/organisations/organisationMessages.en';
import { partnershipMessagesEn } from '../features/partnerships/partnershipMessages.en';
import { followUpMessagesEn } from '../features/followUps/followUpMessages.en';
import { noteMessagesEn } from '../features/notes/noteMessages.en';
import { signInMessagesEn } from '../features/sync/signIn/signInMessages.en';
import { syncStatusMessagesEn } from '../features/sync/status/syncStatusMessages.en';
import { conflictMessagesEn } from '../features/sync/conflicts/conflictMessages.en';
import { syncProblemMessagesEn } from '../features/sync/conflicts/syncProblemMessages.en';
import { briefingMessagesEn } from '../features/briefing/briefingMessages.en';
import { calendarMessagesEn } from '../features/calendar/calendarMessages.en';
import { exchangeMessagesEn } from '../features/exchange/exchangeMessages.en';
import { personDataMessagesEn } from '../features/personData/personDataMessages.en';

/**
 * Every string of the app in English, gathered from each feature's
 * `xMessages.en.ts` under one key: the tree i18next is given and typed
 * against (renderer/i18n/i18next.d.ts), and the source of every translation.
 */
export const messagesEn = {
  ...appMessagesEn,
  contacts: contactMessagesEn,
  validation: validationMessagesEn,
  visits: visitMessagesEn,
  search: searchMessagesEn,
  today: todayMessagesEn,
  sample: sampleMessagesEn,
  organisations: organisationMessagesEn,
  partnerships: partnershipMessagesEn,
  followUps: followUpMessagesEn,
  notes: noteMessagesEn,
  signIn: signInMessagesEn,
  syncStatus: syncStatusMessagesEn,
  conflicts: conflictMessagesEn,
  syncProblems: syncProblemMessagesEn,
  briefing: briefingMessagesEn,
  calendar: calendarMessagesEn,
  exchange: exchangeMessagesEn,
  personData: personDataMessagesEn,
};
