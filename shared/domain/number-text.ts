const decimalPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a number as a student types it: surrounding spaces ignored, a decimal
 * comma read as a point (as the numeric answer box does), a typographic minus
 * read as "-". Only plain decimal notation counts: no hex, no "Infinity", no
 * thousands separators. Returns null for anything else, blank included.
 */
export function parseNumberText(text: string): number | null {
  const t = text.trim().replace(/^\u2212/u, '-');
  const decimal = t.includes('.') ? t : t.replace(',', '.');
  if (!decimalPattern.test(decimal)) return null;
  const value = Number(decimal);
  return Number.isFinite(value) ? value : null;
}
