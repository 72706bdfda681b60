import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pinProblem } from '@shared/auth/pin-rules';

describe('the PIN rule', () => {
  it.each([
    ['583920', null],
    ['640281', null],
    ['9071846', null],
    ['000000', 'is one digit repeated, which is guessed first'],
    ['234567', 'is digits going up or down by the same step, which is guessed first'],
    ['654321', 'is digits going up or down by the same step, which is guessed first'],
    ['890123', 'is digits going up or down by the same step, which is guessed first'],
    ['135791', 'is digits going up or down by the same step, which is guessed first'],
    ['123123', 'is a short group repeated, which is guessed first'],
    ['12341234', 'is a short group repeated, which is guessed first'],
    ['147741', 'is the same backwards, which is guessed early'],
    ['250689', 'is a date as people write birthdays, which is guessed early'],
    ['122589', 'is a date as people write birthdays, which is guessed early'],
    ['891225', 'is a date as people write birthdays, which is guessed early'],
    ['25061989', 'is a date as people write birthdays, which is guessed early'],
    ['19891225', 'is a date as people write birthdays, which is guessed early'],
    ['209987', 'has a year at its start or end, which is guessed early (birth years)'],
    ['872011', 'has a year at its start or end, which is guessed early (birth years)'],
    ['2468', 'must be at least 6 digits'],
    ['1234567890123', 'must be at most 12 digits'],
    ['58392a', 'must be digits only'],
    ['', 'must be digits only'],
  ])('%s: %s', (pin, problem) => {
    expect(pinProblem(pin)).toBe(problem);
  });

  it('property: a PIN is refused exactly when it breaks one of the stated patterns', () => {
    const charsOf = (p: string) => Array.from({ length: p.length }, (_, i) => p.charAt(i));
    const inRange = (v: string, lo: number, hi: number) => Number(v) >= lo && Number(v) <= hi;
    const day = (v: string) => inRange(v, 1, 31);
    const month = (v: string) => inRange(v, 1, 12);
    const year = (v: string) => /^(19|20)\d\d$/.test(v);
    const stated = (p: string): boolean => {
      const d = charsOf(p).map(Number);
      const steps = d.slice(1).map((x, i) => (x - (d[i] ?? 0) + 10) % 10);
      const s = (a: number, b: number) => p.slice(a, b);
      return (
        steps.every((step) => step === steps[0]) ||
        Array.from({ length: Math.floor(p.length / 2) }, (_, i) => i + 1).some(
          (n) => p.length % n === 0 && p.slice(0, n).repeat(p.length / n) === p,
        ) ||
        charsOf(p).reverse().join('') === p ||
        (p.length === 6 &&
          ((day(s(0, 2)) && month(s(2, 4))) ||
            (month(s(0, 2)) && day(s(2, 4))) ||
            (month(s(2, 4)) && day(s(4, 6))))) ||
        (p.length === 8 &&
          ((day(s(0, 2)) && month(s(2, 4)) && year(s(4, 8))) ||
            (month(s(0, 2)) && day(s(2, 4)) && year(s(4, 8))) ||
            (year(s(0, 4)) && month(s(4, 6)) && day(s(6, 8))))) ||
        year(s(0, 4)) ||
        year(p.slice(-4))
      );
    };
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6,12}$/), (p) => {
        expect(pinProblem(p) !== null).toBe(stated(p));
      }),
    );
  });

  it('leaves most random 6-digit PINs usable (the rule is not so strict that people write PINs down)', () => {
    let usable = 0;
    for (let n = 0; n < 1_000_000; n += 997) {
      if (pinProblem(String(n).padStart(6, '0')) === null) usable += 1;
    }
    expect(usable / Math.ceil(1_000_000 / 997)).toBeGreaterThan(0.8);
  });
});
