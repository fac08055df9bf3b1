// Builds the renderer and serves it to a browser: `npm run web`, and
// `npm start` on machines without Electron's binary.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

// vite.config.ts imports shared/security/csp without an extension (the
// tsconfigs forbid `.ts` in imports), which Vite 8 flags on every load as
// unsupported by a future config loader. Not actionable here: keep it quiet.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const configFile = path.join(projectRoot, 'vite.config.ts');
const DEFAULT_PORT = 4173;

/** Builds the renderer into dist/renderer. */
export async function buildRenderer() {
  await build({ configFile, logLevel: 'warn' });
}

/**
 * The port asked for in `PORT`, else 4173. Vite moves on to the next free
 * port when it is taken.
 * @param {string | undefined} value
 */
export function requestedPort(value) {
  const port = Number(value);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_PORT;
}

/**
 * Serves dist/renderer on 127.0.0.1 and prints where.
 * @param {{ port?: number }} [options]
 */
export async function serveRenderer(options = {}) {
  const server = await preview({
    configFile,
    logLevel: 'warn',
    preview: {
      host: '127.0.0.1',
      port: options.port ?? requestedPort(process.env.PORT),
      strictPort: false,
      open: false,
    },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://127.0.0.1:${port}/`;
  console.log(`Liaison is running at ${url}`);
  const close = () => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  return { server, url };
}

/** Builds, then serves: what `npm run web` does. */
export async function buildAndServeWeb() {
  await buildRenderer();
  return serveRenderer();
}
