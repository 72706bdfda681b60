/** The formats a person may name (and `auto` finds). */
export const namedImportFormats = ['gift', 'moodle-xml', 'aiken', 'csv', 'qti'] as const;
export type NamedImportFormat = (typeof namedImportFormats)[number];

/**
 * The first few KB as text, enough to see a format's markers (all ASCII):
 * a UTF-8 BOM is skipped and UTF-16 is read one byte of two.
 */
function start(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff || bytes[0] === 0xfe;
  const from = utf16 ? 2 : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text = '';
  for (let i = from; i < Math.min(bytes.length, 4096); i += utf16 ? 2 : 1) {
    const b = utf16 && bytes[0] === 0xfe ? bytes[i + 1] : bytes[i];
    text += String.fromCharCode(b ?? 0);
  }
  return text;
}

/**
 * What format a file is, from its name and its first bytes: a zip or a QTI
 * item is QTI, a `<quiz>` document is Moodle XML, `.csv`/`.tsv` (or a first
 * line of `type` and `text` columns) is CSV, an `ANSWER:` line with lettered
 * options is Aiken, and text with an answer block in braces is GIFT. Null
 * when nothing fits, so the caller asks for --format instead of guessing.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): NamedImportFormat | null {
  const name = fileName.toLowerCase();
  if (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b) return 'qti';
  const head = start(bytes);
  const text = head.trimStart();
  if (text.startsWith('<')) {
    if (/<quiz[\s>]/.test(text)) return 'moodle-xml';
    if (/<qti-assessment-item[\s>]|<manifest[\s>]/.test(text)) return 'qti';
    return null;
  }
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  if (name.endsWith('.gift')) return 'gift';
  if (name.includes('aiken')) return 'aiken';
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0]?.toLowerCase() ?? '';
  if (/(^|[,;\t])\s*type\s*[,;\t]/.test(firstLine) && /[,;\t]\s*text\s*([,;\t]|$)/.test(firstLine))
    return 'csv';
  if (/^\s*ANSWER\s*:/im.test(head) && /^\s*[A-Z][.)]/m.test(head)) return 'aiken';
  if (/\{[^}]*\}/.test(head)) return 'gift';
  return null;
}
