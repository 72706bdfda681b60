import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { AnswerValue } from '@shared/domain/questions';
import {
  buildContentHarness,
  serveContentHarness,
  type HarnessServer,
} from './support/content-harness';
import { tabTo } from './support/keyboard';

/**
 * Question content in real Chromium, under the app's Content-Security-Policy:
 * the XSS payload list, KaTeX and its bundled fonts, images and audio, and the
 * newer item types by keyboard and pointer, through the app's own components
 * (built by Vite into a harness page over the in-memory exam service).
 */

test.describe.configure({ mode: 'serial' });

let server: HarnessServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  await buildContentHarness();
  server = await serveContentHarness();
});
test.afterAll(async () => {
  await server.close();
});

type Answer = AnswerValue | null;

interface Watch {
  dialogs: string[];
  foreign: string[];
  errors: string[];
}

/** Records JS dialogs, requests that leave the page's own origin, page errors and CSP violations. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { dialogs: [], foreign: [], errors: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !url.startsWith('blob:')) seen.foreign.push(url);
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  await page.addInitScript(`(() => {
    const list = [];
    Object.defineProperty(window, '__violations', { value: list });
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push({ directive: e.violatedDirective, blocked: e.blockedURI, phase: window.__phase ?? 'load' }),
    );
  })()`);
  return seen;
}

async function open(page: Page, mode: string): Promise<void> {
  await page.goto(server.url(mode));
  // A function, not source: polling source would need eval, which the page's CSP refuses.
  await page.waitForFunction(
    () => (globalThis as { harness?: { ready: boolean } }).harness?.ready === true,
  );
}

// In-page code is given as source: this file is type-checked for Node, without the DOM.
const inPage = <T>(page: Page, source: string) => page.evaluate<T>(source);
interface Violation {
  directive: string;
  blocked: string;
  phase: string;
}

/**
 * The CSP violations the page reported, less zod's probe for eval (zod
 * catches it and validates without eval; the app bundles zod for the API
 * contract) and, with `parsing`, the inline handlers and styles Chromium
 * reports while DOMPurify parses hostile markup in its inert document, and a
 * `<base>` it parses there (that
 * document inherits the page's policy; nothing in it runs or loads).
 */
async function violations(page: Page, parsing = false): Promise<Violation[]> {
  const all = await inPage<Violation[]>(page, 'window.__violations');
  // A <base> parsed in that document is reported as base-uri; the XSS test checks the page's own base.
  const parseTime = new Set(['script-src-attr', 'style-src-attr', 'style-src-elem', 'base-uri']);
  return all.filter(
    (v) =>
      !(v.directive === 'script-src' && v.blocked === 'eval') &&
      !(parsing && v.phase === 'load' && parseTime.has(v.directive)),
  );
}

test('the XSS payload list renders in Chromium with nothing run, loaded or clobbered', async ({
  page,
}) => {
  const seen = await watch(page);
  await open(page, 'xss');
  await expect(page.getByRole('heading', { name: 'XSS payloads' })).toBeVisible();
  // The allowed image among the payloads has come from the media source.
  await expect(page.locator('[data-payload] img[src^="blob:"]').first()).toBeVisible();
  await inPage(page, 'window.__phase = "poke"; window.harness.poke()');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1_000);

  expect(await inPage(page, 'window.harness.findings()')).toEqual([]);
  expect(
    await inPage(
      page,
      `({
        pwned: typeof window.__pwned,
        named: '__pwned' in window,
        byId: document.getElementById('__pwned') !== null,
        bases: document.querySelectorAll('base').length,
        baseURI: document.baseURI.startsWith(location.origin + '/'),
      })`,
    ),
  ).toEqual({ pwned: 'undefined', named: false, byId: false, bases: 0, baseURI: true });
  expect(seen.dialogs).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
  // Nothing tried to load (img, media, font, frame, object…), and nothing inline ran once shown.
  expect(await violations(page, true)).toEqual([]);
  expect(await page.locator('[data-payload]').count()).toBeGreaterThan(100);
});

test('a rich paper under the CSP: TeX typeset with the bundled fonts, images scaled and enlarged', async ({
  page,
}) => {
  const seen = await watch(page);
  await page.setViewportSize({ width: 900, height: 800 });
  await open(page, 'exam-rich');
  const question = page.getByRole('region', { name: 'Question 1 of 200' });
  await expect(question).toBeVisible();
  await expect(question.locator('.katex')).toHaveCount(3);
  await expect(question.getByRole('img', { name: 'Pulley diagram 1' })).toBeVisible();

  // KaTeX's layout comes from styles it sets through the CSSOM: a box is as tall as its style says.
  const layout = await inPage<{
    styledHeight: number;
    laidOutHeight: number;
    strutStyled: string;
    fonts: string[];
  }>(page, "window.harness.mathLayout('.question')");
  expect(layout.strutStyled).toMatch(/height:/);
  expect(layout.styledHeight).toBeGreaterThan(5);
  expect(Math.abs(layout.laidOutHeight - layout.styledHeight)).toBeLessThan(1);
  expect(layout.fonts).toContain('KaTeX_Main');

  const image = question.getByRole('img', { name: 'Pulley diagram 1' });
  const box = await image.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(320);
  const loaded = await image.evaluate((img: { naturalWidth: number }) => img.naturalWidth);
  expect(loaded).toBe(320);
  await question.getByRole('button', { name: 'Enlarge image: Pulley diagram 1' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Image' });
  await expect(dialog.getByRole('img', { name: 'Pulley diagram 1' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page.getByRole('region', { name: 'Question 2 of 200' }).locator('.katex'),
  ).toHaveCount(3);

  // At 400 % zoom (a 320 px wide window) the question does not scroll sideways.
  await page.setViewportSize({ width: 320, height: 700 });
  const overflow = await page
    .locator('.question')
    .evaluate(
      (el: { scrollWidth: number; clientWidth: number }) => el.scrollWidth - el.clientWidth,
    );
  expect(overflow).toBeLessThanOrEqual(1);

  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(await violations(page)).toEqual([]);
  const fontRequests = await inPage<string[]>(
    page,
    `performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('KaTeX'))`,
  );
  expect(fontRequests.length).toBeGreaterThan(0);
  expect(fontRequests.every((n) => n.startsWith(server.origin))).toBe(true);
});

test('formulas of each kind an exam holds typeset in Chromium under the CSP', async ({ page }) => {
  const seen = await watch(page);
  await open(page, 'math-gallery');
  const boxes = await inPage<Record<string, { width: number; height: number; error: boolean }>>(
    page,
    `Object.fromEntries([...document.querySelectorAll('[data-formula]')].map((row) => {
      const formula = row.querySelector('.math');
      const box = formula?.getBoundingClientRect();
      return [row.dataset.formula, {
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        error: !formula || formula.classList.contains('math--error'),
      }];
    }))`,
  );
  expect(Object.keys(boxes).length).toBeGreaterThanOrEqual(15);
  for (const [name, box] of Object.entries(boxes)) {
    expect(box.error, `${name} typeset`).toBe(false);
    expect(box.width, `${name} laid out`).toBeGreaterThan(10);
  }
  // A display sum sets its limits above and below, and stretched delimiters grow round a fraction.
  expect(boxes.sum!.height).toBeGreaterThan(1.5 * boxes['sum-inline']!.height);
  expect(boxes.stretchy!.height).toBeGreaterThan(1.5 * boxes.chemistry!.height);
  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  childIds?: string[];
}

test('screen readers get every formula as MathML from Chromium’s accessibility tree, and not the glyph boxes', async ({
  page,
}) => {
  await open(page, 'math-gallery');
  // The tree Chromium gives assistive technology, not one computed from the DOM.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const exposed = (node: AxNode | undefined): AxNode[] =>
    node === undefined
      ? []
      : [
          ...(node.ignored ? [] : [node]),
          ...(node.childIds ?? []).flatMap((id) => exposed(byId.get(id))),
        ];
  const roles = (node: AxNode) => exposed(node).map((n) => n.role?.value ?? '');
  const text = (node: AxNode) =>
    exposed(node)
      .filter((n) => n.role?.value === 'StaticText')
      .map((n) => n.name?.value ?? '')
      .join('');

  const root = nodes.find((n) => n.role?.value === 'RootWebArea');
  const formulas = nodes.filter((n) => !n.ignored && n.role?.value === 'MathMLMath');
  const rowCount = await page.locator('[data-formula]').count();
  expect(rowCount).toBeGreaterThanOrEqual(15);
  expect(await page.locator('.katex').count()).toBe(rowCount);
  // Each formula reaches assistive technology as MathML, with its content.
  expect(formulas).toHaveLength(rowCount);
  for (const formula of formulas) expect(text(formula)).not.toBe('');
  const fraction = formulas[0];
  expect(fraction && roles(fraction)).toEqual(expect.arrayContaining(['MathMLFraction']));
  // Read in order, a row is its name, the MathML's text and "end.": KaTeX's glyph boxes add nothing.
  expect(root && text(root)).toContain('fraction: 𝑎+𝑏𝑐=12 end.');
  expect(root && text(root)).toContain('sum-inline: ∑𝑘=1𝑛𝑘 end.');
});

test('the newer item types by keyboard alone, the listening limit with real audio, and a pointer drag', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const seen = await watch(page);
  await open(page, 'exam-items');
  const committed = () => inPage<Answer[]>(page, 'Object.values(window.harness.committed())');

  // 1. A description with a clip that may be played twice; it never starts by itself.
  const player = page.getByRole('group', { name: 'Audio clip' });
  await expect(player.getByText('2 plays left')).toBeVisible();
  expect(await page.locator('audio').evaluate((a: { paused: boolean }) => a.paused)).toBe(true);
  const play = player.getByRole('button', { name: 'Play' });
  await tabTo(page, play);
  await page.keyboard.press('Enter');
  await expect(player.getByText('1 play left')).toBeVisible();
  await expect(player.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 10_000 });
  expect(await page.locator('audio').evaluate((a: { currentTime: number }) => a.currentTime)).toBe(
    0,
  );
  await player.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Space');
  await expect(player.getByText('This is the last play')).toBeVisible();
  await expect(player.getByText('No plays left')).toBeVisible({ timeout: 10_000 });
  await expect(player.getByRole('button', { name: 'Play' })).toBeDisabled();
  await expect(page.getByText('0 of 3 answered')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  // 2. Matching: each premise's list, reached with Tab and chosen with the arrow keys.
  await expect(page.getByRole('heading', { name: 'Question 2 of 4' })).toBeVisible();
  const force = page.getByRole('combobox', { name: /^Force\s*F$/ });
  await tabTo(page, force);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(force).toHaveValue('newton');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('combobox', { name: /^Energy\s*E$/ })).toHaveValue('joule');
  await expect
    .poll(committed)
    .toContainEqual({ type: 'matching', pairs: { force: 'newton', energy: 'joule', power: null } });

  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  // 3. Ordering: the arrow keys on a handle, then a real mouse drag.
  await expect(page.getByRole('heading', { name: 'Question 3 of 4' })).toBeVisible();
  const shownIds = () =>
    page
      .locator('.ordering__item')
      .evaluateAll((rows: Array<{ getAttribute(name: string): string | null }>) =>
        rows.map((row) => row.getAttribute('data-item') ?? ''),
      );
  const start = await shownIds();
  const mm = page.getByRole('button', { name: /^1\s*m\s*m \(position \d of 4\)$/ });
  await tabTo(page, mm);
  await page.keyboard.press('Home');
  await expect(page.getByText('1, m, m moved to position 1 of 4.')).toBeAttached();
  await expect(page.getByRole('button', { name: /^1\s*m\s*m \(position 1 of 4\)$/ })).toBeFocused();
  const km = page.getByRole('button', { name: /^1\s*k\s*m \(position \d of 4\)$/ });
  await km.focus();
  await page.keyboard.press('End');
  const byKeys = ['mm', ...start.filter((id) => id !== 'mm' && id !== 'km'), 'km'];
  expect(await shownIds()).toEqual(byKeys);
  await expect.poll(committed).toContainEqual({ type: 'ordering', order: byKeys });

  // Drag the second item by its handle to below the third, with the mouse.
  const from = await page.locator('.ordering__handle').nth(1).boundingBox();
  const third = await page.locator('.ordering__item').nth(2).boundingBox();
  if (!from || !third) throw new Error('the list has no layout');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, third.y + third.height * 0.75, { steps: 8 });
  await page.mouse.up();
  const byDrag = [byKeys[0], byKeys[2], byKeys[1], byKeys[3]];
  expect(await shownIds()).toEqual(byDrag);
  await expect.poll(committed).toContainEqual({ type: 'ordering', order: byDrag });

  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  // 4. Cloze: every gap by Tab, typing and the arrow keys.
  await expect(page.getByRole('heading', { name: 'Question 4 of 4' })).toBeVisible();
  await tabTo(page, page.getByRole('textbox', { name: 'Gap 1' }));
  await page.keyboard.type('300000');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Gap 2' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Gap 3' })).toBeFocused();
  await page.keyboard.type('C');
  await expect
    .poll(committed)
    .toContainEqual({ type: 'cloze', gaps: { speed: '300000', unit: 'coulomb', symbol: 'C' } });
  await expect(page.getByText('3 of 3 answered')).toBeVisible();

  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('the built renderer carries KaTeX’s fonts and asks for nothing remote', () => {
  const out = resolve(import.meta.dirname, '../../out/renderer');
  let files: string[];
  try {
    files = readdirSync(join(out, 'assets'));
  } catch {
    throw new Error('out/renderer is not built: run `npm run build` before the e2e tests');
  }
  const fonts = files.filter((f) => /^KaTeX_.*\.woff2$/.test(f));
  expect(fonts.some((f) => f.startsWith('KaTeX_Main-Regular'))).toBe(true);
  const css = files
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(out, 'assets', f), 'utf8'));
  expect(css.some((text) => text.includes('font-family:KaTeX_Main'))).toBe(true);
  // Every URL in the styles is a file of the build or a font inlined as data.
  const urls = css.flatMap((text) =>
    [...text.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1] ?? ''),
  );
  expect(urls.length).toBeGreaterThan(20);
  for (const url of urls) {
    if (url.startsWith('data:font/')) continue;
    expect(url, 'a stylesheet URL').toMatch(/^(?:\.\/|\/assets\/)?[\w.-]+$/);
    expect(files, `${url} is in the build`).toContain(url.replace(/^(?:\.\/|\/assets\/)/, ''));
  }
  expect(css.join('\n')).not.toMatch(/@import/);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  expect(html).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//);
});
