import type { BrowserContext, Page } from '@playwright/test';

/**
 * Records every CSP violation of the pages of `target` (one page, or every
 * page of a context) in `window.cspViolations`, with where it happened.
 */
export async function watchCsp(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
}

/**
 * The style element that a dialog's scroll lock (react-remove-scroll, inside
 * Radix Dialog) adds whenever a dialog opens, which `style-src 'self'`
 * refuses. Only the lock is lost: the page behind an open dialog can scroll.
 */
const DIALOG_SCROLL_LOCK = /^style-src-elem inline /;

/**
 * The CSP violations recorded on `page`. Flows that open dialogs pass
 * `{ dialogs: true }` to leave out the scroll lock's one known violation.
 */
export async function cspViolations(
  page: Page,
  { dialogs = false }: { dialogs?: boolean } = {},
): Promise<string[]> {
  const all = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  return all.filter((violation) => !(dialogs && DIALOG_SCROLL_LOCK.test(violation)));
}
