import type { SyncEngine } from '@db/sync/engine';
import type { DescribedSyncError } from '@shared/sync/errors';
import {
  estimatePushBodyBytes,
  pendingTooLargeMessage,
  type PushLimits,
} from '@shared/sync/push-limits';

/**
 * A transaction waiting to be pushed that the engine could never send: its one
 * request body would pass the engine's array limit and abort the process. It
 * is refused before `push()` is called, so the app keeps running.
 */
export class PendingTooLargeError extends Error {
  readonly described: DescribedSyncError;

  constructor(
    readonly estimatedBytes: number,
    readonly rowChanges: number,
    readonly limitBytes: number,
  ) {
    const words = pendingTooLargeMessage(estimatedBytes, rowChanges, limitBytes);
    super(words);
    this.name = 'PendingTooLargeError';
    this.described = { kind: 'too-large', id: 'tooLarge', words, transient: false };
  }
}

/**
 * Throws `PendingTooLargeError` when a waiting transaction is estimated over
 * the limit. The estimate of everything waiting comes first; only when that
 * is over the limit (a big backlog) is the change log walked transaction by
 * transaction, since no single transaction can exceed a total that does not.
 */
export async function refusePendingTooLarge(
  engine: Pick<SyncEngine, 'pendingChangeSet' | 'heaviestPendingTransaction'>,
  limits: PushLimits,
): Promise<void> {
  const limit = limits.refusePendingTransactionBytes;
  if (estimatePushBodyBytes(await engine.pendingChangeSet()) <= limit) return;
  const heaviest = await engine.heaviestPendingTransaction(estimatePushBodyBytes);
  if (!heaviest) return;
  const estimated = estimatePushBodyBytes(heaviest);
  if (estimated > limit) throw new PendingTooLargeError(estimated, heaviest.rowChanges, limit);
}
