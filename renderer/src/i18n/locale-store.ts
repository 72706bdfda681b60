import { create } from 'zustand';
import {
  DEFAULT_LOCALE,
  PSEUDO_LOCALE,
  toUiLocale,
  type ActiveLocale,
  type UiLocale,
} from '@shared/i18n/locales';

/** The organisation's language, kept so the next sign-in screen on this computer speaks it. */
const REMEMBERED = 'exam-desk.organisation-locale';

interface LocaleState {
  /** The organisation's language (the signed-in one's, else the last one on this computer). */
  organisation: UiLocale | null;
  /** The signed-in student's own choice for their screens and exams; null follows the organisation. */
  student: UiLocale | null;
  /** The pseudo-locale, asked for by `?locale=en-XA` in the page address (tests). */
  pseudo: boolean;
}

function remembered(): UiLocale | null {
  try {
    return toUiLocale(localStorage.getItem(REMEMBERED));
  } catch {
    // Storage can be refused (a locked-down profile); the default language is then used.
    return null;
  }
}

function pseudoAsked(): boolean {
  return new URLSearchParams(location.search).get('locale') === PSEUDO_LOCALE;
}

export const useLocaleStore = create<LocaleState>()(() => ({
  organisation: remembered(),
  student: null,
  pseudo: pseudoAsked(),
}));

export function activeLocaleOf(state: LocaleState): ActiveLocale {
  if (state.pseudo) return PSEUDO_LOCALE;
  return state.student ?? state.organisation ?? DEFAULT_LOCALE;
}

export function activeLocale(): ActiveLocale {
  return activeLocaleOf(useLocaleStore.getState());
}

export function setOrganisationLocale(locale: UiLocale | null): void {
  if (locale === null) return;
  useLocaleStore.setState({ organisation: locale });
  try {
    localStorage.setItem(REMEMBERED, locale);
  } catch {
    // Not remembered: the sign-in screen then uses the default language.
  }
}

export function setStudentLocale(locale: UiLocale | null): void {
  useLocaleStore.setState({ student: locale });
}
