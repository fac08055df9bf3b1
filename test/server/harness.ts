import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildServer, type AppOptions, type LiaisonServer } from '../../server/app';
import { migrate } from '../../server/db/migrations';
import { openPostgresDatabase } from '../../server/db/postgresDatabase';
import type { SqlDatabase } from '../../server/db/sql';
import type { Role, SessionResponse } from '../../shared/sync/protocol';
import { contactFields } from '../integration/fixtures';
import { openMigratedPglite } from './pgliteTemplate';

/** A database engine the server suite runs on. */
export interface Engine {
  name: 'pglite' | 'postgres';
  /** A fresh, empty, migrated database (PostgreSQL: a schema of its own). */
  open(): Promise<SqlDatabase & { schema?: string }>;
}

const pglite: Engine = {
  name: 'pglite',
  // A copy of a database migrated once (see pgliteTemplate.ts), not a new initdb.
  open: openMigratedPglite,
};

/** PostgreSQL when TEST_DATABASE_URL is set (CI sets it), each test in a schema of its own. */
export function postgresEngine(url = process.env.TEST_DATABASE_URL): Engine | undefined {
  if (!url) return undefined;
  return {
    name: 'postgres',
    open: async () => {
      const schema = `liaison_test_${randomBytes(6).toString('hex')}`;
      const db = await openPostgresDatabase({ connectionString: url, schema });
      await migrate(db);
      const close = db.close.bind(db);
      return Object.assign(db, {
        schema,
        close: async () => {
          await db.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
          await close();
        },
      });
    },
  };
}

/** Every engine available here: PGlite always, PostgreSQL when configured. */
const postgres = postgresEngine();
export const ENGINES: Engine[] = postgres ? [pglite, postgres] : [pglite];

export const testConfig = {
  corsOrigins: ['http://localhost:5173'],
  sessionTtlDays: 30,
  bodyLimit: 256 * 1024,
  // scrypt at N=2^10 instead of the production 2^15: a sign-in costs milliseconds,
  // not a second on a busy machine (test/server/passwords.test.ts checks both).
  passwordCost: { N: 1024, r: 8, p: 1 },
  // A test server's connections are its own test's: no need to wait long for them.
  shutdownGraceMs: 300,
};

export interface TestServer extends LiaisonServer {
  db: SqlDatabase;
  close(): Promise<void>;
}

export async function startServer(
  db: SqlDatabase,
  options: { now?: () => Date; heartbeatMs?: number; logger?: AppOptions['logger'] } = {},
): Promise<TestServer> {
  const server = await buildServer({ db, config: testConfig, ...options });
  return { ...server, db, close: () => server.app.close() };
}

/** A member of a workspace with a session. */
export interface Member {
  userId: string;
  token: string;
  role: Role;
}

let counter = 0;

/** A new workspace with an admin, an editor and a viewer, each signed in. */
export async function seedWorkspace(server: TestServer, name = 'Birmingham International') {
  const suffix = `${Date.now()}-${++counter}`;
  const password = 'correct horse battery';
  const { user: admin, workspace } = await server.accounts.createAdmin({
    email: `admin-${suffix}@birmingham.example`,
    name: 'Ann Admin',
    password,
    workspace: name,
  });
  const members: Record<Role, Member> = {
    admin: {
      userId: admin.id,
      token: await sessionToken(server.app, admin.email, password),
      role: 'admin',
    },
  } as Record<Role, Member>;
  for (const role of ['editor', 'viewer'] as const) {
    const user = await server.accounts.createUser({
      email: `${role}-${suffix}@birmingham.example`,
      name: role,
      password,
    });
    await server.accounts.addMember(workspace.id, user.id, role);
    members[role] = {
      userId: user.id,
      token: await sessionToken(server.app, user.email, password),
      role,
    };
  }
  return { workspaceId: workspace.id, members, password };
}

export async function sessionToken(
  app: FastifyInstance,
  email: string,
  password: string,
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  return (response.json() as SessionResponse).token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const meta = {
  createdAt: '2025-06-01T09:00:00.000Z',
  updatedAt: '2025-06-01T09:00:00.000Z',
  updatedBy: 'u1',
  tags: [],
};

/** A valid replicated contact. */
export function contactDocument(id: string, overrides: Record<string, unknown> = {}) {
  return { ...meta, id, ...contactFields(), _deleted: false, ...overrides };
}
