/**
 * The bank search's text rules, kept identical to the SQL it replaces
 * (`LIKE '%x%'` on the question text and on the tags' JSON text): letters
 * A-Z match in either case and every other character only as written, the
 * search text is trimmed and loses `%`, `_` and `\` first, and a search that
 * is then empty matches every question.
 */

const UPPER_A = 65;
const UPPER_Z = 90;

/** A-Z to a-z, nothing else: what SQLite's LIKE folds. */
export function foldAscii(text: string): string {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= UPPER_A && c <= UPPER_Z) return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }
  return text;
}

/**
 * Half a surrogate pair cannot be stored: text reaches the database as
 * UTF-8, where it becomes U+FFFD. A needle is written the same way, so it
 * finds what the database would find.
 */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text a bank search looks for, folded; empty when it matches everything. */
export function searchNeedle(search: string): string {
  return foldAscii(
    search
      .trim()
      .replace(/[%_\\]/g, '')
      .replace(loneSurrogate, '\uFFFD'),
  );
}

/** The text a tag filter looks for in the tags' JSON, folded: the tag with its quotes. */
export function tagNeedle(tag: string): string {
  return foldAscii(JSON.stringify(tag).replace(loneSurrogate, '\uFFFD'));
}

/**
 * Token characters are everything but ASCII whitespace, controls and
 * punctuation. A substring of a text then never straddles a token boundary
 * without containing the separator itself, which is what makes the token
 * index a superset of the substring matches (see `needlePieces`).
 */
function isSeparator(code: number): boolean {
  return (
    code <= 47 ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 127)
  );
}

/**
 * Calls `each` with where every token of a folded text starts and ends and
 * the FNV-1a hash of its characters (see token-table.ts), in order, repeats
 * included, without cutting the text into strings.
 */
export function forEachTokenSpan(
  folded: string,
  each: (start: number, end: number, hash: number) => void,
): void {
  let start = -1;
  let h = 0;
  for (let i = 0; i <= folded.length; i += 1) {
    const code = i === folded.length ? 0 : folded.charCodeAt(i);
    if (i === folded.length || isSeparator(code)) {
      if (start >= 0) each(start, i, h | 0);
      start = -1;
    } else {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5;
      }
      h = Math.imul(h ^ code, 0x01000193);
    }
  }
}

/** Calls `each` with every token of a folded text, in order, repeats included. */
export function forEachToken(folded: string, each: (token: string) => void): void {
  let start = -1;
  for (let i = 0; i <= folded.length; i += 1) {
    const separator = i === folded.length || isSeparator(folded.charCodeAt(i));
    if (separator) {
      if (start >= 0) each(folded.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
}

/** Every distinct token of a folded text. */
export function tokensOf(folded: string, into: Set<string> = new Set()): Set<string> {
  forEachToken(folded, (token) => into.add(token));
  return into;
}

/**
 * How a run of token characters in the needle must sit in a token of a
 * matching text: a run with a separator on both sides is a whole token, one
 * with a separator only after it ends a token, only before it starts one,
 * and a run with neither lies anywhere inside one.
 */
export type PieceFit = 'whole' | 'end' | 'start' | 'inside';

export interface NeedlePiece {
  text: string;
  fit: PieceFit;
}

/** The runs of token characters in a folded needle, with how each must fit a token. */
export function needlePieces(needle: string): NeedlePiece[] {
  const pieces: NeedlePiece[] = [];
  let start = -1;
  for (let i = 0; i <= needle.length; i += 1) {
    const separator = i === needle.length || isSeparator(needle.charCodeAt(i));
    if (separator) {
      if (start >= 0) {
        const before = start > 0;
        const after = i < needle.length;
        const fit: PieceFit =
          before && after ? 'whole' : after ? 'end' : before ? 'start' : 'inside';
        pieces.push({ text: needle.slice(start, i), fit });
      }
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  return pieces;
}
