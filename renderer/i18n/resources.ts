import { appMessages } from '../app/appMessages';
import { contactMessages, validationMessages } from '../features/contacts/contactMessages';
import { visitMessages } from '../features/visits/visitMessages';
import { searchMessages } from '../features/search/searchMessages';
import { todayMessages } from '../features/today/todayMessages';
import { sampleMessages } from '../features/sample/sampleMessages';
import { followUpMessages } from '../features/followUps/followUpMessages';
import { noteMessages } from '../features/notes/noteMessages';
import { organisationMessages } from '../features/organisations/organisationMessages';
import { partnershipMessages } from '../features/partnerships/partnershipMessages';
import { signInMessages } from '../features/sync/signIn/signInMessages';
import { syncStatusMessages } from '../features/sync/status/syncStatusMessages';
import { conflictMessages } from '../features/sync/conflicts/conflictMessages';
import { syncProblemMessages } from '../features/sync/conflicts/syncProblemMessages';
import { briefingMessages } from '../features/briefing/briefingMessages';
import { calendarMessages } from '../features/calendar/calendarMessages';
import { exchangeMessages } from '../features/exchange/exchangeMessages';
import { personDataMessages } from '../features/personData/personDataMessages';

/**
 * Every feature's strings, gathered per language. A feature keeps its strings
 * in its own `defineMessages` module and adds it here under one key.
 */
export const en = {
  ...appMessages.en,
  contacts: contactMessages.en,
  validation: validationMessages.en,
  visits: visitMessages.en,
  search: searchMessages.en,
  today: todayMessages.en,
  sample: sampleMessages.en,
  organisations: organisationMessages.en,
  partnerships: partnershipMessages.en,
  followUps: followUpMessages.en,
  notes: noteMessages.en,
  signIn: signInMessages.en,
  syncStatus: syncStatusMessages.en,
  conflicts: conflictMessages.en,
  syncProblems: syncProblemMessages.en,
  briefing: briefingMessages.en,
  calendar: calendarMessages.en,
  exchange: exchangeMessages.en,
  personData: personDataMessages.en,
};

export const de: typeof en = {
  ...appMessages.de,
  contacts: contactMessages.de,
  validation: validationMessages.de,
  visits: visitMessages.de,
  search: searchMessages.de,
  today: todayMessages.de,
  sample: sampleMessages.de,
  organisations: organisationMessages.de,
  partnerships: partnershipMessages.de,
  followUps: followUpMessages.de,
  notes: noteMessages.de,
  signIn: signInMessages.de,
  syncStatus: syncStatusMessages.de,
  conflicts: conflictMessages.de,
  syncProblems: syncProblemMessages.de,
  briefing: briefingMessages.de,
  calendar: calendarMessages.de,
  exchange: exchangeMessages.de,
  personData: personDataMessages.de,
};

/** The shape every translation has; typed `t()` keys come from it. */
export type Messages = typeof en;
