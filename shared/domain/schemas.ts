import type { MigrationStrategies, RxJsonSchema } from 'rxdb';
import type { AgendaItem } from './agendaItem';
import { agendaItemSchema } from './agendaItemSchema';
import type { CollectionName, SyncedCollectionName } from './collectionNames';
import type { Conflict } from './conflict';
import { conflictMigrationStrategies, conflictSchema } from './conflictSchema';
import type { Contact } from './contact';
import { contactMigrationStrategies, contactSchema } from './contactSchema';
import type { FollowUp } from './followUp';
import { followUpSchema } from './followUpSchema';
import type { Note } from './note';
import { noteSchema } from './noteSchema';
import type { Organisation } from './organisation';
import { organisationSchema } from './organisationSchema';
import type { Partnership } from './partnership';
import { partnershipSchema } from './partnershipSchema';
import type { Visit } from './visit';
import { visitSchema } from './visitSchema';

export {
  COLLECTION_NAMES,
  SYNCED_COLLECTION_NAMES,
  type CollectionName,
  type SyncedCollectionName,
} from './collectionNames';

/** The document type stored in each collection. */
export interface EntityByCollection {
  organisations: Organisation;
  contacts: Contact;
  partnerships: Partnership;
  visits: Visit;
  agendaItems: AgendaItem;
  followUps: FollowUp;
  notes: Note;
  conflicts: Conflict;
}

/** Documents of a workspace, per synced collection: a sample to load, an upload to write. */
export type WorkspaceDocuments = {
  [Name in SyncedCollectionName]: EntityByCollection[Name][];
};

/** What `addCollections` needs for one collection. */
export interface CollectionSchemaEntry<T> {
  schema: RxJsonSchema<T>;
  /** Present once the schema's `version` is above 0: one strategy per version. */
  migrationStrategies?: MigrationStrategies;
}

/** Schema (and migrations) of every collection, keyed by collection name. */
export const collectionSchemas: {
  [K in CollectionName]: CollectionSchemaEntry<EntityByCollection[K]>;
} = {
  organisations: { schema: organisationSchema },
  contacts: { schema: contactSchema, migrationStrategies: contactMigrationStrategies },
  partnerships: { schema: partnershipSchema },
  visits: { schema: visitSchema },
  agendaItems: { schema: agendaItemSchema },
  followUps: { schema: followUpSchema },
  notes: { schema: noteSchema },
  conflicts: { schema: conflictSchema, migrationStrategies: conflictMigrationStrategies },
};
