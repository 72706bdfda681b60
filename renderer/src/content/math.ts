import katex from 'katex';
import { LruCache } from '@shared/lru';
// KaTeX's stylesheet and fonts go into the build: formulas render with no network.
import 'katex/dist/katex.min.css';

/**
 * TeX rendered by KaTeX, once per formula and display mode. `katex.render`
 * builds DOM nodes and sets their styles through the CSSOM, which the page's
 * `style-src 'self'` allows (a `style` attribute in markup would be refused);
 * a cached rendering is then cloned, which keeps those styles. The cache lets
 * go of the formula used least recently, so those of the paper in hand stay
 * while the editor's preview and other papers come and go.
 */

const MAX_CACHED = 4_000;
/** A rendering by `D`/`I` and the TeX; null for TeX that KaTeX cannot read. */
const rendered = new LruCache<string, HTMLElement | null>(MAX_CACHED);

const options = {
  throwOnError: true,
  output: 'htmlAndMathml',
  // No \href, \url, \includegraphics or \html*: formulas never bring links, images or classes.
  trust: false,
  strict: 'ignore',
  maxSize: 50,
  maxExpand: 1_000,
} as const;

/**
 * KaTeX sets most styles through the CSSOM, but draws some glyphs (`\\vec`,
 * `\\overrightarrow`, braces, very tall delimiters) as SVG whose size it
 * passes as a `style` attribute, which `style-src 'self'` refuses (the arrow
 * would lose its width and the page would log a violation). While KaTeX
 * builds one formula, synchronously, a `style` attribute is set through the
 * element's CSSOM instead. KaTeX makes these values itself: with `trust`
 * off no formula can bring a style of its own.
 */
function withStyleAttributesThroughCssom(build: () => void): void {
  const prototype = Element.prototype;
  const descriptor = Object.getOwnPropertyDescriptor(prototype, 'setAttribute');
  const setAttribute = descriptor?.value as
    ((this: Element, name: string, value: string) => void) | undefined;
  if (descriptor === undefined || setAttribute === undefined) {
    build();
    return;
  }
  prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name === 'style' && (this instanceof HTMLElement || this instanceof SVGElement)) {
      this.style.cssText = value;
      return;
    }
    setAttribute.call(this, name, value);
  };
  try {
    build();
  } finally {
    Object.defineProperty(prototype, 'setAttribute', descriptor);
  }
}

function mathHost(display: boolean): HTMLElement {
  const host = document.createElement('span');
  host.className = display ? 'math math--display' : 'math math--inline';
  return host;
}

function renderFresh(tex: string, display: boolean): HTMLElement | null {
  const host = mathHost(display);
  try {
    withStyleAttributesThroughCssom(() => {
      katex.render(tex, host, { ...options, displayMode: display });
    });
    return host;
  } catch {
    return null;
  }
}

/** A new copy of the formula's rendering; `source` (as written, with delimiters) stands in for TeX KaTeX cannot read. */
export function formulaNode(tex: string, display: boolean, source: string): HTMLElement {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let cached = rendered.get(key);
  if (cached === undefined) {
    cached = renderFresh(tex, display);
    rendered.set(key, cached);
  }
  if (cached !== null) return cached.cloneNode(true) as HTMLElement;
  // Shown as written here, so an author's typo reads as TeX rather than vanishing.
  const host = mathHost(display);
  host.replaceChildren(document.createTextNode(source));
  host.classList.add('math--error');
  return host;
}
