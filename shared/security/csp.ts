/**
 * The Content-Security-Policy every renderer runs under: in Electron as a
 * response header of the `app://` protocol, in the web build as a meta tag.
 *
 * No `unsafe-eval` (so validation must not compile code at run time) and no
 * frames, which also keeps RxDB dev-mode's tracking iframe out.
 * `wasm-unsafe-eval` lets WebAssembly compile, and nothing else: the briefing
 * pack's layout engine (Yoga, inside react-pdf) ships as WebAssembly.
 */
export function contentSecurityPolicy(): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    // The sync server's address is chosen by the user: any http(s) origin.
    'connect-src': ["'self'", 'https:', 'http:'],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
