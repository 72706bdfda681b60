/**
 * Splits a run of text at its TeX delimiters, for the renderer to hand each
 * formula to KaTeX and for plain text to keep the formula's source:
 *
 * - `\( … \)` inline; `\[ … \]` and `$$ … $$` display;
 * - `\$` is a literal dollar sign, in text and as a `$$` delimiter alike;
 *   `\\` stays as written and escapes nothing after it;
 * - a delimiter with no closer, a closer with no opener, and an empty
 *   formula stay as the text they are.
 *
 * Only html-format content has TeX; plain text is never split.
 */
export type TexSegment =
  | { kind: 'text'; text: string }
  | {
      kind: 'math';
      /** The formula without its delimiters, as KaTeX takes it. */
      tex: string;
      display: boolean;
      /** The formula with its delimiters, as written: shown if KaTeX cannot render it. */
      source: string;
    };

interface Opener {
  open: string;
  close: string;
  display: boolean;
}

const openers: readonly Opener[] = [
  { open: '$$', close: '$$', display: true },
  { open: '\\(', close: '\\)', display: false },
  { open: '\\[', close: '\\]', display: true },
];

/**
 * Where `close` next occurs from `from`, or -1. A backslash and the character
 * after it are one TeX command (`\$`, `\\`, `\{`), so `\$$` and `\\)` do not close.
 */
function findClose(text: string, close: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (text.startsWith(close, i)) return i;
    i += text[i] === '\\' ? 2 : 1;
  }
  return -1;
}

export function splitTex(text: string): TexSegment[] {
  const segments: TexSegment[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer !== '') segments.push({ kind: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('\\$', i)) {
      buffer += '$';
      i += 2;
      continue;
    }
    // An escaped backslash stays as written, and what follows it is not escaped by it.
    if (text.startsWith('\\\\', i)) {
      buffer += '\\\\';
      i += 2;
      continue;
    }
    const opener = openers.find((o) => text.startsWith(o.open, i));
    if (opener) {
      const start = i + opener.open.length;
      const end = findClose(text, opener.close, start);
      const tex = end < 0 ? '' : text.slice(start, end);
      if (end >= 0 && tex.trim() !== '') {
        flush();
        const source = text.slice(i, end + opener.close.length);
        segments.push({ kind: 'math', tex, display: opener.display, source });
        i = end + opener.close.length;
        continue;
      }
      buffer += opener.open;
      i = start;
      continue;
    }
    buffer += text.charAt(i);
    i += 1;
  }
  flush();
  return segments;
}

/** Whether the text holds any formula at all: lets the renderer skip the math pass. */
export function hasTex(text: string): boolean {
  return splitTex(text).some((s) => s.kind === 'math');
}
