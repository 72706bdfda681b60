import type { IntlShape } from 'react-intl';
import { syncProblem } from '@shared/sync/errors';
import { messages } from './messages';

/** A sync problem (an engine's message or a sentence main wrote) in the active language. */
export function syncProblemText(intl: IntlShape, text: string): string {
  return intl.formatMessage(messages[syncProblem(text).id]);
}
