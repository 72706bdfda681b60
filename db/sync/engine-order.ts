import type { Release, WriteGate } from '../write-gate';

/** The write gate a pull takes for its apply, and whether that pull is over. */
interface PullLease {
  release: Release | null;
  taking: Promise<void> | null;
  over: boolean;
}

/**
 * Orders the engine's push, pull and checkpoint against the app's
 * transactions on one database, through its write gate. The engine's own
 * writes never wait for a busy database (they fail), so they must not meet a
 * transaction; the app's transactions must not wait on the network.
 *
 * - A pull fetches holding nothing. When its response has arrived (the
 *   engine's fetch calls `pullResponseArrived`), it waits for pushes in
 *   flight, then takes the gate for its apply and keeps it until it returns.
 *   The engine makes an apply wait for a push; holding the gate meanwhile
 *   would make saves wait on the network.
 * - A push never takes the gate: it only reads the database. It does not
 *   start while a pull waits to apply or a checkpoint runs.
 * - A checkpoint waits until no pull is in flight (new pulls wait; pushes go
 *   on, since a pull may be a long-poll), then until no push is (new pushes
 *   wait too), as the engine would make it wait for both; then it runs
 *   holding the gate: between two transactions, however steady the stream of
 *   saves.
 */
export class EngineOrder {
  private pushes = 0;
  private pulls = 0;
  /** Checkpoints waiting for pulls to end (new pulls wait), then for pushes (new pushes wait too). */
  private checkpointsWaiting = 0;
  private checkpointsRunning = 0;
  private lease: PullLease | null = null;
  private readonly wakers = new Set<() => void>();

  constructor(private readonly gate: WriteGate) {}

  /** A pull is in flight through this order. */
  get pulling(): boolean {
    return this.lease !== null && !this.lease.over;
  }

  async push<T>(op: () => Promise<T>): Promise<T> {
    while (this.checkpointsRunning > 0 || this.lease?.taking) await this.nextChange();
    this.pushes += 1;
    try {
      return await op();
    } finally {
      this.pushes -= 1;
      this.wake();
    }
  }

  async pull<T>(op: () => Promise<T>): Promise<T> {
    while (this.checkpointsWaiting + this.checkpointsRunning > 0 || this.pulls > 0)
      await this.nextChange();
    this.pulls += 1;
    const lease: PullLease = { release: null, taking: null, over: false };
    this.lease = lease;
    try {
      return await op();
    } finally {
      lease.over = true;
      lease.release?.();
      this.lease = null;
      this.pulls -= 1;
      this.wake();
    }
  }

  /**
   * The response of the pull in flight has arrived and the engine is about to
   * apply it: resolves once the pull holds the gate. Nothing to do when no
   * pull runs through this order (a first download at connect).
   */
  pullResponseArrived(): Promise<void> {
    const lease = this.lease;
    if (!lease || lease.over) return Promise.resolve();
    lease.taking ??= this.takeGate(lease);
    return lease.taking;
  }

  private async takeGate(lease: PullLease): Promise<void> {
    while (this.pushes > 0) await this.nextChange();
    const release = await this.gate.acquire();
    if (lease.over) release();
    else lease.release = release;
  }

  async checkpoint<T>(op: () => Promise<T>): Promise<T> {
    // A pull may be a long-poll waiting on the server: pushes go on meanwhile.
    this.checkpointsWaiting += 1;
    try {
      while (this.pulls > 0) await this.nextChange();
    } finally {
      this.checkpointsWaiting -= 1;
    }
    this.checkpointsRunning += 1;
    try {
      while (this.pushes > 0) await this.nextChange();
      return await this.gate.run(op);
    } finally {
      this.checkpointsRunning -= 1;
      this.wake();
    }
  }

  // Each wait checks its condition and counts itself in one synchronous step (no await between),
  // so two callers can never both see the way clear.
  private nextChange(): Promise<void> {
    return new Promise<void>((resolve) => this.wakers.add(resolve));
  }

  private wake(): void {
    const wakers = [...this.wakers];
    this.wakers.clear();
    for (const wake of wakers) wake();
  }
}
