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

/** The CSP violations recorded on `page`: a flow expects none at all. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}
