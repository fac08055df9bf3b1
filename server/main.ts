// `npm run server`: the team's sync server. `npm run server -- create-admin …`
// creates the first admin and workspace.
import { buildServer } from './app';
import { createAdmin } from './cli/createAdmin';
import { ConfigError, readConfig, type ServerConfig } from './config';
import { migrate } from './db/migrations';
import { openDatabase } from './db/openDatabase';

async function serve(config: ServerConfig): Promise<void> {
  const logger = { level: config.logLevel };
  const db = await openDatabase(config, (error) =>
    console.error('database connection error:', error.message),
  );
  const applied = await migrate(db);
  const { app } = await buildServer({ db, config, logger });
  // Not an onClose hook: Fastify runs those last-added first, so one added here
  // would close the database before the in-flight requests it waits for had finished.
  if (applied.length > 0) app.log.info({ applied }, 'database migrated');
  app.log.info(
    { engine: db.engine, dataDir: db.engine === 'pglite' ? config.dataDir : undefined },
    'storage ready',
  );

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // Fastify stops accepting, lets in-flight pushes finish, then closes the database.
    app
      .close()
      .then(() => db.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
}

async function main(): Promise<number> {
  let config: ServerConfig;
  try {
    config = readConfig(process.env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'create-admin') return createAdmin(rest, config);
  if (command !== undefined) {
    console.error(
      `Unknown command "${command}". Run \`npm run server\` or \`npm run server -- create-admin --help\`.`,
    );
    return 2;
  }
  await serve(config);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error('Liaison server could not start:', error);
    process.exit(1);
  },
);
