import type { FastifyRequest } from 'fastify';
import { ROLES, type Role, type UserSummary } from '../../shared/sync/protocol';
import type { Accounts } from '../services/accounts';
import { forbidden, notFound, unauthorized } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, set by `authenticate`. */
    user?: UserSummary;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The bearer token of a request, if it carries one. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header) : null;
  return match?.[1];
}

/** Resolves the request's user from its bearer token, or fails with 401. */
export async function authenticate(
  request: FastifyRequest,
  accounts: Accounts,
): Promise<UserSummary> {
  const token = bearerToken(request);
  const user = token ? await accounts.userForToken(token) : null;
  if (!user) throw unauthorized();
  request.user = user;
  return user;
}

/**
 * Resolves the request's user as `authenticate` does and checks that their
 * role in the workspace is at least `minimum` (see `authorize`).
 */
export async function authenticateMember(
  request: FastifyRequest,
  accounts: Accounts,
  workspaceId: string,
  minimum: Role,
): Promise<UserSummary> {
  const user = await authenticate(request, accounts);
  await authorize(accounts, user, workspaceId, minimum);
  return user;
}

/**
 * The user's role in the workspace of the path, failing with 404 for a
 * workspace that does not exist, 403 for one they are not a member of, and
 * 403 when their role is below `minimum`.
 */
async function authorize(
  accounts: Accounts,
  user: UserSummary,
  workspaceId: string,
  minimum: Role,
): Promise<Role> {
  const { exists, role } = UUID.test(workspaceId)
    ? await accounts.roleIn(workspaceId, user.id)
    : { exists: false, role: null };
  if (!exists) throw notFound('unknown_workspace', 'There is no such workspace.');
  if (!role) throw forbidden('You are not a member of this workspace.');
  if (ROLES.indexOf(role) < ROLES.indexOf(minimum)) {
    throw forbidden(
      minimum === 'editor'
        ? 'Your role in this workspace lets you read but not change its data.'
        : 'Only an admin of this workspace can do this.',
    );
  }
  return role;
}
