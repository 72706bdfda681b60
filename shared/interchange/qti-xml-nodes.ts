import { XMLBuilder } from 'fast-xml-parser';
import { parseDocument } from 'htmlparser2';
import type { QuestionContent } from '../domain/questions';
import type { DomLike } from './qti-dom';

/**
 * The element trees QTI items and manifests are built as, in the ordered
 * form of fast-xml-parser's XMLBuilder (so every text and attribute is
 * escaped by the library, never by hand), and the expressions several
 * parts of an item share.
 */
export type XmlNode = Record<string, unknown>;
export type Attrs = Record<string, string | number | boolean | undefined>;

export function el(name: string, attrs: Attrs = {}, children: XmlNode[] = []): XmlNode {
  const node: XmlNode = { [name]: children };
  const kept = Object.entries(attrs).filter(([, v]) => v !== undefined);
  if (kept.length > 0) node[':@'] = Object.fromEntries(kept.map(([k, v]) => [`@_${k}`, String(v)]));
  return node;
}
export const text = (t: string): XmlNode => ({ '#text': t });

// eslint-disable-next-line @typescript-eslint/no-deprecated -- the builder bundled with the pinned fast-xml-parser (already the XML library here); its split-out package fast-xml-builder is the same code
const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  processEntities: true,
});

/** A whole XML document of one root element. */
export const xmlDocument = (root: XmlNode): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build([root])}\n`;

/** Rich text (already sanitised HTML) as element nodes. */
function htmlNodes(html: string): XmlNode[] {
  const convert = (n: DomLike): XmlNode | null => {
    if (n.type === 'text') return text(n.data ?? '');
    if (n.type !== 'tag') return null;
    return el(
      n.name ?? 'span',
      n.attribs ?? {},
      (n.children ?? []).map(convert).filter((c): c is XmlNode => c !== null),
    );
  };
  const doc = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    recognizeSelfClosing: true,
  });
  return (doc.children as unknown as DomLike[])
    .map(convert)
    .filter((c): c is XmlNode => c !== null);
}

/** A block field: HTML as it is, plain text as one paragraph a line. */
export function blockNodes(q: QuestionContent, value: string): XmlNode[] {
  if (q.format === 'html') return htmlNodes(value);
  return value.split(/\r\n|\r|\n/).map((line) => el('p', {}, line === '' ? [] : [text(line)]));
}

/** An inline field (an option, a premise): HTML as it is, plain text as text. */
export const inlineNodes = (q: QuestionContent, value: string): XmlNode[] =>
  q.format === 'html' ? htmlNodes(value) : [text(value)];

export const variable = (identifier: string): XmlNode => el('qti-variable', { identifier });
export const baseValue = (v: number, baseType = 'float'): XmlNode =>
  el('qti-base-value', { 'base-type': baseType }, [text(String(v))]);
export const setOutcome = (identifier: string, value: XmlNode): XmlNode =>
  el('qti-set-outcome-value', { identifier }, [value]);

/** `equal` within a tolerance: QTI's relative tolerance is a percentage, the bank keeps a fraction. */
export function equalTo(
  identifier: string,
  t: { tolerance: number; toleranceMode: 'absolute' | 'relative' },
  against: XmlNode,
): XmlNode {
  const mode = t.tolerance === 0 ? 'exact' : t.toleranceMode;
  const tol = t.toleranceMode === 'relative' ? t.tolerance * 100 : t.tolerance;
  return el(
    'qti-equal',
    { 'tolerance-mode': mode, tolerance: mode === 'exact' ? undefined : `${tol} ${tol}` },
    [variable(identifier), against],
  );
}

/** The element's name in a built node (its one key besides the attributes). */
export const nodeName = (node: XmlNode): string | undefined =>
  Object.keys(node).find((k) => k !== ':@' && k !== '#text');

/**
 * The tree with every `media:<sha256>` source (images, audio) pointed at the
 * file's path in the package; `pathOf` gives that path, or null for a file
 * the package does not carry (the reference is then left as it is).
 */
export function withMediaPaths(
  nodes: XmlNode[],
  pathOf: (hash: string) => string | null,
): XmlNode[] {
  return nodes.map((node) => {
    const name = nodeName(node);
    if (name === undefined) return node;
    const out: XmlNode = { ...node, [name]: withMediaPaths(node[name] as XmlNode[], pathOf) };
    const attrs = node[':@'] as Record<string, string> | undefined;
    const src = /^media:([0-9a-f]{64})$/.exec(attrs?.['@_src'] ?? '');
    const path = src?.[1] === undefined ? null : pathOf(src[1]);
    if (attrs && path !== null) out[':@'] = { ...attrs, '@_src': path };
    return out;
  });
}
