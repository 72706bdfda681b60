import type { IntlShape } from 'react-intl';
import type { SyncProblemId } from '@shared/sync/errors';
import type { SourceMessage } from '../../i18n/catalogue';
import { messages } from './messages';

/** Looked up by what arrived, which a newer main may send an id of its own in. */
const byId: Readonly<Record<string, SourceMessage | undefined>> = messages satisfies Readonly<
  Record<SyncProblemId, SourceMessage>
>;

/**
 * A sync problem in the active language, by the id main said it with; the
 * English main wrote where the id is none this renderer knows.
 */
export function syncProblemText(
  intl: IntlShape,
  // The id is a `SyncProblemId` from this main, or one a newer main knows.
  problem: { words: string; id: string | null },
): string {
  const message = problem.id === null ? undefined : byId[problem.id];
  return message === undefined ? problem.words : intl.formatMessage(message);
}
