import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { createCore } from '@main/app/core';
import { startPreviewHost } from '@main/preview/host';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';
import { percentile } from './stats';

const rendererDir = resolve(import.meta.dirname, '../../../out/renderer');

/**
 * Runs in the page (as source text, since the page has the DOM and this process
 * does not): sets the search box, then resolves with the milliseconds until the
 * table says it holds the rows for that search.
 */
function inPageSearch(query: string): string {
  const want = JSON.stringify(JSON.stringify({ state: 'live', search: query }));
  return `new Promise((resolve, reject) => {
    const input = document.querySelector('input[type="search"]');
    if (!input) return reject(new Error('no search box'));
    const start = performance.now();
    const observer = new MutationObserver(() => {
      const table = document.querySelector('table[data-result-for]');
      if (table && table.getAttribute('data-result-for') === ${want}) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(document.body, { subtree: true, attributes: true, childList: true });
    setTimeout(() => {
      observer.disconnect();
      const table = document.querySelector('table[data-result-for]');
      reject(new Error('no list for ' + ${want} + ' after 10 s; the table answers ' + (table && table.getAttribute('data-result-for'))));
    }, 10000);
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(input, ${JSON.stringify(query)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
  })`;
}

/**
 * Bank search to the rendered list in Chromium: from the keystroke that sets
 * the search text to the moment the table holds the rows for it, measured in
 * the page on the same 10,000-question database.
 */
export async function measureRender(dataDir: string): Promise<{ p95: number; p50: number } | null> {
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    console.log('search_render: not measured (run `npm run build` first)');
    return null;
  }
  const core = await createCore({ dataDir, seedDemo: false, logError: () => undefined });
  const host = await startPreviewHost({ core, rendererDir, port: 0 });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.getByLabel('Email').fill('author@northfield.example');
    await page.getByLabel('Password').fill('demo1234');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.getByRole('link', { name: 'Question bank' }).click();
    await page
      .getByText(/questions in the bank/)
      .waitFor()
      .catch(async (error: unknown) => {
        await page.screenshot({
          path: resolve(rendererDir, '../../bench-results/render-failure.png'),
        });
        throw error;
      });
    const times: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const query = i % 4 === 0 ? 'question' : `topic ${(i * 53) % 1000}`;
      const ms = await page.evaluate<number>(inPageSearch(query));
      times.push(ms);
      // Back to the whole bank between queries, so each one changes the list.
      await page.getByRole('searchbox').fill('');
      await page
        .getByText(/questions in the bank/)
        .waitFor()
        .catch(async (error: unknown) => {
          await page.screenshot({
            path: resolve(rendererDir, '../../bench-results/render-failure.png'),
          });
          throw error;
        });
    }
    return { p95: percentile(times, 95), p50: percentile(times, 50) };
  } finally {
    await browser.close();
    await host.close();
    await core.close();
  }
}
