/**
 * Reading a number as a student types it into a numeric answer, in the
 * language of their screen. The locale decides which mark is the decimal
 * separator (French writes 3,14); the answer stored is always the canonical
 * number, so a key is never read differently because of the language.
 *
 * Both marks are accepted for decimals, as people type either. The one case
 * that cannot be decided is the mark that is not the locale's decimal
 * separator followed by exactly three digits (`1,234` in English, `1.234` in
 * French): a thousands separator or a decimal? That is refused as ambiguous
 * rather than guessed.
 */
export type NumberEntry =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; canonical: string }
  | { kind: 'ambiguous' }
  | { kind: 'invalid' };

/** Arabic-Indic and Extended Arabic-Indic digits, as an Arabic keyboard types them. */
const arabicDigits = /[\u0660-\u0669\u06f0-\u06f9]/gu;
/** Direction marks a right-to-left input may carry around a number. */
const directionMarks = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const spaces = /[\u0020\u00a0\u202f]/u;
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function asciiDigit(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/**
 * The locale's decimal separator as Intl writes it, folded to `.` or `,`
 * (the Arabic decimal separator is read as `.`, its thousands one as `,`).
 */
export function decimalSeparator(locale: string): '.' | ',' {
  const part = new Intl.NumberFormat(locale)
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal')?.value;
  return part === ',' ? ',' : '.';
}

/** `1 234 567` or `1,234,567`: whole digit groups of three after the first. */
function isGrouped(integer: string, separator: string): boolean {
  const groups = integer.split(separator);
  const [first, ...rest] = groups;
  if (first === undefined || rest.length === 0) return false;
  return /^\d{1,3}$/.test(first) && rest.every((g) => /^\d{3}$/.test(g));
}

function normalise(text: string): string {
  return text
    .replace(directionMarks, '')
    .trim()
    .replace(arabicDigits, asciiDigit)
    .replace(/\u066b/gu, '.')
    .replace(/\u066c/gu, ',')
    .replace(/^\u2212/u, '-');
}

const AMBIGUOUS = Symbol('ambiguous');

/** The digits and one `.` for the decimal mark, or why that cannot be said. */
function toPlain(text: string, decimal: '.' | ','): string | typeof AMBIGUOUS | null {
  const sign = /^[+-]/.test(text) ? (text[0] ?? '') : '';
  let body = text.slice(sign.length);
  const other = decimal === '.' ? ',' : '.';

  // Spaces only ever group thousands.
  if (spaces.test(body)) {
    const [integer = '', ...fraction] = body.split(/[.,]/u);
    const spaced = integer.replace(/[\u00a0\u202f]/gu, ' ');
    if (fraction.length > 1 || !isGrouped(spaced, ' ')) return null;
    body = body.replace(/[\u0020\u00a0\u202f]/gu, '');
  }

  const decimals = body.split(decimal).length - 1;
  const others = body.split(other).length - 1;
  if (decimals > 1) {
    // `1.234.567` in a locale whose decimal is `.` cannot be a decimal.
    return null;
  }
  if (decimals === 1 && others > 0) {
    // `1,234.5` in English, `1.234,5` in French: the other mark groups thousands.
    const [integer = '', fraction = ''] = body.split(decimal);
    if (!isGrouped(integer, other)) return null;
    return `${sign}${integer.split(other).join('')}.${fraction}`;
  }
  if (decimals === 1) return `${sign}${body.replace(decimal, '.')}`;
  if (others > 1) {
    // `1,234,567`: several marks can only be groups.
    return isGrouped(body, other) ? `${sign}${body.split(other).join('')}` : null;
  }
  if (others === 1) {
    const [integer = '', fraction = ''] = body.split(other);
    if (/^\d{1,3}$/.test(integer) && /^\d{3}$/.test(fraction) && integer !== '0') {
      return AMBIGUOUS;
    }
    return `${sign}${integer}.${fraction}`;
  }
  return `${sign}${body}`;
}

export function parseLocaleNumber(text: string, locale: string): NumberEntry {
  const cleaned = normalise(text);
  if (cleaned === '') return { kind: 'empty' };
  const plain = toPlain(cleaned, decimalSeparator(locale));
  if (plain === AMBIGUOUS) return { kind: 'ambiguous' };
  if (plain === null || !plainNumber.test(plain)) return { kind: 'invalid' };
  const value = Number(plain);
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  return { kind: 'number', value, canonical: canonicalNumber(value) };
}

/** The stored form of a number: plain decimal, the same in every language. */
export function canonicalNumber(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

/** A stored number as the student's locale writes it, for the answer box (no grouping). */
export function formatNumberInput(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    useGrouping: false,
    maximumFractionDigits: 20,
  })
    .format(value)
    .replace(directionMarks, '');
}
