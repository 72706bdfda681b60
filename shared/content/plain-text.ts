import type { ContentFormat } from '../domain/question-parts';
import { walkHtml } from './html-walk';
import { splitTex } from './tex';

/** Elements that start and end a line of their own. */
const blockTags = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'table',
  'thead',
  'tbody',
  'tr',
  'pre',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
/** Elements whose content is never text a reader sees. */
const hiddenTags = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);
/** Elements whose text is code: kept as written, TeX delimiters included. */
const literalTags = new Set(['code', 'pre']);

interface MathCapture {
  /** The presentation's token text, run together. */
  text: string;
  /** A TeX annotation's source, when the formula carries one. */
  tex: string | null;
  annotation: 'tex' | 'other' | null;
}

const isTexEncoding = (encoding: string | undefined) =>
  encoding !== undefined && /tex/i.test(encoding);

function htmlToPlain(html: string): string {
  const out: string[] = [];
  let pending = '';
  let hidden = 0;
  let literal = 0;
  let math: MathCapture | null = null;
  const flush = () => {
    if (pending === '') return;
    if (literal > 0) out.push(pending);
    else {
      for (const s of splitTex(pending)) {
        out.push(s.kind === 'text' ? s.text.replace(/\s+/g, ' ') : ` ${s.tex.trim()} `);
      }
    }
    pending = '';
  };
  walkHtml(html, {
    open(tag, attributes) {
      if (hidden > 0 || hiddenTags.has(tag)) {
        hidden += 1;
        return;
      }
      if (math) {
        if (tag === 'annotation')
          math.annotation = isTexEncoding(attributes.encoding) ? 'tex' : 'other';
        return;
      }
      flush();
      if (tag === 'math') math = { text: '', tex: null, annotation: null };
      else if (blockTags.has(tag)) out.push('\n');
      else if (tag === 'br') out.push('\n');
      else if (tag === 'td' || tag === 'th') out.push(' ');
      else if (tag === 'img' && (attributes.alt ?? '').trim() !== '') {
        out.push(` ${(attributes.alt ?? '').trim()} `);
      }
      if (literalTags.has(tag)) literal += 1;
    },
    text(text) {
      if (hidden > 0) return;
      if (!math) pending += text;
      else if (math.annotation === 'tex') math.tex = (math.tex ?? '') + text;
      else if (math.annotation === null) math.text += text;
    },
    close(tag) {
      if (hidden > 0) {
        hidden -= 1;
        return;
      }
      if (math) {
        if (tag === 'annotation') math.annotation = null;
        if (tag !== 'math') return;
        const source = (math.tex ?? math.text).trim();
        if (source !== '') out.push(` ${source} `);
        math = null;
        return;
      }
      flush();
      if (literalTags.has(tag)) literal = Math.max(0, literal - 1);
      if (blockTags.has(tag)) out.push('\n');
    },
  });
  flush();
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * A question field as plain text, for search, lists and exports. Plain text
 * is returned as stored. HTML loses its markup (blocks and line breaks become
 * new lines, table cells are spaced apart, an image reads as its alt text,
 * entities are decoded) and its formulas keep their TeX source without the
 * delimiters, or for MathML, their TeX annotation or their token text.
 */
export function plainTextOf(format: ContentFormat | undefined, text: string): string {
  return format === 'html' ? htmlToPlain(text) : text;
}
