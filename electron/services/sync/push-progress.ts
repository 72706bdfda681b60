import type { PushBatch } from '@db/sync/push-request';
import type { PushBatchEvent } from './transport';

/**
 * The count behind "sending N of M changes" for one push, from its batches as
 * the server takes them. M starts as the changes waiting when the push began.
 * After a push that was cut off, the engine's count of waiting changes still
 * includes what the server already took; the first batch taken shows where the
 * server stands, so M is counted again from its mark.
 */
export class PushProgress {
  private sent = 0;
  private total: number;
  private readable = false;
  private rebased = false;

  constructor(
    pending: number,
    /** Row changes after a change id that a push sends (the change log, counted in db/). */
    private readonly countAfter: (changeId: number) => Promise<number>,
  ) {
    this.total = pending;
  }

  /**
   * Takes one batch event. Returns the recount to run when this was the first
   * batch taken (the caller keeps it where shutdown waits for it), else null.
   */
  onBatch(event: PushBatchEvent, batch: PushBatch): Promise<void> | null {
    this.readable = true;
    if (event !== 'taken') return null;
    this.sent += batch.rowChanges;
    if (this.rebased) return null;
    this.rebased = true;
    const sentSoFar = this.sent;
    return this.countAfter(batch.watermark).then((remaining) => {
      this.total = sentSoFar + remaining;
    });
  }

  /** Sent and total row changes; null when no request of this push could be read. */
  changes(): { sent: number; total: number } | null {
    if (!this.readable) return null;
    // Saves made during the push may ride along in it: the total never shows less than was sent.
    return { sent: this.sent, total: Math.max(this.sent, this.total) };
  }
}
