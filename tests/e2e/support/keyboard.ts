import type { Locator, Page } from '@playwright/test';

/** Presses Tab until the target has focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    const focused = await target.evaluate(
      (el: { ownerDocument: { activeElement: unknown } }) => el === el.ownerDocument.activeElement,
    );
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}
