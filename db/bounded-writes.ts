import { BOUNDED_WRITE_BYTES } from '@shared/sync/push-limits';
import type { TransactionRunner, Tx } from './transaction';

/**
 * Writes a long list in transactions of about `budgetBytes` of push body
 * each, so no write path makes a transaction too large to push (see
 * shared/sync/push-limits.ts). Imports, people imports, regrades and media
 * all go through here. Between two transactions the event loop gets a turn,
 * so answer saves and timers run while a big write goes on; `signal` stops it
 * between two transactions. Each transaction commits on its own: a caller
 * that needs all or nothing stages its rows (db/repositories/staged-imports.ts).
 */
export interface BoundedWrite<T> {
  /** Estimated push body of one item's rows (`estimateRowBytes` of each row it writes). */
  weigh: (item: T) => number;
  /** Writes one chunk inside its transaction. */
  write: (tx: Tx, chunk: readonly T[]) => Promise<void>;
  /** After each committed chunk: how many items are written so far. */
  afterChunk?: (done: number, total: number) => void | Promise<void>;
  budgetBytes?: number;
  /** At most this many items in one transaction, whatever they weigh. */
  maxItems?: number;
  signal?: AbortSignal;
}

/** Thrown between two chunks when the write was cancelled. */
export class BoundedWriteCancelled extends Error {
  constructor(readonly done: number) {
    super('The write was cancelled');
    this.name = 'BoundedWriteCancelled';
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Splits items into runs of at most `budgetBytes` (one heavier item makes a run of its own). */
export function boundedChunks<T>(
  items: readonly T[],
  weigh: (item: T) => number,
  budgetBytes = BOUNDED_WRITE_BYTES,
  maxItems = Number.POSITIVE_INFINITY,
): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const weight = weigh(item);
    if (chunk.length > 0 && (bytes + weight > budgetBytes || chunk.length >= maxItems)) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(item);
    bytes += weight;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

export async function writeInBoundedTransactions<T>(
  transaction: TransactionRunner,
  items: readonly T[],
  plan: BoundedWrite<T>,
): Promise<void> {
  let done = 0;
  for (const chunk of boundedChunks(items, plan.weigh, plan.budgetBytes, plan.maxItems)) {
    if (plan.signal?.aborted) throw new BoundedWriteCancelled(done);
    await transaction((tx) => plan.write(tx, chunk));
    done += chunk.length;
    await plan.afterChunk?.(done, items.length);
    await yieldToEventLoop();
  }
}
