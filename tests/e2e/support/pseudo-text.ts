import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { plainTextOf } from '@shared/content/plain-text';
import type { ContentFormat } from '@shared/domain/question-parts';
import { localeNames } from '@shared/i18n/locales';
import { accent } from '@shared/i18n/pseudo-accent';
import { DEMO_PASSWORD } from './fixtures';

/**
 * Reading a screen in the pseudo-locale (every catalogue message accented and
 * bracketed): any visible text with a plain letter that is not data (a name,
 * a test's name, a question's words, a date) is a string that is not in a
 * catalogue, and the check names it.
 */
/** A whole message as the pseudo-locale shows it. */
export const pseudo = (english: string) => `[${accent(english)}]`;

interface DemoData {
  organisation: { name: string };
  people: Array<{ name: string }>;
  questions: Array<{ text: string; format?: ContentFormat }>;
  tests: Array<{ name: string; description?: string | null }>;
}

const demo = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../../resources/demo/demo-organisation.json'),
    'utf8',
  ),
) as DemoData;

/** Every string anywhere in a value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Everything on screen that is the organisation's data, not the app's words. */
const data: string[] = [
  DEMO_PASSWORD,
  // Each language is named in its own words in a language menu, never translated.
  ...Object.values(localeNames),
  demo.organisation.name,
  // The organisation's initials, where it has no logo.
  demo.organisation.name
    .split(/\s+/u)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join(''),
  ...demo.people.map((p) => p.name),
  ...demo.people.map((p) => p.name.split(/\s+/u)[0] ?? p.name),
  ...demo.tests.flatMap((t) => [t.name, t.description ?? '']),
  // Every word an author wrote into a question: its text, options, keys and feedback.
  ...demo.questions.flatMap((q) =>
    stringsIn(q).flatMap((text) => [text, plainTextOf(q.format, text)]),
  ),
]
  .map((text) => text.replace(/\s+/gu, ' ').trim())
  .filter((text) => text !== '')
  .sort((a, b) => b.length - a.length);

/** English dates and times (the pseudo-locale formats them as English does) and e-mail addresses. */
const notWords = [
  /\S+@\S+\.\w+/gu,
  /\b(?:AM|PM)\b/gu,
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/gu,
];

/** The visible text of the page, node by node, with where each sits. */
const visibleTextScript = `(() => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (text === '' || !parent) continue;
    // A formula's and a rich question's own markup are the author's words; what a screen marks
    // translate="no" (key material) is data, by HTML's own marker for text no translation touches.
    if (parent.closest('.rich-text, .katex, [translate="no"], script, style, noscript')) continue;
    if (!parent.checkVisibility({ visibilityProperty: true }) && parent.tagName !== 'OPTION') continue;
    const where = parent.tagName.toLowerCase() + (parent.className ? '.' + String(parent.className).split(' ')[0] : '');
    found.push({ text, where });
  }
  return found;
})()`;

export async function expectNoPlainEnglish(
  page: Page,
  screen: string,
  moreData: readonly string[] = [],
): Promise<void> {
  // Let the screen settle (queries answer, notices appear) before it is read.
  await page.waitForLoadState('networkidle');
  const nodes = await page.evaluate<Array<{ text: string; where: string }>>(visibleTextScript);
  const plain = nodes.filter(({ text }) => {
    // The review lists each question's opening words, cut with an ellipsis.
    const shown = text.replace(/…$/u, '');
    const known = [...moreData, ...data];
    if (known.some((d) => d.includes(shown))) return false;
    let rest = text;
    for (const pattern of notWords) rest = rest.replace(pattern, ' ');
    for (const d of known) rest = rest.split(d).join(' ');
    return /[A-Za-z]/u.test(rest);
  });
  // Soft, so one run names the plain text of every screen walked.
  expect.soft(plain, `text not in a catalogue on ${screen}`).toEqual([]);
  expect(nodes.length, `${screen} shows text`).toBeGreaterThan(0);
}
