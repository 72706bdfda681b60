/** Escaping and unescaping for the XML the QTI writer makes and the reader meets. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Text of an XHTML fragment: paragraphs and <br> become line breaks, other markup goes. */
export function fragmentText(xhtml: string): string {
  const text = xhtml
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>\s*<(p|div|li|h[1-6])(\s[^>]*)?>/gi, '\n')
    .replace(/<(p|div)(\s[^>]*)?\/>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text).trim();
}

/** Plain text as XHTML paragraphs, one per line. */
export function paragraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (line === '' ? '<p/>' : `<p>${escapeXml(line)}</p>`))
    .join('');
}
