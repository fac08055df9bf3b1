import type { FastifyInstance } from 'fastify';
import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import {
  DEFAULT_PULL_LIMIT,
  MAX_PULL_LIMIT,
  MAX_PUSH_ROWS,
  WRITTEN_HEADER,
  type PushRow,
} from '../../shared/sync/protocol';
import { authenticateMember } from '../http/authenticate';
import { badRequest, invalidDocuments, notFound } from '../http/errors';
import type { Accounts } from '../services/accounts';
import type { DocumentValidator } from '../services/documentValidator';
import type { Documents } from '../services/documents';

type CollectionParams = { ws: string; collection: string };

function collectionOf(validator: DocumentValidator, name: string): SyncedCollectionName {
  if (!validator.isCollection(name))
    throw notFound('unknown_collection', `There is no collection "${name}".`);
  return name;
}

function whole(
  value: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
    throw badRequest('invalid_query', `${name} must be a whole number from ${min} to ${max}.`);
  }
  return parsed;
}

// The outer shape only: what is wrong inside a document is answered row by
// row with `invalid_document` (documentRules), not as a bad body.
const rowShape = {
  type: 'object',
  additionalProperties: false,
  required: ['newDocumentState'],
  properties: { assumedMasterState: { type: 'object' }, newDocumentState: { type: 'object' } },
};

/** Pull and push for each synced collection of a workspace, and the workspace's stats. */
export function syncRoutes(
  app: FastifyInstance,
  accounts: Accounts,
  documents: Documents,
  validator: DocumentValidator,
): void {
  app.get<{ Params: CollectionParams; Querystring: { checkpoint?: string; limit?: string } }>(
    '/v1/workspaces/:ws/collections/:collection/pull',
    async (request, reply) => {
      await authenticateMember(request, accounts, request.params.ws, 'viewer');
      const collection = collectionOf(validator, request.params.collection);
      const checkpoint = whole(
        request.query.checkpoint,
        'checkpoint',
        0,
        0,
        Number.MAX_SAFE_INTEGER,
      );
      const limit = whole(request.query.limit, 'limit', DEFAULT_PULL_LIMIT, 1, MAX_PULL_LIMIT);
      // A PullResponse already as JSON text, sent as it is.
      const body = await documents.pullJson(request.params.ws, collection, checkpoint, limit);
      return reply.type('application/json; charset=utf-8').send(body);
    },
  );

  // How much a pull from `since` would bring, per collection: a first pull's progress.
  app.get<{ Params: { ws: string }; Querystring: { since?: string } }>(
    '/v1/workspaces/:ws/stats',
    async (request) => {
      await authenticateMember(request, accounts, request.params.ws, 'viewer');
      const since = whole(request.query.since, 'since', 0, 0, Number.MAX_SAFE_INTEGER);
      return documents.stats(request.params.ws, since);
    },
  );

  app.post<{ Params: CollectionParams; Body: PushRow[] }>(
    '/v1/workspaces/:ws/collections/:collection/push',
    {
      schema: { body: { type: 'array', maxItems: MAX_PUSH_ROWS, items: rowShape } },
      // documentRules checks every string of every row and names each refused one.
      config: { checksOwnBody: true },
    },
    async (request, reply) => {
      const user = await authenticateMember(request, accounts, request.params.ws, 'editor');
      const collection = collectionOf(validator, request.params.collection);
      const refused = validator.refusedRows(collection, request.body);
      if (refused.length > 0) {
        // Every refused row at once, so the client sets them all aside in one go.
        // Only rows whose id is sound reach the database, as text it can hold.
        const refusedIds = new Set(refused.map((row) => row.id));
        const sound = request.body.filter((row) => !refusedIds.has(row.newDocumentState.id));
        const authors = await documents.refusedAuthors(
          request.params.ws,
          collection,
          sound,
          user.id,
        );
        throw invalidDocuments([...refused, ...authors]);
      }
      const result = await documents.push(request.params.ws, collection, request.body, user.id);
      if (result.refused.length > 0) throw invalidDocuments(result.refused);
      const { conflicts, written } = result;
      if (written) reply.header(WRITTEN_HEADER, `${written.fromSeq}-${written.toSeq}`);
      return conflicts;
    },
  );
}
