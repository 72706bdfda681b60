import { z } from 'zod';

/**
 * The languages the interface is translated into. English is the source and
 * the default; an organisation chooses one for everyone, and a student may
 * choose another for their own screens and exams.
 */
export const uiLocales = ['en', 'fr', 'ar'] as const;
export type UiLocale = (typeof uiLocales)[number];

export const DEFAULT_LOCALE: UiLocale = 'en';

/**
 * The pseudo-locale: English with every letter accented and each message
 * bracketed, made from the English catalogue at run time. Never offered to a
 * person; a test that finds plain English on a screen in it has found text
 * that is not in a catalogue.
 */
export const PSEUDO_LOCALE = 'en-XA';
export type ActiveLocale = UiLocale | typeof PSEUDO_LOCALE;

export const uiLocaleSchema = z.enum(uiLocales, { error: 'must be en, fr or ar' });

/** Each language in its own name, as a language menu shows them (never translated). */
export const localeNames: Record<UiLocale, string> = {
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
};

const rightToLeft: ReadonlySet<string> = new Set<UiLocale>(['ar']);

export function textDirection(locale: ActiveLocale): 'ltr' | 'rtl' {
  return rightToLeft.has(locale) ? 'rtl' : 'ltr';
}

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (uiLocales as readonly string[]).includes(value);
}

/** A stored language this app does not know (a newer app wrote it) reads as none. */
export function toUiLocale(value: unknown): UiLocale | null {
  return isUiLocale(value) ? value : null;
}
