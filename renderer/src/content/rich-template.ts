import { parseClozeText } from '@shared/content/cloze';
import { mediaSrcPattern } from '@shared/content/rich-text-policy';
import { splitTex } from '@shared/content/tex';
import { LruCache } from '@shared/lru';
import { formulaNode } from './math';
import { sanitiseRichHtml } from './sanitise';

/**
 * Sanitised HTML made ready to show: TeX typeset, and a placeholder (a slot)
 * wherever an image, an audio clip or a cloze gap goes, for the React parts
 * that make those interactive. Built once per distinct text and cloned for
 * each view, so navigating back to a question neither re-sanitises nor
 * re-typesets it.
 */

export type SlotSpec =
  | { kind: 'image'; hash: string; alt: string; width: number | null; height: number | null }
  | { kind: 'audio'; hash: string }
  | { kind: 'gap'; gapId: string };

export interface RichTemplate {
  fragment: DocumentFragment;
  /** In reading order, as the `data-rich-slot` placeholders appear. */
  slots: readonly SlotSpec[];
}

export interface RichView {
  nodes: Node[];
  slots: Array<{ spec: SlotSpec; element: HTMLElement }>;
}

const SLOT_ATTRIBUTE = 'data-rich-slot';
const mathSpanClasses = { 'math-inline': false, 'math-display': true } as const;

const MAX_TEMPLATES = 3_000;
/** By `g`/`h` (cloze or not) and the HTML; the least recently shown is let go first. */
const templates = new LruCache<string, RichTemplate>(MAX_TEMPLATES);

/** A placeholder naming its spec by index, so it survives the import into the page's document. */
function slotElement(spec: SlotSpec, specs: SlotSpec[], owner: Document): HTMLElement {
  const slot = owner.createElement('span');
  slot.className = `rich-slot rich-slot--${spec.kind}`;
  slot.setAttribute(SLOT_ATTRIBUTE, String(specs.length));
  specs.push(spec);
  return slot;
}

const numberOrNull = (value: string | null): number | null =>
  value !== null && /^\d{1,5}$/.test(value) ? Number(value) : null;

function replaceMedia(fragment: DocumentFragment, specs: SlotSpec[]): void {
  const owner = fragment.ownerDocument;
  for (const element of Array.from(fragment.querySelectorAll('img, audio'))) {
    const hash = mediaSrcPattern.exec(element.getAttribute('src') ?? '')?.[1];
    if (hash === undefined) {
      element.remove();
      continue;
    }
    const spec: SlotSpec =
      element.localName === 'img'
        ? {
            kind: 'image',
            hash,
            alt: element.getAttribute('alt') ?? '',
            width: numberOrNull(element.getAttribute('width')),
            height: numberOrNull(element.getAttribute('height')),
          }
        : { kind: 'audio', hash };
    element.replaceWith(slotElement(spec, specs, owner));
  }
}

function typesetMathSpans(fragment: DocumentFragment): void {
  for (const [className, display] of Object.entries(mathSpanClasses)) {
    for (const span of Array.from(fragment.querySelectorAll(`span.${className}`))) {
      if (span.parentElement?.closest('code, pre, math')) continue;
      const tex = span.textContent;
      if (tex.trim() === '') continue;
      span.replaceChildren(formulaNode(tex, display, tex));
    }
  }
}

interface TextRules {
  gaps: boolean;
  tex: boolean;
}

/** What one run of text becomes: text, formulas and (in a cloze) gap slots; null when it stays as it is. */
function textPieces(text: string, rules: TextRules, specs: SlotSpec[]): Node[] | null {
  const runs = rules.gaps ? parseClozeText(text) : [{ kind: 'text' as const, text }];
  const pieces: Node[] = [];
  let changed = false;
  for (const run of runs) {
    if (run.kind === 'gap') {
      pieces.push(slotElement({ kind: 'gap', gapId: run.id }, specs, document));
      changed = true;
      continue;
    }
    const segments = rules.tex ? splitTex(run.text) : [{ kind: 'text' as const, text: run.text }];
    for (const segment of segments) {
      if (segment.kind === 'text') pieces.push(document.createTextNode(segment.text));
      else {
        pieces.push(formulaNode(segment.tex, segment.display, segment.source));
        changed = true;
      }
    }
  }
  return changed ? pieces : null;
}

/**
 * Typesets TeX and places gaps in every text run. MathML and formulas
 * already typeset are left alone; code keeps TeX as written but may hold gaps.
 */
function typesetText(fragment: DocumentFragment, gaps: boolean, specs: SlotSpec[]) {
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
  const work: Array<{ text: Text; rules: TextRules }> = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('math, .math')) continue;
    const literal = (parent?.closest('code, pre') ?? null) !== null;
    if (literal && !gaps) continue;
    work.push({ text: node as Text, rules: { gaps, tex: !literal } });
  }
  for (const { text, rules } of work) {
    const pieces = textPieces(text.data, rules, specs);
    if (pieces) text.replaceWith(...pieces);
  }
}

function buildTemplate(html: string, gaps: boolean): RichTemplate {
  const inert = sanitiseRichHtml(html);
  const specs: SlotSpec[] = [];
  replaceMedia(inert, specs);
  const fragment = document.importNode(inert, true);
  fragment.normalize();
  typesetMathSpans(fragment);
  typesetText(fragment, gaps, specs);
  // Slots in reading order, whatever order they were made in.
  const slots = Array.from(fragment.querySelectorAll(`[${SLOT_ATTRIBUTE}]`)).flatMap((element) => {
    const spec = specs[Number(element.getAttribute(SLOT_ATTRIBUTE))];
    return spec ? [spec] : [];
  });
  return { fragment, slots };
}

/** The template of one HTML text, from the cache when it was built before. */
export function richTemplate(html: string, gaps: boolean): RichTemplate {
  const key = `${gaps ? 'g' : 'h'}${html}`;
  const cached = templates.get(key);
  if (cached) return cached;
  const built = buildTemplate(html, gaps);
  templates.set(key, built);
  return built;
}

/** A fresh copy of the template for one view, with its slots found in the copy. */
export function instantiate(template: RichTemplate): RichView {
  const copy = template.fragment.cloneNode(true) as DocumentFragment;
  const elements = Array.from(copy.querySelectorAll<HTMLElement>(`[${SLOT_ATTRIBUTE}]`));
  return {
    nodes: Array.from(copy.childNodes),
    slots: elements.flatMap((element, i) => {
      const spec = template.slots[i];
      return spec ? [{ spec, element }] : [];
    }),
  };
}
