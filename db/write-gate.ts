/** Gives the gate back; calling it again does nothing. */
export type Release = () => void;

/** What a gated call was, for the words of an error. */
type EngineCall = 'push' | 'pull' | 'checkpoint' | 'snapshot' | 'sync statistics read';

/** The write gate a pull takes for its apply, and whether that pull is over. */
interface PullLease {
  release: Release | null;
  taking: Promise<void> | null;
  over: boolean;
}

/** An engine call or snapshot asked of a database that is closing. Nothing ran. */
export class DatabaseClosingError extends Error {
  constructor(call: EngineCall) {
    super(`The local database is closing; the ${call} did not start`);
    this.name = 'DatabaseClosingError';
  }
}

/** The database would not close: an engine call was still running (closing under it could block the process). */
export class DatabaseBusyAtCloseError extends Error {
  constructor(running: string, waitedMs: number) {
    super(
      `The local database was not closed: ${running} still running after ${String(waitedMs)} ms`,
    );
    this.name = 'DatabaseBusyAtCloseError';
  }
}

/**
 * Who may write to a database's files when: the one gate every write passes
 * on one open database, the app's transactions and the sync engine's own
 * work (push, pull, checkpoint) and a snapshot's copy of the files alike.
 *
 * - Writers (every app transaction, a pull's apply, a checkpoint) hold the
 *   gate one at a time, served in the order they asked. The engine's own
 *   writes never wait for a busy database (they fail), and a transaction that
 *   began before a pull committed would be refused as stale; so none of them
 *   may meet another half-way. Waiting costs nothing while the holder works.
 * - A pull fetches holding nothing. When its response has arrived (the
 *   engine's fetch calls `pullResponseArrived`, see sync/apply-gated-fetch.ts)
 *   it waits for pushes in flight, then holds the gate for its apply until it
 *   returns. The engine makes an apply wait for a push; holding the gate
 *   meanwhile would make saves wait on the network.
 * - A push never holds the gate: it only reads the database. It does not
 *   start while a pull waits to apply or a checkpoint runs.
 * - A checkpoint waits until no pull is in flight (new pulls wait; pushes go
 *   on, since a pull may be a long-poll), then until no push is (new pushes
 *   wait too), as the engine would make it wait for both; then it runs
 *   holding the gate: between two transactions, however steady the saves.
 * - A snapshot copies the files while no push, pull or checkpoint runs (they
 *   rewrite the sync metadata, the revert WAL and the main file), and starts
 *   none until it ends; it waits for those under way, a long-polling pull
 *   included. Transactions go on: a commit only appends to the WAL, which a
 *   snapshot copies last and reads up to its last whole commit.
 * - Once closing, nothing new starts, and `close` resolves when nothing the
 *   gate let in still runs: a database closed under an engine call can block
 *   the process for good.
 */
export class WriteGate {
  private writerHeld = false;
  private readonly writersWaiting: Array<() => void> = [];
  private pushes = 0;
  private pulls = 0;
  /** Checkpoints waiting for pulls to end (new pulls wait), then for pushes (new pushes wait too). */
  private checkpointsWaiting = 0;
  private checkpointsRunning = 0;
  /** Engine calls that read its own state (stats), ordered against nothing. */
  private engineReads = 0;
  /** A snapshot waits for the engine calls under way, or copies: no new one starts. */
  private snapshotting = false;
  private closing = false;
  private lease: PullLease | null = null;
  private readonly wakers = new Set<() => void>();

  /** Resolves once the caller holds the gate as the one writer. */
  acquireWrite(): Promise<Release> {
    return new Promise<Release>((resolve) => {
      const grant = () => {
        this.writerHeld = true;
        resolve(this.releaser());
      };
      if (this.writerHeld) this.writersWaiting.push(grant);
      else grant();
    });
  }

  /** Runs `work` as the one writer: an app transaction. */
  async write<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquireWrite();
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** A writer holds the gate or waits for it. */
  get busy(): boolean {
    return this.writerHeld || this.writersWaiting.length > 0;
  }

  /** A pull is in flight through this gate. */
  get pulling(): boolean {
    return this.lease !== null && !this.lease.over;
  }

  async push<T>(op: () => Promise<T>): Promise<T> {
    while (this.checkpointsRunning > 0 || this.lease?.taking || this.snapshotting) {
      this.refuseIfClosing('push');
      await this.nextChange();
    }
    this.refuseIfClosing('push');
    this.pushes += 1;
    try {
      return await op();
    } finally {
      this.pushes -= 1;
      this.wake();
    }
  }

  async pull<T>(op: () => Promise<T>): Promise<T> {
    while (
      this.checkpointsWaiting + this.checkpointsRunning > 0 ||
      this.pulls > 0 ||
      this.snapshotting
    ) {
      this.refuseIfClosing('pull');
      await this.nextChange();
    }
    this.refuseIfClosing('pull');
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
   * pull runs through this gate (a first download at connect).
   */
  pullResponseArrived(): Promise<void> {
    const lease = this.lease;
    if (!lease || lease.over) return Promise.resolve();
    lease.taking ??= this.takeForApply(lease);
    return lease.taking;
  }

  private async takeForApply(lease: PullLease): Promise<void> {
    while (this.pushes > 0) await this.nextChange();
    const release = await this.acquireWrite();
    if (lease.over) release();
    else lease.release = release;
  }

  async checkpoint<T>(op: () => Promise<T>): Promise<T> {
    // A pull may be a long-poll waiting on the server: pushes go on meanwhile.
    this.checkpointsWaiting += 1;
    try {
      while (this.pulls > 0 || this.snapshotting) {
        this.refuseIfClosing('checkpoint');
        await this.nextChange();
      }
      this.refuseIfClosing('checkpoint');
    } finally {
      this.checkpointsWaiting -= 1;
      this.wake();
    }
    this.checkpointsRunning += 1;
    try {
      while (this.pushes > 0) await this.nextChange();
      return await this.write(op);
    } finally {
      this.checkpointsRunning -= 1;
      this.wake();
    }
  }

  /** An engine call that only reads the engine's state: it waits for nothing, and a close waits for it. */
  async engineRead<T>(op: () => Promise<T>): Promise<T> {
    this.refuseIfClosing('sync statistics read');
    this.engineReads += 1;
    try {
      return await op();
    } finally {
      this.engineReads -= 1;
      this.wake();
    }
  }

  /** Runs `work` (a copy of the database files) once no push, pull or checkpoint runs, starting none until it ends. */
  async snapshot<T>(work: () => Promise<T>): Promise<T> {
    while (this.snapshotting) {
      this.refuseIfClosing('snapshot');
      await this.nextChange();
    }
    this.refuseIfClosing('snapshot');
    this.snapshotting = true;
    try {
      while (this.engineCallsRunning() !== null) await this.nextChange();
      return await work();
    } finally {
      this.snapshotting = false;
      this.wake();
    }
  }

  /**
   * Starts nothing new (what waits to start is refused with
   * `DatabaseClosingError`) and resolves once nothing the gate let in still
   * runs; fails with `DatabaseBusyAtCloseError` rather than wait past `waitMs`.
   * Real time on purpose: a database must not stay open for a test's hand-moved clock.
   */
  async close(waitMs = 15_000): Promise<void> {
    this.closing = true;
    this.wake();
    const ended = (async () => {
      while (this.runningAtClose() !== null) await this.nextChange();
    })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timed out'>((resolve) => {
      timer = setTimeout(() => resolve('timed out'), waitMs);
    });
    try {
      if ((await Promise.race([ended, timedOut])) === 'timed out') {
        throw new DatabaseBusyAtCloseError(this.runningAtClose() ?? 'nothing', waitMs);
      }
    } finally {
      clearTimeout(timer);
    }
  }

  private engineCallsRunning(): string | null {
    if (this.pulls > 0) return 'a pull';
    if (this.pushes > 0) return 'a push';
    if (this.checkpointsRunning > 0) return 'a checkpoint';
    return null;
  }

  private runningAtClose(): string | null {
    const call = this.engineCallsRunning();
    if (call !== null) return call;
    if (this.engineReads > 0) return 'a sync statistics read';
    return this.snapshotting ? 'a snapshot' : null;
  }

  private refuseIfClosing(call: EngineCall): void {
    if (this.closing) throw new DatabaseClosingError(call);
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

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.writersWaiting.shift();
      if (next) next();
      else this.writerHeld = false;
    };
  }
}
