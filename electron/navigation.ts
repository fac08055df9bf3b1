import type { WebContents, WindowOpenHandlerResponse } from 'electron';
import { isExternalLinkAllowed } from './security';

/** Opens a URL in the system browser (Electron's `shell.openExternal`). */
export type OpenExternal = (url: string) => Promise<void>;

function handOff(url: string, openExternal: OpenExternal): void {
  if (!isExternalLinkAllowed(url)) return;
  openExternal(url).catch((error: unknown) => {
    console.error(`Could not open ${url} in the browser:`, error);
  });
}

/** `window.open` and target=_blank: never a new Electron window; https links go to the browser. */
export function createWindowOpenHandler(
  openExternal: OpenExternal,
): (details: { url: string }) => WindowOpenHandlerResponse {
  return ({ url }) => {
    handOff(url, openExternal);
    return { action: 'deny' };
  };
}

/**
 * The window only ever shows the app it loaded: every navigation and every new
 * window is refused, and `https:` links are handed to the system browser.
 */
export function guardNavigation(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  openExternal: OpenExternal,
): void {
  contents.setWindowOpenHandler(createWindowOpenHandler(openExternal));
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    handOff(event.url, openExternal);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
