import type { Page } from '@playwright/test';

/** Records the page's CSP violations from its first script on; read them with `cspViolations`. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(`(() => {
    const list = [];
    Object.defineProperty(window, '__violations', { value: list });
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(e.violatedDirective + ' ' + e.blockedURI));
  })()`);
}

/** CSP violations, less zod's probe for eval (it checks once whether it may compile, and is refused). */
export const cspViolations = async (page: Page): Promise<string[]> =>
  (await page.evaluate<string[]>('window.__violations')).filter((v) => v !== 'script-src eval');
