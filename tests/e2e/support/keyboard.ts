import type { Locator, Page } from '@playwright/test';

/** Presses the key until the target has focus, as a keyboard user would; fails if it never does. */
async function pressUntilFocused(
  page: Page,
  target: Locator,
  key: 'Tab' | 'Shift+Tab',
  limit: number,
): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    const focused = await target.evaluate(
      (el: { ownerDocument: { activeElement: unknown } }) => el === el.ownerDocument.activeElement,
    );
    if (focused) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

/** Presses Tab until the target has focus; fails if it never does. */
export function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  return pressUntilFocused(page, target, 'Tab', limit);
}

/** Presses Shift+Tab until the target has focus, for a control above the one in focus. */
export function shiftTabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  return pressUntilFocused(page, target, 'Shift+Tab', limit);
}
