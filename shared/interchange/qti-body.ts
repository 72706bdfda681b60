import { htmlTags } from '../content/rich-text-policy';
import { descendants, serialise, type XElement, type XNode } from './qti-dom';
import { escapeHtml } from './rich-import';

/**
 * Renders QTI body content (XHTML with QTI elements in it) as the bank's
 * rich text, in document order: every block element's text, inline markup,
 * tables, images, audio and MathML. Interactions and feedback are handed to
 * the caller, which decides what they become; the caller's placeholder for
 * an interaction stands where it was.
 */
export interface BodyHandlers {
  interaction: (el: XElement) => string;
  feedback: (el: XElement) => void;
  /** Something in the body this bank cannot show, said in words with its position. */
  unsupported: (el: XElement, what: string) => void;
}

export const FEEDBACK_ELEMENTS = new Set([
  'qti-feedback-inline',
  'qti-feedback-block',
  'qti-modal-feedback',
]);

const KEPT = new Set<string>(htmlTags);
/** Elements that hold a block of text: a paragraph here, unless they hold blocks themselves. */
const BLOCKS = new Set([
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'nav',
  'figure',
  'figcaption',
  'address',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'qti-content-body',
  'qti-rubric-block',
  'qti-prompt',
]);
const BLOCK_CHILDREN = new Set([...BLOCKS, 'p', 'ul', 'ol', 'table', 'pre', 'blockquote', 'hr']);

const isInteraction = (name: string) => name.endsWith('-interaction') || name === 'qti-gap';

function attrs(el: XElement, names: readonly string[]): string {
  return names
    .filter((n) => el.attrs[n] !== undefined)
    .map((n) => ` ${n}="${escapeHtml(el.attrs[n] ?? '')}"`)
    .join('');
}

const TAG_ATTRIBUTES: Record<string, readonly string[]> = {
  img: ['src', 'alt', 'width', 'height'],
  audio: ['src'],
  source: ['src', 'type'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  ol: ['start'],
  a: ['href'],
};

export function renderNodes(nodes: readonly XNode[], h: BodyHandlers): string {
  return nodes.map((n) => renderNode(n, h)).join('');
}

function renderNode(node: XNode, h: BodyHandlers): string {
  if (node.kind === 'text') return escapeHtml(node.text);
  const el = node;
  const name = el.name;
  if (FEEDBACK_ELEMENTS.has(name)) {
    h.feedback(el);
    return '';
  }
  if (isInteraction(name)) return h.interaction(el);
  if (name === 'math') return serialise(el);
  if (name === 'object') return renderObject(el, h);
  if (name === 'video' || name === 'iframe' || name === 'embed') {
    h.unsupported(el, `a ${name} (${el.attrs.src ?? el.attrs.data ?? 'no source'})`);
    return '';
  }
  if (
    name === 'qti-template-inline' ||
    name === 'qti-template-block' ||
    name === 'qti-printed-variable'
  ) {
    h.unsupported(el, `the template element ${name}`);
    return '';
  }
  if (name === 'audio' || name === 'a') {
    // Media and links are resolved (or reported) once the text is whole; see MediaCollector.
    return `<${name}${attrs(el, TAG_ATTRIBUTES[name] ?? [])}>${renderNodes(el.children, h)}</${name}>`;
  }
  if (name === 'source') return `<source${attrs(el, TAG_ATTRIBUTES.source ?? [])}>`;
  if (name === 'br') return '<br>';
  if (name === 'img') return `<img${attrs(el, TAG_ATTRIBUTES.img ?? [])}>`;
  if (KEPT.has(name)) {
    return `<${name}${attrs(el, TAG_ATTRIBUTES[name] ?? [])}>${renderNodes(el.children, h)}</${name}>`;
  }
  if (BLOCKS.has(name)) {
    const inner = renderNodes(el.children, h);
    const holdsBlocks = el.children.some((c) => c.kind === 'element' && BLOCK_CHILDREN.has(c.name));
    if (holdsBlocks || inner.trim() === '') return inner;
    return /^h[1-6]$/.test(name) ? `<p><strong>${inner}</strong></p>` : `<p>${inner}</p>`;
  }
  return renderNodes(el.children, h);
}

/** `<object data="x.png" type="image/png">` as QTI 2 wrote media: an image or audio here. */
function renderObject(el: XElement, h: BodyHandlers): string {
  const type = el.attrs.type ?? '';
  const src = el.attrs.data ?? '';
  const label = renderNodes(el.children, h)
    .replace(/<[^>]+>/g, '')
    .trim();
  if (type.startsWith('image/')) return `<img src="${escapeHtml(src)}" alt="${escapeHtml(label)}">`;
  if (type.startsWith('audio/')) return `<audio src="${escapeHtml(src)}"></audio>`;
  h.unsupported(el, `an object of type ${type || 'unknown'} (${src})`);
  return '';
}

/** Whitespace as a reader sees it: runs of it are one space, none at the ends of blocks. */
export function tidyHtml(html: string): string {
  return html
    .replace(/\s+/g, ' ')
    .replace(/\s*(<\/?(p|ul|ol|li|table|thead|tbody|tr|th|td|blockquote|pre)(\s[^>]*)?>)\s*/g, '$1')
    .replace(/\s*<br>\s*/g, '<br>')
    .trim();
}

/** Whether HTML holds nothing but paragraphs, line breaks and text: then it is kept as plain text. */
export function isPlainHtml(html: string): boolean {
  for (const m of html.matchAll(/<\/?([a-z0-9-]+)[^>]*>/gi)) {
    const tag = (m[1] ?? '').toLowerCase();
    if (tag !== 'p' && tag !== 'br') return false;
  }
  return true;
}

/** The interactions under a node, in document order. */
export function interactionsIn(node: XElement): XElement[] {
  return descendants(node).filter((d) => d.name.endsWith('-interaction'));
}
