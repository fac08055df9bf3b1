import { Ajv, type ValidateFunction } from 'ajv';
import {
  SYNCED_COLLECTION_NAMES,
  type SyncedCollectionName,
} from '../../shared/domain/collectionNames';
import { collectionSchemas } from '../../shared/domain/schemas';

/**
 * Checks pushed documents against the same JSON schemas the app stores them
 * with (shared/domain), plus the replication's `_deleted` flag. RxDB's own
 * keywords (primaryKey, indexes, version…) are not JSON Schema, hence
 * `strict: false`. The server runs Node, not a CSP'd page, so ajv's compiled
 * validators are fine here.
 */
export class DocumentValidator {
  private readonly validators = new Map<SyncedCollectionName, ValidateFunction>();

  constructor() {
    const ajv = new Ajv({ strict: false, allErrors: false });
    for (const name of SYNCED_COLLECTION_NAMES) {
      const { schema } = collectionSchemas[name];
      this.validators.set(
        name,
        ajv.compile({
          ...schema,
          properties: { ...schema.properties, _deleted: { type: 'boolean' } },
          required: [...(schema.required ?? []), '_deleted'],
        }),
      );
    }
  }

  isCollection(name: string): name is SyncedCollectionName {
    return this.validators.has(name as SyncedCollectionName);
  }

  /** Why the document is not valid for the collection, or null when it is. */
  problem(collection: SyncedCollectionName, document: unknown): string | null {
    const validate = this.validators.get(collection);
    if (!validate) return `unknown collection ${collection}`;
    if (validate(document)) return null;
    const [first] = validate.errors ?? [];
    return first ? `${first.instancePath || '(document)'} ${first.message}` : 'invalid document';
  }
}
