import type { SqlDatabase } from './sql';

/**
 * The schema, as numbered steps. A step, once released, never changes: a
 * change is a new step. Each runs in its own transaction.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'accounts, workspaces and documents',
    sql: `
      create table users (
        id uuid primary key,
        email text not null,
        name text not null,
        password_hash text not null,
        created_at timestamptz not null default now()
      );
      create unique index users_email_key on users (lower(email));

      create table workspaces (
        id uuid primary key,
        name text not null,
        -- The workspace's change counter: every document write takes the next
        -- value(s) while holding this row's lock, so writes to one workspace
        -- commit in sequence order and no row appears behind a checkpoint.
        seq bigint not null default 0,
        created_at timestamptz not null default now()
      );

      create table memberships (
        workspace_id uuid not null references workspaces on delete cascade,
        user_id uuid not null references users on delete cascade,
        role text not null check (role in ('viewer', 'editor', 'admin')),
        created_at timestamptz not null default now(),
        primary key (workspace_id, user_id)
      );
      create index memberships_user on memberships (user_id);

      create table sessions (
        token_hash text primary key,
        user_id uuid not null references users on delete cascade,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null
      );
      create index sessions_user on sessions (user_id);

      create table invites (
        code_hash text primary key,
        workspace_id uuid not null references workspaces on delete cascade,
        role text not null check (role in ('viewer', 'editor', 'admin')),
        created_by uuid references users on delete set null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz,
        used_by uuid references users on delete set null
      );

      create table documents (
        workspace_id uuid not null references workspaces on delete cascade,
        collection text not null,
        id text not null,
        -- The document exactly as the client pushed it, _deleted included.
        data jsonb not null,
        deleted boolean not null,
        seq bigint not null,
        server_time timestamptz not null default now(),
        author uuid references users on delete set null,
        primary key (workspace_id, collection, id)
      );
      create index documents_pull on documents (workspace_id, collection, seq);
    `,
  },
];

/** Any number, the same in every process: migrations in two servers starting together queue. */
const MIGRATION_LOCK = 72_431_992;

/** Brings the schema up to date; returns the versions applied now. */
export async function migrate(database: SqlDatabase): Promise<number[]> {
  return database.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`
      create table if not exists schema_migrations (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`);
    const done = new Set(
      (await tx.query<{ version: number }>('select version from schema_migrations')).map(
        (row) => row.version,
      ),
    );
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}

/** Our migrations hold no semicolons inside statements, so a split on `;` is enough. */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((statement) => statement.replace(/--.*$/gm, '').trim())
    .filter(Boolean);
}
