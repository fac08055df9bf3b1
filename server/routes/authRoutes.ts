import type { FastifyInstance } from 'fastify';
import { ROLES } from '../../shared/sync/protocol';
import { ApiError, unauthorized } from '../http/errors';
import { authenticate, authenticateMember, bearerToken } from '../http/authenticate';
import type { LoginThrottle } from '../security/loginThrottle';
import type { Accounts } from '../services/accounts';

const email = { type: 'string', minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' };
const password = { type: 'string', minLength: 1, maxLength: 1024 };

/** Sign in, sign out, who am I, invites and registration. */
export function authRoutes(
  app: FastifyInstance,
  accounts: Accounts,
  throttle: LoginThrottle,
): void {
  app.post<{ Body: { email: string; password: string } }>(
    '/v1/auth/login',
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['email', 'password'],
          properties: { email, password },
        },
      },
      // Per address, on top of the per-account throttle below.
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request) => {
      const wait = throttle.retryAfter(request.body.email);
      if (wait > 0) {
        throw new ApiError(
          429,
          'too_many_attempts',
          `Too many failed sign-ins for this account. Try again in ${Math.ceil(wait / 60_000)} minutes.`,
        );
      }
      const user = await accounts.authenticate(request.body.email, request.body.password);
      if (!user) {
        throttle.recordFailure(request.body.email);
        throw unauthorized('The email or password is not right.');
      }
      throttle.recordSuccess(request.body.email);
      return accounts.startSession(user);
    },
  );

  app.post('/v1/auth/logout', async (request, reply) => {
    await authenticate(request, accounts);
    const token = bearerToken(request);
    if (token) await accounts.endSession(token);
    return reply.status(204).send();
  });

  app.get('/v1/me', async (request) => {
    const user = await authenticate(request, accounts);
    return { user, workspaces: await accounts.workspacesOf(user.id) };
  });

  app.post<{ Params: { ws: string }; Body: { role?: (typeof ROLES)[number] } | undefined }>(
    '/v1/workspaces/:ws/invites',
    {
      schema: {
        body: {
          type: ['object', 'null'],
          additionalProperties: false,
          properties: { role: { type: 'string', enum: [...ROLES] } },
        },
      },
    },
    async (request, reply) => {
      const user = await authenticateMember(request, accounts, request.params.ws, 'admin');
      const invite = await accounts.createInvite(
        request.params.ws,
        user.id,
        request.body?.role ?? 'editor',
      );
      return reply.status(201).send(invite);
    },
  );

  app.post<{ Body: { code: string; email: string; password: string; name: string } }>(
    '/v1/auth/register',
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['code', 'email', 'password', 'name'],
          properties: {
            code: { type: 'string', minLength: 10, maxLength: 200 },
            email,
            password,
            name: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const user = await accounts.register(request.body);
      return reply.status(201).send(await accounts.startSession(user));
    },
  );
}
