/** Reading the objects fast-xml-parser makes of a Moodle XML document. */
export type XmlNode = Record<string, unknown>;

export const asNode = (v: unknown): XmlNode | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as XmlNode) : null;

export const asArray = (v: unknown): unknown[] =>
  Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];

export const childNodes = (n: XmlNode | null, name: string): XmlNode[] =>
  asArray(n?.[name])
    .map((c) => asNode(c) ?? (typeof c === 'string' ? { '#text': c } : null))
    .filter((c): c is XmlNode => c !== null);

export const child = (n: XmlNode | null, name: string): XmlNode | null =>
  childNodes(n, name)[0] ?? null;

export function attr(n: XmlNode | null, name: string): string | undefined {
  const v = n?.[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
}

/** The text directly inside an element (`<single>true</single>`), trimmed; '' when there is none. */
export function ownText(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const n = asNode(Array.isArray(v) ? v[0] : v);
  const t = n?.['#text'];
  return typeof t === 'string' ? t.trim() : typeof t === 'number' ? String(t) : '';
}

/** The text of an element's `<text>` child, as Moodle wraps every text. */
export const textChild = (n: XmlNode | null): string => ownText(child(n, 'text'));

/** An element's value as a number, or null when it is missing or not a number. */
export function numberOf(n: XmlNode | null, name: string): number | null {
  const raw = ownText(n?.[name]);
  if (raw === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** Moodle writes flags as 1/0 or true/false. */
export function flagOf(n: XmlNode | null, name: string): boolean | null {
  const raw = ownText(n?.[name]).toLowerCase();
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  return null;
}
