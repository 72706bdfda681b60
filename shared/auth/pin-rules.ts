/**
 * What a proctor PIN must be. A PIN is typed on a student's computer to end a
 * locked exam, so it must not be one a student could guess in the few tries the
 * lockout allows. The rule is stated to the person setting it, in these words.
 */
export const PIN_MIN_DIGITS = 6;
export const PIN_MAX_DIGITS = 12;

export const PIN_RULE =
  'A PIN is 6 to 12 digits that are hard to guess: not one digit repeated (111111), ' +
  'not digits that go up or down by the same step (123456, 975319), ' +
  'not a short group repeated or mirrored (121212, 123321), ' +
  'not a date (150390, 19900315) and not starting or ending with a year from 1900 to 2099.';

// Only called once the PIN is known to be ASCII digits.
const digitsOf = (pin: string): number[] =>
  Array.from({ length: pin.length }, (_, i) => Number(pin.charAt(i)));

/** Every step from one digit to the next is the same (mod 10): 123456, 975319, 000000, 890123. */
function sameStep(d: readonly number[]): boolean {
  const step = ((d[1] ?? 0) - (d[0] ?? 0) + 10) % 10;
  return d.every((digit, i) => i === 0 || (digit - (d[i - 1] ?? 0) + 10) % 10 === step);
}

/** The PIN is a shorter group written again and again: 121212, 123123, 12341234. */
function repeatedGroup(pin: string): boolean {
  for (let size = 1; size <= pin.length / 2; size += 1) {
    if (pin.length % size === 0 && pin.slice(0, size).repeat(pin.length / size) === pin)
      return true;
  }
  return false;
}

const mirrored = (pin: string): boolean =>
  Array.from({ length: pin.length }, (_, i) => pin.charAt(pin.length - 1 - i)).join('') === pin;

const isYear = (four: string): boolean => /^(19|20)\d\d$/.test(four);

function isDay(dd: string): boolean {
  const n = Number(dd);
  return dd.length === 2 && n >= 1 && n <= 31;
}

function isMonth(mm: string): boolean {
  const n = Number(mm);
  return mm.length === 2 && n >= 1 && n <= 12;
}

/** Reads as a calendar date the way people write birthdays: DDMMYY, MMDDYY, YYMMDD and their 8-digit forms. */
function looksLikeDate(pin: string): boolean {
  const p = (from: number, to: number) => pin.slice(from, to);
  if (pin.length === 6) {
    return (
      (isDay(p(0, 2)) && isMonth(p(2, 4))) ||
      (isMonth(p(0, 2)) && isDay(p(2, 4))) ||
      (isMonth(p(2, 4)) && isDay(p(4, 6)))
    );
  }
  if (pin.length === 8) {
    return (
      (isDay(p(0, 2)) && isMonth(p(2, 4)) && isYear(p(4, 8))) ||
      (isMonth(p(0, 2)) && isDay(p(2, 4)) && isYear(p(4, 8))) ||
      (isYear(p(0, 4)) && isMonth(p(4, 6)) && isDay(p(6, 8)))
    );
  }
  return false;
}

/** Why this PIN cannot be used, as a predicate about it, or null when it can. */
export function pinProblem(pin: string): string | null {
  if (!/^\d+$/.test(pin)) return 'must be digits only';
  if (pin.length < PIN_MIN_DIGITS) return `must be at least ${PIN_MIN_DIGITS} digits`;
  if (pin.length > PIN_MAX_DIGITS) return `must be at most ${PIN_MAX_DIGITS} digits`;
  const digits = digitsOf(pin);
  if (new Set(digits).size === 1) return 'is one digit repeated, which is guessed first';
  if (sameStep(digits))
    return 'is digits going up or down by the same step, which is guessed first';
  if (repeatedGroup(pin)) return 'is a short group repeated, which is guessed first';
  if (mirrored(pin)) return 'is the same backwards, which is guessed early';
  if (looksLikeDate(pin)) return 'is a date as people write birthdays, which is guessed early';
  if (isYear(pin.slice(0, 4)) || isYear(pin.slice(-4))) {
    return 'has a year at its start or end, which is guessed early (birth years)';
  }
  return null;
}
