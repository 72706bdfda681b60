import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PSEUDO_LOCALE, uiLocales } from '@shared/i18n/locales';
import { canonicalNumber, formatNumberInput, parseLocaleNumber } from '@shared/i18n/number-input';

/** Every language the screens come in, and Arabic as an Arabic-Indic keyboard types it. */
const locales = [...uiLocales, PSEUDO_LOCALE, 'ar-u-nu-arab'];

/** What students type: up to 12 digits, up to 6 after the decimal mark, either sign. */
const typedNumber = fc
  .tuple(
    fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }),
    fc.integer({ min: 0, max: 6 }),
  )
  .map(([digits, places]) => Number((digits / 10 ** places).toFixed(places)));

describe('parseLocaleNumber', () => {
  it('reads back every number as each locale writes it in the answer box', () => {
    fc.assert(
      fc.property(typedNumber, fc.constantFrom(...locales), (value, locale) => {
        const entry = parseLocaleNumber(formatNumberInput(value, locale), locale);
        expect(entry).toEqual({ kind: 'number', value, canonical: canonicalNumber(value) });
      }),
    );
  });

  it('reads back grouped numbers, refusing only a lone group of three as ambiguous', () => {
    fc.assert(
      fc.property(typedNumber, fc.constantFrom(...locales), (value, locale) => {
        const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
        const entry = parseLocaleNumber(text, locale);
        const digit = '[\\d\\u0660-\\u0669]';
        // One thousands mark and no decimals: 1,000 or 1.000 could be either.
        const loneGroup =
          Math.trunc(value) !== 0 &&
          new RegExp(`^[-+]?${digit}{1,3}[.,\\u066c]${digit}{3}$`, 'u').test(
            text.replace(/[\u200e\u061c]/gu, ''),
          );
        const expected = loneGroup
          ? { kind: 'ambiguous' }
          : { kind: 'number', value, canonical: canonicalNumber(value) };
        expect(entry).toEqual(expected);
      }),
    );
  });

  it('stores the same canonical number whatever the language', () => {
    fc.assert(
      fc.property(typedNumber, (value) => {
        const stored = locales.map((locale) => {
          const entry = parseLocaleNumber(formatNumberInput(value, locale), locale);
          return entry.kind === 'number' ? entry.canonical : entry.kind;
        });
        expect(new Set(stored)).toEqual(new Set([canonicalNumber(value)]));
        expect(Number(canonicalNumber(value))).toBe(value);
      }),
    );
  });

  it('reads a decimal comma as a decimal point in French and Arabic, and in English', () => {
    for (const locale of ['fr', 'ar', 'en']) {
      expect(parseLocaleNumber('3,14', locale)).toEqual({
        kind: 'number',
        value: 3.14,
        canonical: '3.14',
      });
    }
    expect(parseLocaleNumber('٣٫١٤', 'ar')).toEqual({
      kind: 'number',
      value: 3.14,
      canonical: '3.14',
    });
    expect(parseLocaleNumber('1 234,5', 'fr')).toMatchObject({ value: 1234.5 });
    expect(parseLocaleNumber('1,234.5', 'en')).toMatchObject({ value: 1234.5 });
  });

  it('calls a lone group of three ambiguous rather than guessing', () => {
    expect(parseLocaleNumber('1,234', 'en')).toEqual({ kind: 'ambiguous' });
    expect(parseLocaleNumber('1.234', 'fr')).toEqual({ kind: 'ambiguous' });
    // A leading zero cannot be a thousands group.
    expect(parseLocaleNumber('0,125', 'en')).toMatchObject({ value: 0.125 });
  });

  it('refuses what is not a number and tells blank from wrong', () => {
    expect(parseLocaleNumber('   ', 'fr')).toEqual({ kind: 'empty' });
    for (const text of ['abc', '1.2.3', '12 34', '3,1,4', '1,23,456', 'Infinity', '0x10']) {
      expect(parseLocaleNumber(text, 'en')).toEqual({ kind: 'invalid' });
    }
  });
});
