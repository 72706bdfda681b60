/**
 * The one allow-list for rich question content, as plain data. Main
 * configures sanitize-html from it on every write; the renderer configures
 * DOMPurify from it before showing anything. Everything not listed is
 * dropped: scripts, styles, frames, objects, event handlers, `style` and
 * `id` attributes, and every URL except `media:<sha256>`.
 */

/** A reference to stored media: `media:` and the SHA-256 of the bytes in lower-case hex. */
export const mediaSrcPattern = /^media:([0-9a-f]{64})$/;

export const htmlTags = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'sub',
  'sup',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'pre',
  'blockquote',
  'span',
  'img',
  'audio',
] as const;

/** MathML Core's elements, which Chromium renders natively. */
export const mathmlTags = [
  'math',
  'mrow',
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'mspace',
  'msup',
  'msub',
  'msubsup',
  'mfrac',
  'msqrt',
  'mroot',
  'mover',
  'munder',
  'munderover',
  'mtable',
  'mtr',
  'mtd',
  'mstyle',
  'mpadded',
  'mphantom',
  'semantics',
  'annotation',
] as const;

export type HtmlTag = (typeof htmlTags)[number];
export type MathmlTag = (typeof mathmlTags)[number];
export type RichTag = HtmlTag | MathmlTag;

export const richTags: readonly RichTag[] = [...htmlTags, ...mathmlTags];

/** MathML's presentational attributes that any MathML element may carry. */
export const mathmlGlobalAttributes = [
  'dir',
  'displaystyle',
  'scriptlevel',
  'mathvariant',
  'mathcolor',
  'mathbackground',
  'mathsize',
] as const;

/** The attributes each element may carry (MathML elements add `mathmlGlobalAttributes`). */
export const attributesByTag: Readonly<Partial<Record<RichTag, readonly string[]>>> = {
  img: ['src', 'alt', 'width', 'height'],
  audio: ['src'],
  span: ['class'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  ol: ['start'],
  math: ['display', 'alttext'],
  mfrac: ['linethickness'],
  mo: [
    'fence',
    'form',
    'largeop',
    'lspace',
    'maxsize',
    'minsize',
    'movablelimits',
    'rspace',
    'separator',
    'stretchy',
    'symmetric',
  ],
  mover: ['accent'],
  munder: ['accentunder'],
  munderover: ['accent', 'accentunder'],
  mpadded: ['depth', 'height', 'lspace', 'voffset', 'width'],
  mspace: ['depth', 'height', 'width'],
  mtable: ['columnalign', 'rowalign', 'columnspacing', 'rowspacing'],
  mtr: ['columnalign', 'rowalign'],
  mtd: ['columnspan', 'rowspan', 'columnalign', 'rowalign'],
  annotation: ['encoding'],
};

/** The only classes allowed: the two the math renderer looks for. */
export const classesByTag: Readonly<Partial<Record<RichTag, readonly string[]>>> = {
  span: ['math-inline', 'math-display'],
};

/** Attributes that must be there, non-blank, or the element is dropped. */
export const requiredAttributesByTag: Readonly<Partial<Record<RichTag, readonly string[]>>> = {
  img: ['src', 'alt'],
  audio: ['src'],
};

/** Attributes holding a URL: only `media:<sha256>` passes. */
export const mediaAttributesByTag: Readonly<Partial<Record<RichTag, readonly string[]>>> = {
  img: ['src'],
  audio: ['src'],
};

/** The URL scheme the sanitisers allow, for libraries configured by scheme. */
export const allowedSchemes = ['media'] as const;

/** Attributes that hold a whole number (MathML lengths such as `1em` are not among them). */
export const wholeNumberAttributesByTag: Readonly<Partial<Record<RichTag, readonly string[]>>> = {
  img: ['width', 'height'],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  mtd: ['columnspan', 'rowspan'],
  ol: ['start'],
};

const wholeNumber = /^\d{1,5}$/;

const enumeratedValues: Readonly<Record<string, readonly string[]>> = {
  scope: ['row', 'col', 'rowgroup', 'colgroup'],
  display: ['block', 'inline'],
  dir: ['ltr', 'rtl'],
};

const isMathml = (tag: string): tag is MathmlTag => (mathmlTags as readonly string[]).includes(tag);
export const isRichTag = (tag: string): tag is RichTag =>
  (richTags as readonly string[]).includes(tag);

/** Every attribute name a tag may carry, for sanitisers configured by name. */
export function allowedAttributesOf(tag: RichTag): readonly string[] {
  const own = attributesByTag[tag] ?? [];
  return isMathml(tag) ? [...own, ...mathmlGlobalAttributes] : own;
}

/**
 * Whether an attribute with this value may stay on this element: its name is
 * allowed on the tag, a URL is `media:<sha256>`, a size or span is a whole
 * number, a class is one of the math classes, an enumerated value is known.
 */
export function attributeAllowed(tag: string, name: string, value: string): boolean {
  const t = tag.toLowerCase();
  const n = name.toLowerCase();
  if (!isRichTag(t) || !allowedAttributesOf(t).includes(n)) return false;
  if (mediaAttributesByTag[t]?.includes(n)) return mediaSrcPattern.test(value);
  if (wholeNumberAttributesByTag[t]?.includes(n)) return wholeNumber.test(value.trim());
  const classes = classesByTag[t];
  if (n === 'class') return classes !== undefined && classes.includes(value.trim());
  const values = enumeratedValues[n];
  if (values !== undefined) return values.includes(value.trim().toLowerCase());
  return true;
}

/** The required attributes an element lacks (missing or blank); empty when it may stay. */
export function missingRequiredAttributes(
  tag: string,
  attributes: Readonly<Record<string, string>>,
): string[] {
  const t = tag.toLowerCase();
  if (!isRichTag(t)) return [];
  return (requiredAttributesByTag[t] ?? []).filter((a) => (attributes[a] ?? '').trim() === '');
}
