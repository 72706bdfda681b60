import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/chromium';
import { buildContentHarness, serveContentHarness } from './tests/e2e/support/content-harness';
await buildContentHarness();
const server = await serveContentHarness();
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
await page.goto(server.url('katex'));
await page.waitForFunction(() => (globalThis as { harness?: { ready: boolean } }).harness?.ready === true);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
const get = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const rows = [];
for (let r = 0; r < 5; r++) {
  const f = Array.from({ length: 100 }, (_, i) => [`\\frac{${i + r * 1000}}{${i + 2}} + \\sqrt{${i}}`, `\\int_0^{${i + r*1000}} x^2 \\, dx`, `E_{${i}} = m c^2 + \\tfrac{1}{2} m v_{${r}}^2`, `F = G \\frac{m_1 m_2}{r_{${i + r}}^2}`][i % 4]);
  const a = await get();
  await page.evaluate(`window.harness.typeset(${JSON.stringify(f)})`);
  const b = await get();
  rows.push([(b.TaskDuration - a.TaskDuration) * 1000, (b.LayoutDuration - a.LayoutDuration) * 1000, (b.RecalcStyleDuration - a.RecalcStyleDuration) * 1000]);
}
rows.sort((x, y) => x[0] - y[0]);
console.log(process.argv[2], 'median task/layout/style', rows[2].map((v) => v.toFixed(1)).join(' / '));
await browser.close(); await server.close();
