import type { Page } from '@playwright/test';

/** The few DOM shapes these measurements read (the e2e files are type-checked without the DOM library). */
interface Box {
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  getBoundingClientRect(): { left: number; right: number; top: number; bottom: number };
}
interface PageGlobals {
  document: { documentElement: Box; querySelector(selector: string): Box | null };
  innerHeight: number;
  innerWidth: number;
}

/** How tall the document is against the window. */
export function documentHeight(page: Page): Promise<{ scrollHeight: number; innerHeight: number }> {
  return page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    return { scrollHeight: g.document.documentElement.scrollHeight, innerHeight: g.innerHeight };
  });
}

/**
 * Whether an element makes anything scroll sideways: the document wider than the
 * window, the element wider than its own box, or the element reaching past the
 * window's edges.
 */
export function horizontalOverflow(
  page: Page,
  selector: string,
): Promise<{ document: number; element: number; outside: number } | null> {
  return page.evaluate((sel) => {
    const g = globalThis as unknown as PageGlobals;
    const root = g.document.documentElement;
    const el = g.document.querySelector(sel);
    if (!el) return null;
    const box = el.getBoundingClientRect();
    return {
      document: root.scrollWidth - root.clientWidth,
      element: el.scrollWidth - el.clientWidth,
      outside: Math.max(0, box.right - g.innerWidth, -box.left),
    };
  }, selector);
}
