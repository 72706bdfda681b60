import { useEffect } from 'react';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

/** Names the window after the screen, so the task bar and screen readers say where you are. */
export function useDocumentTitle(screen: string | null): void {
  const intl = useIntl();
  const product = intl.formatMessage(messages.productName);
  const title = screen ? intl.formatMessage(messages.documentTitle, { screen }) : product;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
