/**
 * Question-to-question navigation on a 200-question paper, measured in
 * Chromium against the real preview host: from the click on Next until the
 * next question is rendered and laid out.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { startPreviewProcess } from '../e2e/support/preview-process';

const STEPS = 150;

/**
 * Runs in the page (as source, since this file is type-checked for Node):
 * clicks Next at the start of a frame and times the main-thread work until the
 * next question is in the DOM and laid out: what has to fit in one frame.
 */
const IN_PAGE_STEPS = `async (steps) => {
  const out = [];
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  for (let i = 0; i < steps; i += 1) {
    const next = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Next');
    if (!next) break;
    const expected = 'Question ' + (i + 2) + ' ';
    await frame();
    const start = performance.now();
    next.click();
    while (!document.querySelector('.question__number')?.textContent?.startsWith(expected)) {
      await new Promise((r) => setTimeout(r, 0));
    }
    // Style and layout of the new question, as the frame that paints it would do them.
    void document.body.getBoundingClientRect();
    void document.body.offsetHeight;
    out.push(performance.now() - start);
  }
  return out;
}`;

export async function measureNavigation(): Promise<{
  nav_step_p95_ms: number;
  nav_step_p50_ms: number;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'exam-nav-bench-'));
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'prepare-nav-data.ts'), dataDir],
    {
      stdio: 'inherit',
    },
  );

  const host = await startPreviewProcess({ dataDir });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.getByLabel('Email').fill('student1@northfield.example');
    await page.getByLabel('Password').fill('demo1234');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('article', { name: 'Navigation bench (200 questions)' })
      .getByRole('button', { name: 'Start exam' })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Start exam' }).click();
    await page.getByRole('heading', { name: 'Question 1 of 200' }).waitFor();
    const samples = await page.evaluate<number[]>(`(${IN_PAGE_STEPS})(${STEPS})`);
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (p: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
    return {
      nav_step_p50_ms: Math.round(at(0.5) * 100) / 100,
      nav_step_p95_ms: Math.round(at(0.95) * 100) / 100,
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}
