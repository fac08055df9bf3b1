// The sync feature's screens and parts: sign-in, status, conflicts.
export { ChangedMeanwhileNotice } from './conflicts';
export { ConflictsPage } from './conflicts/ConflictsPage';
export { OpenConflictCount } from './conflicts/OpenConflictCount';
export { SyncServerSection } from './signIn/SyncServerSection';
export { SyncStatusBar } from './status/SyncStatusBar';
