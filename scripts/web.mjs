// npm run web: the renderer alone, built and served for a browser.
import { buildAndServeWeb } from './serveWeb.mjs';

try {
  await buildAndServeWeb();
} catch (error) {
  console.error(`Liaison could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
