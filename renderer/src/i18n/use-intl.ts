import type { IntlShape } from 'react-intl';
import { intlFor } from './intl';
import { activeLocaleOf, useLocaleStore } from './locale-store';

/**
 * The active locale's formatter for a component, which renders again when
 * the language changes. It reads the locale store rather than react-intl's
 * context, so a component works the same with or without LocaleProvider
 * above it (component tests render screens on their own).
 */
export function useIntl(): IntlShape {
  return intlFor(useLocaleStore(activeLocaleOf));
}
