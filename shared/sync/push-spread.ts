/**
 * Spreading a lab's pushes when it comes back after an outage of the server
 * or the network. Every computer then holds a backlog; sent at the same moment,
 * the server would take them one after another while the rest wait and time
 * out. Retries already wait a random part of each backoff step; on top of
 * that, a computer with a backlog waits a random moment within a window sized
 * by its backlog.
 *
 * The sync server applies about 10,000 row changes a second: a lab of 20
 * computers that each hold B changes needs about B × 2 ms of the server's
 * time for all of them, so a window of B × 2 ms lets it take them nearly one
 * at a time. A backlog of a few saves costs the server nothing and goes at once.
 *
 * The push at start-up is not held: a computer that starts with the server in
 * reach sends what it holds at once (a room's computers start seconds apart),
 * and one that cannot reach it comes back through a retry, which is spread.
 */
export interface PushSpreadPolicy {
  /** Below this many waiting row changes a push is never held. */
  fromChanges: number;
  /** The window grows by this much per waiting row change. */
  msPerChange: number;
  /** No push is held longer than this, however large its backlog. */
  maxMs: number;
}

export const DEFAULT_PUSH_SPREAD: PushSpreadPolicy = {
  // About fifty saves: more than a computer writes between two pushes while it is online.
  fromChanges: 200,
  msPerChange: 2,
  maxMs: 15_000,
};

/**
 * Why a push is about to go.
 * - `urgent`: a submitted attempt or "Sync now"; a person waits for the receipt.
 * - `change`: the debounced push after local changes, a save's own push; people's pace spreads these.
 * - `retry`: the next try after a failed one; the way a computer comes back after an outage.
 */
export type PushOccasion = 'urgent' | 'change' | 'retry';

/** The window a push is spread over: 0 (no hold) for pushes that carry no backlog. */
export function pushSpreadWindowMs(
  occasion: PushOccasion,
  pendingChanges: number,
  policy: PushSpreadPolicy = DEFAULT_PUSH_SPREAD,
): number {
  if (occasion !== 'retry') return 0;
  if (!(pendingChanges >= policy.fromChanges)) return 0;
  return Math.max(0, Math.min(policy.maxMs, Math.round(pendingChanges * policy.msPerChange)));
}

/**
 * How long to hold the push, in whole ms from 0 up to the window: the draw's
 * share of it. `draw` is this computer's number in [0, 1), passed in so the
 * function stays pure; computers with different draws start at different moments.
 */
export function pushSpreadMs(
  occasion: PushOccasion,
  pendingChanges: number,
  draw: number,
  policy: PushSpreadPolicy = DEFAULT_PUSH_SPREAD,
): number {
  const windowMs = pushSpreadWindowMs(occasion, pendingChanges, policy);
  const share = Number.isFinite(draw) ? Math.min(Math.max(draw, 0), 1) : 0;
  return Math.floor(share * windowMs);
}
