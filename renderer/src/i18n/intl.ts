import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { DEFAULT_LOCALE, PSEUDO_LOCALE, type ActiveLocale } from '@shared/i18n/locales';
import { activeLocale } from './locale-store';
import { pseudoLocalise } from './pseudo';
import { catalogueFor, sourceCatalogue } from './registry';

const cache = createIntlCache();
const made = new Map<ActiveLocale, IntlShape>();

function messagesFor(
  locale: ActiveLocale,
): Record<string, string> | Record<string, MessageFormatElement[]> {
  if (locale !== PSEUDO_LOCALE) return { ...catalogueFor(locale) };
  return Object.fromEntries(
    Object.entries(sourceCatalogue()).map(([id, text]) => [id, pseudoLocalise(text)]),
  );
}

/**
 * The formatter of one locale, made once. Dates and numbers of the
 * pseudo-locale are English ones: only its words are changed.
 */
export function intlFor(locale: ActiveLocale): IntlShape {
  const existing = made.get(locale);
  if (existing) return existing;
  const intl = createIntl(
    {
      locale: locale === PSEUDO_LOCALE ? DEFAULT_LOCALE : locale,
      defaultLocale: DEFAULT_LOCALE,
      messages: messagesFor(locale),
    },
    cache,
  );
  made.set(locale, intl);
  return intl;
}

/** For code outside components (stores, formatters): the active locale's formatter. */
export function currentIntl(): IntlShape {
  return intlFor(activeLocale());
}
