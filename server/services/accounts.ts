import { randomUUID } from 'node:crypto';
import type {
  Role,
  SessionResponse,
  UserSummary,
  WorkspaceSummary,
} from '../../shared/sync/protocol';
import type { SqlDatabase, SqlExecutor } from '../db/sql';
import { ApiError, badRequest } from '../http/errors';
import {
  hashPassword,
  MIN_PASSWORD_LENGTH,
  PASSWORD_COST,
  verifyPassword,
  type ScryptCost,
} from '../security/passwords';
import { hashSecret, newSecret } from '../security/tokens';

const INVITE_TTL_DAYS = 14;

export interface AccountsOptions {
  sessionTtlDays: number;
  now?: () => Date;
  /** The scrypt cost of new password hashes (default: `PASSWORD_COST`; tests choose less). */
  passwordCost?: ScryptCost;
}

/** Users, workspaces, memberships, sessions and invites. */
export class Accounts {
  private readonly now: () => Date;
  private readonly passwordCost: ScryptCost;
  /** Checked even for unknown emails, so timing does not reveal which accounts exist. */
  private dummyHash?: Promise<string>;

  constructor(
    private readonly db: SqlDatabase,
    private readonly options: AccountsOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.passwordCost = options.passwordCost ?? PASSWORD_COST;
  }

  async createUser(
    input: { email: string; name: string; password: string },
    tx: SqlExecutor = this.db,
  ): Promise<UserSummary> {
    checkPassword(input.password);
    const email = input.email.trim();
    const existing = await tx.query('select 1 from users where lower(email) = lower($1)', [email]);
    if (existing.length > 0) throw emailTaken();
    const user = { id: randomUUID(), email, name: input.name.trim() };
    try {
      await tx.query('insert into users (id, email, name, password_hash) values ($1, $2, $3, $4)', [
        user.id,
        user.email,
        user.name,
        await hashPassword(input.password, this.passwordCost),
      ]);
    } catch (error) {
      // Two sign-ups with one address at once: the unique index settles it.
      if ((error as { code?: string }).code === '23505') throw emailTaken();
      throw error;
    }
    return user;
  }

  async createWorkspace(
    name: string,
    tx: SqlExecutor = this.db,
  ): Promise<{ id: string; name: string }> {
    const workspace = { id: randomUUID(), name: name.trim() };
    await tx.query('insert into workspaces (id, name) values ($1, $2)', [
      workspace.id,
      workspace.name,
    ]);
    return workspace;
  }

  async addMember(
    workspaceId: string,
    userId: string,
    role: Role,
    tx: SqlExecutor = this.db,
  ): Promise<void> {
    await tx.query(
      `insert into memberships (workspace_id, user_id, role) values ($1, $2, $3)
       on conflict (workspace_id, user_id) do update set role = excluded.role`,
      [workspaceId, userId, role],
    );
  }

  /** The first admin and workspace, for `npm run server -- create-admin`. */
  async createAdmin(input: { email: string; name: string; password: string; workspace: string }) {
    return this.db.transaction(async (tx) => {
      const user = await this.createUser(input, tx);
      const workspace = await this.createWorkspace(input.workspace, tx);
      await this.addMember(workspace.id, user.id, 'admin', tx);
      return { user, workspace };
    });
  }

  /** The user with this email and password, or null; always takes the time of a real check. */
  async authenticate(email: string, password: string): Promise<UserSummary | null> {
    const [row] = await this.db.query<UserSummary & { password_hash: string }>(
      'select id, email, name, password_hash from users where lower(email) = lower($1)',
      [email.trim()],
    );
    if (!row) {
      this.dummyHash ??= hashPassword(
        'not a real password, only here to take the same time',
        this.passwordCost,
      );
      await verifyPassword(password, await this.dummyHash);
      return null;
    }
    if (!(await verifyPassword(password, row.password_hash))) return null;
    return { id: row.id, email: row.email, name: row.name };
  }

  /** A new session for the user: the token is returned once and stored only as a hash. */
  async startSession(user: UserSummary): Promise<SessionResponse> {
    const token = newSecret();
    const expiresAt = new Date(this.now().getTime() + this.options.sessionTtlDays * 86_400_000);
    await this.db.query(
      'insert into sessions (token_hash, user_id, expires_at) values ($1, $2, $3)',
      [hashSecret(token), user.id, expiresAt.toISOString()],
    );
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      user,
      workspaces: await this.workspacesOf(user.id),
    };
  }

  /** The user behind a bearer token, or null when it is unknown or expired. */
  async userForToken(token: string): Promise<UserSummary | null> {
    const [row] = await this.db.query<UserSummary>(
      `select u.id, u.email, u.name from sessions s join users u on u.id = s.user_id
       where s.token_hash = $1 and s.expires_at > $2`,
      [hashSecret(token), this.now().toISOString()],
    );
    return row ?? null;
  }

  async endSession(token: string): Promise<void> {
    await this.db.query('delete from sessions where token_hash = $1', [hashSecret(token)]);
  }

  async workspacesOf(userId: string): Promise<WorkspaceSummary[]> {
    return this.db.query<WorkspaceSummary>(
      `select w.id, w.name, m.role from memberships m join workspaces w on w.id = m.workspace_id
       where m.user_id = $1 order by w.name`,
      [userId],
    );
  }

  /** The user's role in a workspace; `exists` tells an unknown workspace from a foreign one. */
  async roleIn(
    workspaceId: string,
    userId: string,
  ): Promise<{ exists: boolean; role: Role | null }> {
    const [row] = await this.db.query<{ role: Role | null }>(
      `select m.role from workspaces w
       left join memberships m on m.workspace_id = w.id and m.user_id = $2
       where w.id = $1`,
      [workspaceId, userId],
    );
    return row ? { exists: true, role: row.role } : { exists: false, role: null };
  }

  /** A single-use code that lets one person join the workspace with `role`. */
  async createInvite(
    workspaceId: string,
    createdBy: string,
    role: Role,
  ): Promise<{ code: string; expiresAt: string }> {
    const code = newSecret();
    const expiresAt = new Date(this.now().getTime() + INVITE_TTL_DAYS * 86_400_000).toISOString();
    await this.db.query(
      'insert into invites (code_hash, workspace_id, role, created_by, expires_at) values ($1, $2, $3, $4, $5)',
      [hashSecret(code), workspaceId, role, createdBy, expiresAt],
    );
    return { code, expiresAt };
  }

  /** Creates the account and its membership from an invite, all or nothing. */
  async register(input: {
    code: string;
    email: string;
    password: string;
    name: string;
  }): Promise<UserSummary> {
    return this.db.transaction(async (tx) => {
      const [invite] = await tx.query<{ workspace_id: string; role: Role }>(
        `update invites set used_at = $2 where code_hash = $1 and used_at is null and expires_at > $2
         returning workspace_id, role`,
        [hashSecret(input.code), this.now().toISOString()],
      );
      if (!invite)
        throw badRequest(
          'invalid_invite',
          'This invite code is unknown, used or expired. Ask for a new one.',
        );
      const user = await this.createUser(input, tx);
      await tx.query('update invites set used_by = $2 where code_hash = $1', [
        hashSecret(input.code),
        user.id,
      ]);
      await this.addMember(invite.workspace_id, user.id, invite.role, tx);
      return user;
    });
  }
}

const emailTaken = () =>
  new ApiError(409, 'email_taken', 'An account with this email already exists.');

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badRequest(
      'weak_password',
      `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
}
