import { useEffect, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { PSEUDO_LOCALE, textDirection } from '@shared/i18n/locales';
import { intlFor } from './intl';
import { activeLocaleOf, useLocaleStore } from './locale-store';

/**
 * The active language for every screen, and on the page root its `lang` and
 * `dir` (attributes, not styles: the CSP allows no inline styles). The style
 * sheets use logical properties, so `dir="rtl"` mirrors the layout.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const locale = useLocaleStore(activeLocaleOf);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale === PSEUDO_LOCALE ? 'en-XA' : locale;
    root.dir = textDirection(locale);
  }, [locale]);
  return (
    // A change of language re-renders in place: an exam's screen keeps its state.
    <RawIntlProvider value={intlFor(locale)}>{children}</RawIntlProvider>
  );
}
