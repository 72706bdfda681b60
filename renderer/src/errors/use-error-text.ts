import { useIntl } from '../i18n/use-intl';
import { errorText, type ShownError } from './error-text';

/** For a component: a refusal as the active language says it. */
export function useErrorText(): (error: ShownError) => string {
  const intl = useIntl();
  return (error) => errorText(intl, error);
}
