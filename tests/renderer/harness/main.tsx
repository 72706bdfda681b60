import { StrictMode } from 'react';
import katex from 'katex';
import { createRoot } from 'react-dom/client';
import '@renderer/styles/global.css';
import type { AnswerValue } from '@shared/domain/questions';
import type { SessionInfo } from '@shared/domain/organisation';
import { formulaNode } from '@renderer/content/math';
import { MediaSource } from '@renderer/content/media-source';
import { ExamScreen } from '@renderer/exams/ExamScreen';
import { installFakeExamApi } from '../support/install-fake-api';
import { hashFor, prepareMedia } from './harness-media';
import { itemsPaper, LISTENING_CLIP, longPaper, longPaperImages } from './papers';
import { renderedFindings } from './xss-checks';
import { renderMathGallery } from './math-gallery';
import { XssHarness } from './XssHarness';

/**
 * A page for Chromium runs of the content renderer, built by Vite from the
 * app's own components and served with the app's CSP. `#xss` renders the
 * payload list; `#exam-rich` and `#exam-plain` open a 200-question paper in
 * the real exam screen over the in-memory exam service; `#exam-items` one of
 * each newer item type; `#katex` only exposes the formula timing;
 * `#math-gallery` shows formulas of each kind a paper holds, one a row.
 */

interface Harness {
  ready: boolean;
  /** The answers the exam service committed, by question id. */
  committed(): Record<string, AnswerValue | null>;
  /**
   * Milliseconds to typeset, insert and lay out these formulas the app's way
   * (`formulaNode`, new to the cache unless `how` is 'cached'), or another
   * way for comparison; with `layout` false, to typeset them only.
   */
  typeset(formulas: string[], layout?: boolean, how?: TypesetWay): number;
  /** What must not be in the rendered payloads, per payload; empty when all is well. */
  findings(): string[];
  /** Hovers, focuses and clicks every element of the payloads, as a curious student would. */
  poke(): void;
  /** How the first display formula in the element is laid out, once the fonts are in. */
  mathLayout(selector: string): Promise<MathLayout>;
}

interface MathLayout {
  /** A KaTeX box's height as its style asks (em times its font size), in px. */
  styledHeight: number;
  /** That box's height as laid out, in px: the same only when the style was applied. */
  laidOutHeight: number;
  /** The style KaTeX set on a strut through the CSSOM. */
  strutStyled: string;
  /** KaTeX font families the page has loaded. */
  fonts: string[];
}

async function mathLayout(selector: string): Promise<MathLayout> {
  await document.fonts.ready;
  const root = document.querySelector(selector);
  const box = root?.querySelector<HTMLElement>('.katex-display .vlist[style]');
  const em = box ? parseFloat(box.style.height) : NaN;
  return {
    styledHeight: box ? em * parseFloat(getComputedStyle(box).fontSize) : NaN,
    laidOutHeight: box?.getBoundingClientRect().height ?? NaN,
    strutStyled: root?.querySelector('.katex .katex-strut')?.getAttribute('style') ?? '',
    fonts: [...document.fonts]
      .filter((f) => f.family.includes('KaTeX') && f.status === 'loaded')
      .map((f) => f.family),
  };
}

declare global {
  interface Window {
    harness?: Harness;
  }
}

const student: SessionInfo = {
  person: {
    id: 'harness-student',
    name: 'Harness Student',
    email: 'student@example.org',
    role: 'student',
  },
  organisation: {
    id: 'harness-org',
    name: 'Harness',
    address: null,
    logoUrl: null,
    active: true,
    language: 'en',
  },
  readOnly: null,
};

/**
 * The app's way, and for comparison KaTeX on its own: `katex.render` with its
 * default output (HTML for the eye and MathML for screen readers, as the app
 * renders), with HTML only, with MathML only (native MathML, as Chromium lays
 * it out), and `renderToString` (KaTeX's own work, with no DOM).
 */
type TypesetWay = 'app' | 'cached' | 'katex' | 'katex-html' | 'katex-mathml' | 'katex-string';

function katexNode(tex: string, output: 'htmlAndMathml' | 'html' | 'mathml'): Node {
  const host = document.createElement('span');
  katex.render(tex, host, { output, throwOnError: true });
  return host;
}

function typesetOne(tex: string, how: TypesetWay): Node {
  if (how === 'katex') return katexNode(tex, 'htmlAndMathml');
  if (how === 'katex-html') return katexNode(tex, 'html');
  if (how === 'katex-mathml') return katexNode(tex, 'mathml');
  if (how === 'katex-string') {
    return document.createTextNode(katex.renderToString(tex, { throwOnError: true }));
  }
  return formulaNode(tex, false, tex);
}

function typeset(formulas: string[], layout = true, how: TypesetWay = 'app'): number {
  if (how === 'cached') for (const tex of formulas) formulaNode(tex, false, tex);
  if (!layout || how === 'katex-string') {
    const start = performance.now();
    for (const tex of formulas) typesetOne(tex, how);
    return performance.now() - start;
  }
  const host = document.createElement('div');
  document.body.append(host);
  const start = performance.now();
  for (const tex of formulas) host.append(typesetOne(tex, how), ' ');
  // Reading a size makes the browser lay the formulas out now, inside the timing.
  const laidOut = host.getBoundingClientRect().height;
  const ms = performance.now() - start;
  host.remove();
  if (!(laidOut > 0)) throw new Error('The formulas were not laid out');
  return ms;
}

function poke(): void {
  // MathML elements are Elements but not HTMLElements: events are dispatched, not called.
  for (const element of Array.from(document.querySelectorAll('[data-payload] *'))) {
    for (const type of ['mouseover', 'mouseenter', 'focus', 'animationstart']) {
      element.dispatchEvent(new Event(type, { bubbles: true }));
    }
    if (element instanceof HTMLElement) element.focus();
    if (!element.closest('dialog')) {
      element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }
  }
}

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const mode = window.location.hash.replace(/^#/, '');
  const api = installFakeExamApi();
  const harness: Harness = {
    ready: false,
    committed: () =>
      Object.fromEntries([...api.committed].map(([id, saved]) => [id, saved.answer])),
    typeset,
    findings: () =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-payload]')).flatMap((box) =>
        renderedFindings(box).map((problem) => `payload ${box.dataset.payload}: ${problem}`),
      ),
    poke,
    mathLayout,
  };
  window.harness = harness;

  if (mode === 'katex') {
    harness.ready = true;
    return;
  }
  if (mode === 'math-gallery') {
    renderMathGallery(root);
    await document.fonts.ready;
    harness.ready = true;
    return;
  }
  if (mode === 'xss') {
    const media = await prepareMedia([0xd], []);
    // The payloads' good media reference is `media:ddd…d`.
    const good = 'd'.repeat(64);
    const resolver = {
      urlFor: (hash: string) => media.urlFor(hash === good ? hashFor(0xd) : hash),
    };
    createRoot(root).render(
      <StrictMode>
        <MediaSource.Provider value={resolver}>
          <XssHarness onReady={() => (harness.ready = true)} />
        </MediaSource.Provider>
      </StrictMode>,
    );
    return;
  }
  const session = mode === 'exam-items' ? itemsPaper() : longPaper(200, mode !== 'exam-plain');
  const media = await prepareMedia(
    mode === 'exam-rich' ? longPaperImages(200) : [],
    mode === 'exam-items' ? [LISTENING_CLIP] : [],
  );
  api.reset(session.clock);
  api.serve('exams.resume', () => Promise.resolve({ ok: true, value: session }));
  // Plays counted as main counts them: within the question's limit, refused past it.
  const plays = new Map<string, number>();
  api.serve('exams.recordPlay', ({ questionId, hash }) => {
    const limit = session.questions.find((q) => q.questionId === questionId)?.settings
      .audioPlayLimit;
    const before = plays.get(questionId) ?? 0;
    if (limit !== undefined && before >= limit) {
      return Promise.resolve({
        ok: false,
        error: { code: 'CONFLICT', message: 'This recording has been played as often as allowed' },
      });
    }
    plays.set(questionId, before + 1);
    const playsLeft = limit === undefined ? null : limit - before - 1;
    return Promise.resolve({
      ok: true,
      value: { questionId, hash, plays: before + 1, playsLeft },
    });
  });
  createRoot(root).render(
    <StrictMode>
      <MediaSource.Provider value={media}>
        <ExamScreen session={student} attemptId={session.attemptId} />
      </MediaSource.Provider>
    </StrictMode>,
  );
  harness.ready = true;
}

void start();
