/**
 * The renderer side of `npm run bench:content`, in Chromium: navigation on a
 * 200-question paper where every question has two images and three formulas
 * (html, sanitised and typeset as the exam shows it), and KaTeX's time for
 * 100 formulas. The paper is served by the in-memory exam service in the
 * content harness page: the real exam screen and components, built by Vite,
 * under the app's CSP, with nothing else on the page's main thread.
 */
import { availableParallelism, loadavg } from 'node:os';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { buildContentHarness, serveContentHarness } from '../e2e/support/content-harness';
import { percentile, round, type BenchPart } from './content-part';

const FORWARD = 150;
const BACK = 100;
const KATEX_ROUNDS = 9;
/** The harness's other ways to typeset, timed beside the app's (tests/renderer/harness/main.tsx). */
const COMPARED = ['cached', 'katex', 'katex-html', 'katex-mathml', 'katex-string'] as const;

/**
 * Runs in the page (as source: this file is type-checked for Node). The
 * student reads the question first, so each step starts after an idle
 * moment, at the start of a frame.
 */
const IN_PAGE_SETTLE = `new Promise((done) =>
  requestIdleCallback(() => requestAnimationFrame(() => done()), { timeout: 2000 }))`;

/**
 * Presses the button and times the main-thread work until the new question
 * is in the DOM with its images' sources set, and laid out: what has to fit
 * in one frame. Returns the wall-clock milliseconds, or -1 with no button.
 */
const IN_PAGE_STEP = `async ({ selector, label, expected, images }) => {
  const button = selector
    ? document.querySelector(selector)
    : [...document.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!button || button.disabled) return -1;
  const start = performance.now();
  button.click();
  const ready = () => {
    const q = document.querySelector('.question');
    if (!q || !document.querySelector('.question__number')?.textContent?.startsWith(expected)) return false;
    return q.querySelectorAll('img[src^="blob:"]').length >= images;
  };
  while (!ready()) await new Promise((r) => setTimeout(r, 0));
  void document.body.getBoundingClientRect();
  void document.body.offsetHeight;
  return performance.now() - start;
}`;

interface Step {
  /** A palette button, or else the button with this text. */
  selector?: string;
  label?: string;
  /** The heading's text starts with this once the question is shown. */
  expected: string;
  images: number;
}

interface Sample {
  wallMs: number;
  /** Main-thread time spent in tasks (Chromium's thread ticks): what the machine's load does not inflate. */
  cpuMs: number;
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
}

async function measure(page: Page, cdp: CDPSession, step: Step): Promise<Sample | null> {
  await page.evaluate(IN_PAGE_SETTLE);
  const before = await taskSeconds(cdp);
  const wallMs = await page.evaluate<number>(`(${IN_PAGE_STEP})(${JSON.stringify(step)})`);
  const after = await taskSeconds(cdp);
  return wallMs < 0 ? null : { wallMs, cpuMs: (after - before) * 1_000 };
}

async function walk(page: Page, cdp: CDPSession, steps: Step[]): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const step of steps) {
    const sample = await measure(page, cdp, step);
    if (!sample) break;
    out.push(sample);
  }
  return out;
}

const nextSteps = (from: number, count: number, images: number): Step[] =>
  Array.from({ length: count }, (_, i) => ({
    label: 'Next',
    expected: `Question ${from + i + 1} `,
    images,
  }));
const backSteps = (from: number, count: number, images: number): Step[] =>
  Array.from({ length: count }, (_, i) => ({
    label: 'Previous',
    expected: `Question ${from - i - 1} `,
    images,
  }));
const jumpSteps = (targets: number[], images: number): Step[] =>
  targets.map((n) => ({
    selector: `button[aria-label^="Question ${n},"]`,
    expected: `Question ${n} `,
    images,
  }));

async function openPaper(page: Page, url: string): Promise<CDPSession> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Question 1 of 200' }).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return cdp;
}

/** 100 formulas of the kinds exam papers hold, made new by `n` so none comes from the cache. */
function formulas(n: number): string[] {
  const kinds = [
    (i: number) => `\\frac{${i + n}}{${i + 2}} + \\sqrt{${i}}`,
    (i: number) => `\\int_0^{${i + n}} x^2 \\, dx = \\frac{${i + n}^3}{3}`,
    (i: number) => `\\sum_{k=1}^{${i + n}} k^2`,
    (i: number) => `E_{${i}} = m c^2 + \\tfrac{1}{2} m v_{${n}}^2`,
    (i: number) => `\\alpha_{${i}} + \\beta^{${n}} \\leq \\gamma`,
    (i: number) => `F = G \\frac{m_1 m_2}{r_{${i + n}}^2}`,
    (i: number) => `\\lim_{x \\to ${i + n}} \\frac{\\sin x}{x}`,
    (i: number) => `\\begin{pmatrix} ${i} & ${n} \\\\ ${n} & ${i} \\end{pmatrix}`,
    (i: number) => `x = \\frac{-b \\pm \\sqrt{b^2 - ${4 + i + n}ac}}{2a}`,
    (i: number) => `v_{${i}} = ${n}\\,\\mathrm{m\\,s^{-1}}`,
  ];
  return Array.from({ length: 100 }, (_, i) => kinds[i % kinds.length]!(i));
}

export async function rendererContentFigures(): Promise<BenchPart> {
  await buildContentHarness();
  const server = await serveContentHarness();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // A page of its own for each paper: the modes differ only by the hash, which does not reload.
    const fresh = () => browser.newPage({ viewport: { width: 1280, height: 800 } });
    let page = await fresh();
    let cdp = await openPaper(page, server.url('exam-rich'));
    const richForward = await walk(page, cdp, nextSteps(1, FORWARD, 2));
    const richBack = await walk(page, cdp, backSteps(1 + FORWARD, BACK, 2));
    // Every third question from 160 on: none was shown, nor made ready as a neighbour.
    const targets = Array.from({ length: 14 }, (_, i) => 160 + i * 3);
    const richJumps = await walk(page, cdp, jumpSteps(targets, 2));

    page = await fresh();
    cdp = await openPaper(page, server.url('exam-plain'));
    const plainForward = await walk(page, cdp, nextSteps(1, FORWARD, 0));

    page = await fresh();
    await page.goto(server.url('katex'));
    await page.waitForFunction(
      () => (globalThis as { harness?: { ready: boolean } }).harness?.ready === true,
    );
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const typeset = async (n: number, layout = true, how = 'app'): Promise<Sample> => {
      const before = await taskSeconds(cdp);
      const wallMs = await page.evaluate<number>(
        `window.harness.typeset(${JSON.stringify(formulas(n))}, ${layout}, ${JSON.stringify(how)})`,
      );
      return { wallMs, cpuMs: ((await taskSeconds(cdp)) - before) * 1_000 };
    };
    const first = await typeset(0);
    // Round by round, every way in turn, so a change in the machine's load falls on all alike.
    const ways = ['app', 'build', ...COMPARED] as const;
    const rounds = new Map<string, Sample[]>(ways.map((way) => [way, []]));
    for (let r = 1; r <= KATEX_ROUNDS; r += 1) {
      for (const [k, way] of ways.entries()) {
        const sample =
          way === 'build'
            ? await typeset(r * 1_000 + k * 100, false)
            : await typeset(r * 1_000 + k * 100, true, way);
        rounds.get(way)?.push(sample);
      }
    }
    if (richForward.length < FORWARD || plainForward.length < FORWARD || richJumps.length < 14) {
      throw new Error('the navigation stopped before the end of the steps');
    }
    const wall = (samples: Sample[], p: number) =>
      round(
        percentile(
          samples.map((s) => s.wallMs),
          p,
        ),
      );
    const cpu = (samples: Sample[], p: number) =>
      round(
        percentile(
          samples.map((s) => s.cpuMs),
          p,
        ),
      );
    const typesetWall = (way: string) => wall(rounds.get(way) ?? [], 0.5);
    const typesetCpu = (way: string) => cpu(rounds.get(way) ?? [], 0.5);
    const results = {
      nav_rich_p95_ms: wall(richForward, 0.95),
      nav_rich_p50_ms: wall(richForward, 0.5),
      nav_rich_cpu_p95_ms: cpu(richForward, 0.95),
      nav_rich_back_p95_ms: wall(richBack, 0.95),
      nav_rich_jump_p95_ms: wall(richJumps, 0.95),
      nav_rich_jump_cpu_p95_ms: cpu(richJumps, 0.95),
      nav_plain_harness_p95_ms: wall(plainForward, 0.95),
      nav_plain_harness_cpu_p95_ms: cpu(plainForward, 0.95),
      katex_100_formulas_ms: typesetWall('app'),
      katex_100_formulas_cpu_ms: cpu(rounds.get('app') ?? [], 0.5),
      katex_100_formulas_first_ms: round(first.wallMs),
      katex_100_build_only_ms: typesetWall('build'),
      katex_100_cached_ms: typesetWall('cached'),
      katex_100_cached_cpu_ms: typesetCpu('cached'),
      katex_100_raw_render_ms: typesetWall('katex'),
      katex_100_raw_render_cpu_ms: typesetCpu('katex'),
      katex_100_raw_html_only_ms: typesetWall('katex-html'),
      katex_100_raw_html_only_cpu_ms: typesetCpu('katex-html'),
      katex_100_raw_mathml_only_ms: typesetWall('katex-mathml'),
      katex_100_raw_mathml_only_cpu_ms: typesetCpu('katex-mathml'),
      katex_100_raw_to_string_ms: typesetWall('katex-string'),
    };
    return {
      results,
      targets: { nav_rich_p95_ms: '< 16', katex_100_formulas_ms: '< 50' },
      notes: [
        `katex_100_formulas_ms is the median of ${KATEX_ROUNDS} rounds of 100 new formulas ` +
          'typeset, inserted and laid out; _first_ms is the first round, cold; _build_only_ms ' +
          'is KaTeX building the nodes, with no layout. Timed in the same rounds: _cached_ms, the ' +
          'same 100 formulas again (copies from the cache, as a review screen shows them); ' +
          '_raw_render_ms, katex.render alone (HTML and MathML, no cache); _raw_html_only_ms and ' +
          '_raw_mathml_only_ms, katex.render with one output (for comparison only: the app keeps ' +
          'both, the MathML being what screen readers read); _raw_to_string_ms, ' +
          'katex.renderToString (no DOM, no layout).',
        'Navigation is measured in the content harness page (the real exam screen over the ' +
          'in-memory exam service, media as ready blob: URLs), so only the renderer is timed. ' +
          'nav_rich_p95_ms steps forward with Next (the next question made ready in idle time); ' +
          'nav_rich_back_p95_ms goes back over questions already shown (cached content); ' +
          'nav_rich_jump_p95_ms jumps by the palette to questions never made ready (cold); ' +
          'nav_plain_harness_p95_ms is a plain paper in the same harness, for comparison.',
        '_cpu_ keys are main-thread task time (thread ticks), which other load on the machine ' +
          `does not inflate; load average then: ${loadavg()[0]?.toFixed(1) ?? '?'} on ` +
          `${availableParallelism()} cores.`,
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
