import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** What axe checks for: WCAG 2.2 A and AA, and its best practices. */
export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
] as const;

/** Every violation axe finds on the page as it is now, as `impact rule: targets` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  return result.violations.map(
    (v) => `${v.impact ?? 'unknown'} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The admin's screens, by their hash path ('' is the landing screen), that axe walks through. */
export const STAFF_SCREENS = [
  '',
  'questions',
  'tests',
  'tests/new',
  'results',
  'proctor',
  'people',
  'audit',
  'settings',
  'sync',
] as const;
