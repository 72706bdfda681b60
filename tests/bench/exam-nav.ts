/**
 * Question-to-question navigation on a 200-question paper, measured in
 * Chromium against the real preview host: from the press of Next until the
 * next question is rendered and laid out. Once in the standard look, and once
 * with the display settings at their largest (text size, line spacing, high
 * contrast) in Arabic, right to left.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { startPreviewProcess, type PreviewProcess } from '../e2e/support/preview-process';

const STEPS = 150;
const TEST_NAME = 'Navigation bench (200 questions)';

/**
 * Runs in the page (as source, since this file is type-checked for Node):
 * clicks Next (by its label, which the language sets) at the start of a frame
 * and times the main-thread work until the next question's heading is in the
 * DOM and laid out: what has to fit in one frame.
 */
const IN_PAGE_STEPS = `async ({ steps, next: label }) => {
  const out = [];
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const heading = () => document.querySelector('.question__number')?.textContent ?? '';
  for (let i = 0; i < steps; i += 1) {
    const next = [...document.querySelectorAll('button')].find((b) => b.textContent === label);
    if (!next) break;
    const before = heading();
    await frame();
    const start = performance.now();
    next.click();
    while (heading() === before) {
      await new Promise((r) => setTimeout(r, 0));
    }
    // Style and layout of the new question, as the frame that paints it would do them.
    void document.body.getBoundingClientRect();
    void document.body.offsetHeight;
    out.push(performance.now() - start);
  }
  return out;
}`;

/** The words on the screens this file uses, in each language it measures. */
const words = {
  en: { start: 'Start exam', next: 'Next' },
  // As the Arabic catalogue has them (renderer/src/exams/locales/ar.ts).
  ar: { start: 'بدء الامتحان', next: 'التالي' },
} as const;

/** The largest display settings, as a student chooses them in the dialog on My exams. */
const LARGEST = ['Largest (200 %)', 'Wider', 'High contrast'] as const;
const ARABIC = 'العربية';

interface Steps {
  p50: number;
  p95: number;
}

async function signIn(page: Page, host: PreviewProcess, email: string): Promise<void> {
  await page.goto(host.url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('demo1234');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('article', { name: TEST_NAME }).waitFor();
}

/** Chooses the largest settings and then Arabic (after which the dialog reads in Arabic). */
async function chooseLargestInArabic(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Display settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Display settings' });
  for (const choice of LARGEST) {
    await dialog.getByRole('radio', { name: choice }).check();
    await dialog.getByRole('status').getByText('Saved. Your exams will look like this.').waitFor();
  }
  await dialog.getByRole('radio', { name: ARABIC }).check();
  await page.locator('html[dir="rtl"][lang="ar"]').waitFor({ state: 'attached' });
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

async function measure(page: Page, language: keyof typeof words): Promise<Steps> {
  const { start, next } = words[language];
  await page
    .getByRole('article', { name: TEST_NAME })
    .getByRole('button', { name: start, exact: true })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: start, exact: true }).click();
  await page.locator('.question__number').waitFor();
  const samples = await page.evaluate<number[]>(
    `(${IN_PAGE_STEPS})(${JSON.stringify({ steps: STEPS, next })})`,
  );
  if (samples.length < STEPS) {
    throw new Error(`only ${samples.length} of ${STEPS} steps ran (${language})`);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return { p50: Math.round(at(0.5) * 100) / 100, p95: Math.round(at(0.95) * 100) / 100 };
}

/** The look the exam really had while it was measured: the settings on the page root. */
async function rootLook(page: Page): Promise<string> {
  const root = page.locator('html');
  const names = ['dir', 'lang', 'data-text-size', 'data-line-spacing', 'data-contrast'];
  const values = await Promise.all(names.map((name) => root.getAttribute(name)));
  return names.map((name, i) => `${name}=${values[i] ?? ''}`).join(' ');
}

async function inPage<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

export async function measureNavigation(): Promise<{
  nav_step_p50_ms: number;
  nav_step_p95_ms: number;
  nav_step_large_rtl_p50_ms: number;
  nav_step_large_rtl_p95_ms: number;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'exam-nav-bench-'));
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'prepare-nav-data.ts'), dataDir],
    { stdio: 'inherit' },
  );

  const host = await startPreviewProcess({ dataDir });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const standard = await inPage(browser, async (page) => {
      await signIn(page, host, 'student1@northfield.example');
      return measure(page, 'en');
    });
    // Another student: display settings are each student's own.
    const largeRtl = await inPage(browser, async (page) => {
      await signIn(page, host, 'student2@northfield.example');
      await chooseLargestInArabic(page);
      const steps = await measure(page, 'ar');
      const look = await rootLook(page);
      const wanted =
        'dir=rtl lang=ar data-text-size=largest data-line-spacing=wider data-contrast=high';
      if (look !== wanted) throw new Error(`the exam was measured with ${look}, not ${wanted}`);
      return steps;
    });
    return {
      nav_step_p50_ms: standard.p50,
      nav_step_p95_ms: standard.p95,
      nav_step_large_rtl_p50_ms: largeRtl.p50,
      nav_step_large_rtl_p95_ms: largeRtl.p95,
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}
