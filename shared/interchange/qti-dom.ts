import { parseDocument } from 'htmlparser2';
import { escapeHtml } from './rich-import';

/**
 * A QTI item as a small tree in document order, so mixed content (text,
 * markup and interactions side by side) reads as written. Names lose their
 * namespace prefix (`m:math` is `math`); each element keeps where it starts.
 */
export interface XElement {
  kind: 'element';
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  start: number;
}
export type XNode = XElement | { kind: 'text'; text: string };

/** A node as htmlparser2 hands it over, read as far as these modules need. */
export interface DomLike {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomLike[];
  data?: string;
  startIndex: number | null;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function convert(node: DomLike): XNode | null {
  if (node.type === 'text' || node.type === 'cdata') {
    const text =
      node.type === 'cdata'
        ? (node.children ?? []).map((c) => c.data ?? '').join('')
        : (node.data ?? '');
    return { kind: 'text', text };
  }
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return null;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(node.attribs ?? {})) {
    if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
    attrs[k.startsWith('xml:') ? k : localName(k)] = v;
  }
  return {
    kind: 'element',
    name: localName(node.name ?? ''),
    attrs,
    children: (node.children ?? []).map(convert).filter((n): n is XNode => n !== null),
    start: node.startIndex ?? 0,
  };
}

/** How deep elements nest, counted without recursion (a hostile file may nest without end). */
function depthOf(roots: readonly DomLike[]): number {
  let deepest = 0;
  const stack: Array<[DomLike, number]> = roots.map((r) => [r, 1]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (node.type !== 'tag') continue;
    deepest = Math.max(deepest, depth);
    for (const c of node.children ?? []) stack.push([c, depth + 1]);
  }
  return deepest;
}

/**
 * The document's elements (the XML was checked well-formed before this), or
 * null when they nest deeper than `maxDepth`.
 */
export function parseXTree(xml: string, maxDepth = Number.POSITIVE_INFINITY): XElement[] | null {
  const doc = parseDocument(xml, { xmlMode: true, withStartIndices: true, decodeEntities: true });
  if (depthOf(doc.children) > maxDepth) return null;
  return (doc.children as unknown as DomLike[])
    .map(convert)
    .filter((n): n is XElement => n?.kind === 'element');
}

export const elements = (node: XElement, name?: string): XElement[] =>
  node.children.filter(
    (c): c is XElement => c.kind === 'element' && (name === undefined || c.name === name),
  );

export const firstElement = (node: XElement | null | undefined, name: string): XElement | null =>
  node ? (elements(node, name)[0] ?? null) : null;

/** Every element under a node, depth first, in document order. */
export function descendants(node: XElement, out: XElement[] = []): XElement[] {
  for (const c of node.children) {
    if (c.kind !== 'element') continue;
    out.push(c);
    descendants(c, out);
  }
  return out;
}

/** All the text under a node, markup left out. */
export function textContent(node: XNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textContent).join('');
}

/** An element written back as XML (for MathML, kept whole). */
export function serialise(node: XNode): string {
  if (node.kind === 'text') return escapeHtml(node.text);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  const inner = node.children.map(serialise).join('');
  return `<${node.name}${attrs}>${inner}</${node.name}>`;
}
