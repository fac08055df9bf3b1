import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ServerConfig } from '../config';
import { migrate } from '../db/migrations';
import { openDatabase } from '../db/openDatabase';
import { ApiError } from '../http/errors';
import { Accounts } from '../services/accounts';
import { promptHidden } from './promptHidden';

const USAGE =
  'Usage: npm run server -- create-admin --email E --name N --workspace W [--password-file F]';

/** `create-admin`: the first admin and their workspace. Returns the process exit code. */
export async function createAdmin(args: string[], config: ServerConfig): Promise<number> {
  let values: { email?: string; name?: string; workspace?: string; 'password-file'?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        workspace: { type: 'string' },
        'password-file': { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { email, name, workspace } = values;
  if (!email || !name || !workspace) {
    console.error(`--email, --name and --workspace are all needed.\n${USAGE}`);
    return 2;
  }
  const password = values['password-file']
    ? (await readFile(values['password-file'], 'utf8')).replace(/\r?\n$/, '')
    : await promptHidden(`Password for ${email}: `);

  const db = await openDatabase(config);
  try {
    await migrate(db);
    const accounts = new Accounts(db, { sessionTtlDays: config.sessionTtlDays });
    const created = await accounts.createAdmin({ email, name, password, workspace });
    console.log(
      [
        `Created ${created.user.name} <${created.user.email}>, admin of the workspace "${created.workspace.name}" (${created.workspace.id}).`,
        `Start the server with \`npm run server\`, then in Liaison open Settings → Sync server,`,
        `enter http://${config.host}:${config.port} (or the server's public https address), this email and password, and sign in.`,
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    console.error(
      error instanceof ApiError
        ? error.message
        : `Could not create the admin: ${(error as Error).message}`,
    );
    return 1;
  } finally {
    await db.close();
  }
}
