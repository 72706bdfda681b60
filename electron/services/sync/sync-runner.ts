import type { SyncState, SyncStatus } from '@shared/domain/sync';
import type { SyncRun } from '@shared/domain/sync';
import { backoffDelayMs } from '@shared/sync/backoff';
import { pushSpreadMs } from '@shared/sync/push-spread';
import { describeSyncError, type SyncProblemId } from '@shared/sync/errors';
import {
  nextPullDelayMs,
  pushDueAtMs,
  shouldCheckpoint,
  type PushUrgency,
  type SyncTimings,
} from '@shared/sync/policy';
import { settleWithin, type Cancel, type Scheduler } from '@shared/scheduler';
import type { Clock } from '@shared/time';
import type { LocalSyncState, PendingCount } from '@db/sync/change-log';
import type { SyncEngine } from '@db/sync/engine';
import { DEFAULT_PUSH_LIMITS, type PushLimits } from '@shared/sync/push-limits';
import type { SyncHistory } from './sync-history';
import { PendingTooLargeError, refusePendingTooLarge } from './pending-too-large';
import { PushProgress } from './push-progress';
import type { PushBatch } from '@db/sync/push-request';
import type { PushBatchEvent, SyncTransport } from './transport';

export interface SyncHooks {
  /** Just before a push with work in it: the device record rides along. */
  beforePush(pending: number): Promise<void>;
  /** After every successful pull: schema check, conflict flags, set-aside rows. */
  afterPull(changed: boolean): Promise<void>;
  /** A push the server refused on a constraint: set the clashing rows aside. Resolves once handled. */
  onConstraintFailure(raw: string): Promise<void>;
  /** An exam is running on this computer: pull less often, since a pull briefly blocks saves. */
  examRunning(): Promise<boolean>;
  /** The organisation's data is newer than this app. */
  updateRequired(): boolean;
}

export interface SyncRunnerDeps {
  engine: SyncEngine;
  enrolled: () => boolean;
  transport: SyncTransport;
  /** Wall time for the records; monotonic time for every wait and interval. */
  clock: Clock;
  /** Timers, on the same monotonic time as `clock`. */
  scheduler: Scheduler;
  timings: SyncTimings;
  history: SyncHistory;
  hooks: SyncHooks;
  emit: (status: SyncStatus) => void;
  ids: () => string;
  /** Numbers in [0, 1) that spread retries out (jitter); tests pass a fixed source. */
  random?: () => number;
  /** What is refused instead of pushed; `DEFAULT_PUSH_LIMITS` unless a test lowers them. */
  pushLimits?: PushLimits;
  log?: (message: string, error?: unknown) => void;
}

const emptyStatus = (enrolled: boolean): SyncStatus => ({
  state: enrolled ? 'offline' : 'local-only',
  pendingChanges: 0,
  lastPushAt: null,
  lastPullAt: null,
  lastError: null,
  lastErrorId: null,
  progress: null,
  nextRetryAt: null,
  updateRequired: false,
});

const errorText = (error: unknown): string =>
  error instanceof Error
    ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}`
    : String(error);

class TimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} timed out after ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

class PushStalledError extends Error {
  constructor(ms: number) {
    super(`push timed out: the server took no batch for ${ms} ms`);
    this.name = 'PushStalledError';
  }
}

/**
 * How long a run may go on: a bound on the whole of it (pulls, the push on
 * quit), or, for a push, a bound on the time between two batches the server takes.
 */
type RunLimit = { wholeMs: number } | { stallMs: number };

/** Shows "syncing" only for runs that last long enough to notice, so the status bar does not flicker. */
const SYNCING_AFTER_MS = 300;
/** After a pull lost to saves in progress, try again this soon (plus jitter). */
const BUSY_RETRY_MS = 250;
/** A backlog refused as too large is checked again this often, in case it changed. */
const REFUSED_PUSH_RECHECK_MS = 10 * 60_000;
/** Progress is worth showing once a transfer passes this size. */
const PROGRESS_FROM_BYTES = 64 * 1024;
/** How often a stream of writes has the WAL's size read (see `lookAtWalSoon`). */
const WAL_LOOK_MS = 250;

/**
 * Pushes soon after local changes (debounced), at once after a submitted
 * attempt or "Sync now"; pulls on an interval; backs off with jitter while
 * offline; checkpoints the WAL; reports status. Push and pull run as two
 * loops (the engine orders them), and nothing here ever waits in a tight loop.
 */
export class SyncRunner {
  private status: SyncStatus;
  private stopped = true;
  /**
   * From `stop()` until the next `start()`: nothing new is started (a push a
   * pull was waiting for, the pull after it, a checkpoint), so the database
   * can be closed with no engine call in flight; closing it under one can
   * block the process for good.
   */
  private closing = false;
  private pushTimer: Cancel | null = null;
  private pushDue = 0;
  private pullTimer: Cancel | null = null;
  private retryTimer: Cancel | null = null;
  private statusTimer: Cancel | null = null;
  private pushWanted: { reason: string; firstAt: number } | null = null;
  private pushAgain = false;
  private pushing: Promise<boolean> | null = null;
  private pulling: Promise<boolean> | null = null;
  private checkpointing: Promise<void> | null = null;
  private failures = 0;
  /**
   * Why the waiting changes are not being pushed (a transaction too large to
   * send), until the monotonic time `pushRefusedUntil`; pulls go on meanwhile,
   * and the status keeps saying so.
   */
  private pushRefusal: { words: string; id: SyncProblemId } | null = null;
  private pushRefusedUntil = 0;
  private retryAt = 0;
  private lastCheckpointAt: number;
  private wroteSinceCheckpoint = false;
  private lastWalLookAt = Number.NEGATIVE_INFINITY;
  private activeRuns = 0;
  private progressEmittedAt = 0;
  private runBytes0 = { sent: 0, received: 0 };
  private pushProgress: PushProgress | null = null;
  /** The last count of waiting changes, so a status check counts only what was written since. */
  private readonly pendingCount: { last: PendingCount | null } = { last: null };
  /**
   * The last push failed after the server took part of it. A pull now would
   * number the change log afresh, and the next push would send everything
   * again instead of going on from the server's mark; so pulls wait for a
   * push that completes.
   */
  private pushCutShort = false;
  /** Restarts the stall timer of the push under way: the server just took a batch. */
  private pushMoved: (() => void) | null = null;
  private readonly random: () => number;
  private readonly pushLimits: PushLimits;
  /** Work started by a timer (pushes, pulls, retries, status checks), for `idle()`. */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly deps: SyncRunnerDeps) {
    this.random = deps.random ?? Math.random;
    this.pushLimits = deps.pushLimits ?? DEFAULT_PUSH_LIMITS;
    this.status = emptyStatus(deps.enrolled());
    this.lastCheckpointAt = this.monotonicMs();
  }

  /**
   * Resolves once nothing the runner started is still running (timers may be
   * set). Tests move a manual clock, then await this before looking.
   */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  current(): SyncStatus {
    return { ...this.status };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.closing = false;
    this.failures = 0;
    this.retryAt = 0;
    this.setStatus({ state: this.deps.enrolled() ? 'offline' : 'local-only', nextRetryAt: null });
    this.scheduleStatusTick(0);
    if (this.deps.enrolled()) {
      // Whatever was written while the app was closed or offline goes out first, and the pull
      // waits for it: after a push cut short, a pull would make the next push start over.
      this.requestPush('startup', 'now');
      this.schedulePull(0);
    }
  }

  /** A local change was committed (an API call that mutates, or a service saying so). */
  notifyChange(urgency: PushUrgency = 'soon', reason = 'local change'): void {
    this.wroteSinceCheckpoint = true;
    this.lookAtWalSoon();
    this.requestPush(reason, urgency);
  }

  /**
   * While writes stream in, reads the WAL's size at most every
   * `WAL_LOOK_MS` and checkpoints once it has passed its threshold: a burst
   * of saves grows it by megabytes a second, which the status tick alone
   * (every 2 s) lets run well past the threshold.
   */
  private lookAtWalSoon(): void {
    const now = this.monotonicMs();
    if (this.stopped || this.closing || this.checkpointing) return;
    if (now - this.lastWalLookAt < WAL_LOOK_MS) return;
    this.lastWalLookAt = now;
    this.track(
      this.deps.engine.walBytes().then(
        (walBytes) => this.checkpointIfDue(walBytes),
        (error: unknown) => this.deps.log?.('reading the WAL size failed', error),
      ),
    );
  }

  requestPush(reason: string, urgency: PushUrgency): void {
    if (this.stopped || !this.deps.enrolled()) return;
    const now = this.monotonicMs();
    // A refused backlog is looked at again only now and then ("Sync now" does at once).
    if (this.pushRefusal !== null && this.pushRefusedUntil > now) return;
    if (!this.pushWanted) this.pushWanted = { reason, firstAt: now };
    else if (urgency === 'now') this.pushWanted.reason = reason;
    // While backing off, only an urgent push tries early; the retry timer takes the rest.
    if (this.retryAt > now && urgency !== 'now') return;
    const due = pushDueAtMs(now, this.pushWanted.firstAt, urgency, this.deps.timings);
    if (this.pushTimer) {
      if (urgency !== 'now' && this.pushDue <= due && this.pushDue > now) {
        // Debounce: a later change moves the push back, never past the maximum delay.
        this.pushTimer();
      } else if (this.pushDue <= due) {
        return;
      } else {
        this.pushTimer();
      }
    }
    this.pushDue = due;
    this.pushTimer = this.deps.scheduler.after(due - now, () => {
      this.pushTimer = null;
      this.track(this.runPush());
    });
  }

  /** "Sync now": push then pull at once, forgetting any backoff. */
  async syncNow(reason = 'sync now'): Promise<SyncStatus> {
    if (!this.deps.enrolled()) return this.refreshStatus();
    this.failures = 0;
    this.retryAt = 0;
    this.clearRetry();
    if (!this.pushWanted) this.pushWanted = { reason, firstAt: this.monotonicMs() };
    this.pushWanted.reason = reason;
    await this.runPush();
    await this.runPull(reason);
    return this.refreshStatus();
  }

  /** Pushes now, whatever the schedule (the benchmark and tools); resolves with whether it worked. */
  async pushNow(reason = 'push now'): Promise<boolean> {
    if (!this.pushWanted) this.pushWanted = { reason, firstAt: this.monotonicMs() };
    return this.runPush();
  }

  /** Stops the loops; with `finalPush`, tries once more to send what is pending, within a bound. */
  async stop({ finalPush = false }: { finalPush?: boolean } = {}): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.closing = true;
    for (const cancel of [this.pushTimer, this.pullTimer, this.retryTimer, this.statusTimer]) {
      cancel?.();
    }
    this.pushTimer = this.pullTimer = this.retryTimer = this.statusTimer = null;
    const bound = this.deps.timings.finalPushMs;
    const work = async () => {
      // A long-poll may be waiting on the server; drop it rather than wait it out.
      if (this.pulling) {
        this.deps.transport.abortAll('stopping');
        await this.settle(this.pulling, 1_000);
      }
      if (this.pushing) await this.settle(this.pushing, bound);
      if (finalPush && this.deps.enrolled()) {
        const stats = await this.stats();
        if (stats && stats.pending > 0) await this.pushOnce('quit', { wholeMs: bound });
      }
      if (this.checkpointing) await this.settle(this.checkpointing, 1_000);
    };
    const stopping = work();
    await this.settle(stopping, bound + 1_500);
    // Past the bound, what still runs (the final push too) is cut off: nothing more goes on the
    // wire, so each engine call ends at its next request. The caller closes the database after
    // this, and closing it under an engine call blocks the process for good.
    this.deps.transport.refuse('stopped');
    const running = [stopping, this.pulling, this.pushing, this.checkpointing, ...this.inFlight];
    try {
      await this.settle(Promise.allSettled(running.filter((p) => p !== null)), 5_000);
    } finally {
      // Enrolling and un-enrolling use the transport with the loops stopped.
      this.deps.transport.accept();
    }
    this.deps.history.flush();
  }

  /** Re-reads enrolment (after enrolling or un-enrolling) and restarts the loops. */
  async restart(): Promise<void> {
    await this.stop();
    this.status = {
      ...emptyStatus(this.deps.enrolled()),
      lastPushAt: this.status.lastPushAt,
      lastPullAt: this.status.lastPullAt,
    };
    this.start();
  }

  async refreshStatus(): Promise<SyncStatus> {
    const stats = await this.stats();
    if (stats) this.setStatus({ pendingChanges: stats.pending });
    this.setStatus({
      updateRequired: this.deps.hooks.updateRequired(),
      ...(this.deps.enrolled()
        ? this.status.state === 'local-only'
          ? { state: 'offline' as const }
          : {}
        : { state: 'local-only' as const, lastError: null, lastErrorId: null, nextRetryAt: null }),
    });
    return this.current();
  }

  async stats(): Promise<LocalSyncState | null> {
    try {
      return await this.deps.engine.localState(this.pendingCount);
    } catch (error) {
      this.deps.log?.('sync stats failed', error);
      return null;
    }
  }

  private setStatus(patch: Partial<SyncStatus>): void {
    const next = { ...this.status, ...patch };
    const changed = (Object.keys(next) as Array<keyof SyncStatus>).some(
      (k) => JSON.stringify(next[k]) !== JSON.stringify(this.status[k]),
    );
    this.status = next;
    if (changed) this.deps.emit(this.current());
  }

  private idleState(): SyncState {
    if (!this.deps.enrolled()) return 'local-only';
    return this.status.state === 'syncing' ? 'online' : this.status.state;
  }

  private async runPush(): Promise<boolean> {
    if (this.pushing) {
      this.pushAgain = true;
      return this.pushing;
    }
    if (this.closing) return false;
    const wanted = this.pushWanted;
    this.pushWanted = null;
    // Not gated on `stopped`: "Sync now" works even while the loops are off.
    if (!this.deps.enrolled() || !wanted) return false;
    const limit = { stallMs: this.deps.timings.pushStallMs };
    this.pushing = this.pushOnce(wanted.reason, limit).finally(() => {
      this.pushing = null;
      if (this.pushAgain) {
        this.pushAgain = false;
        this.requestPush('more changes', 'soon');
      }
    });
    return this.pushing;
  }

  private async pushOnce(reason: string, limit: RunLimit): Promise<boolean> {
    const before = await this.stats();
    const pendingBefore = before?.pending ?? 0;
    if (pendingBefore === 0 && reason !== 'sync now' && reason !== 'heartbeat') {
      this.setStatus({ pendingChanges: 0 });
      return true;
    }
    // While retrying after failures the record is left alone: each failed try would otherwise add a change.
    if (!this.deps.hooks.updateRequired() && this.failures === 0) {
      try {
        await this.deps.hooks.beforePush(pendingBefore);
      } catch (error) {
        this.deps.log?.('device record before push failed', error);
      }
    }
    const run: { progress: PushProgress | null } = { progress: null };
    const ok = await this.measured('push', reason, pendingBefore, limit, async () => {
      const engine = this.deps.engine;
      // A transaction too large for one request would abort the process inside push(), at every start.
      await refusePendingTooLarge(engine, this.pushLimits);
      const progress = new PushProgress(pendingBefore, (changeId) =>
        engine.pushedRowChangesAfter(changeId),
      );
      run.progress = this.pushProgress = progress;
      try {
        await engine.push();
      } finally {
        if (this.pushProgress === progress) this.pushProgress = null;
      }
      return false;
    });
    if (ok) this.pushCutShort = false;
    else if ((run.progress?.changes()?.sent ?? 0) > 0) this.pushCutShort = true;
    return ok;
  }

  private schedulePull(delayMs: number): void {
    if (this.stopped) return;
    this.pullTimer?.();
    this.pullTimer = this.deps.scheduler.after(delayMs, () => {
      this.pullTimer = null;
      this.track(this.runPull('timer'));
    });
  }

  private async runPull(reason: string): Promise<boolean> {
    if (this.pulling) return this.pulling;
    if (this.closing) return false;
    if (!this.deps.enrolled()) return false;
    this.pulling = (async () => {
      // The engine applies a pull only once a push in progress ends; the pull's time starts then, so
      // a long push neither makes the pull time out nor is cut off by it.
      if (this.pushing) await this.pushing;
      if (this.isClosing()) return false;
      if (this.pushCutShort) {
        // The retry of the push pulls once it works; until then the pull loop only waits.
        if (!this.stopped && !this.retryTimer) this.schedulePull(this.deps.timings.pullIntervalMs);
        return false;
      }
      const t0 = this.monotonicMs();
      let before = await this.stats();
      if ((before?.pending ?? 0) > 0 && this.pushRefusal === null) {
        // A pull folds every change waiting here into one transaction, which could be too large to
        // push; so what waits goes out first, and the pull waits for a push that works.
        this.pushWanted ??= { reason: `before ${reason}`, firstAt: this.monotonicMs() };
        // While backing off after a failed push, the retry pushes and then pulls; no second try now.
        const backingOff = this.retryAt > this.monotonicMs();
        if (backingOff || !(await this.runPush())) {
          if (!this.stopped && !this.retryTimer)
            this.schedulePull(this.deps.timings.pullIntervalMs);
          return false;
        }
        if (this.isClosing()) return false;
        before = await this.stats();
      }
      let changed = false;
      const ok = await this.measured(
        'pull',
        reason,
        before?.pending ?? 0,
        { wholeMs: this.deps.timings.pullTimeoutMs },
        async () => {
          changed = await this.deps.engine.pull();
          await this.deps.hooks.afterPull(changed);
          return changed;
        },
      );
      if (ok && !this.stopped) {
        const exam = await this.deps.hooks.examRunning().catch(() => false);
        this.schedulePull(nextPullDelayMs(this.monotonicMs() - t0, exam, this.deps.timings));
      }
      return ok;
    })().finally(() => {
      this.pulling = null;
    });
    return this.pulling;
  }

  /** Runs one push or pull within its limit, records it, and sets status and backoff from the outcome. */
  private async measured(
    kind: 'push' | 'pull',
    reason: string,
    pendingBefore: number,
    limit: RunLimit,
    work: () => Promise<boolean>,
  ): Promise<boolean> {
    const startedAt = new Date(this.deps.clock.nowMs()).toISOString();
    const t0 = this.monotonicMs();
    const traffic = this.deps.transport.byKind[kind];
    const sent0 = traffic.sent;
    const received0 = traffic.received;
    if (this.activeRuns === 0) {
      this.runBytes0 = {
        sent: this.deps.transport.sentBytes,
        received: this.deps.transport.receivedBytes,
      };
    }
    this.activeRuns += 1;
    const cancelSyncing = this.deps.scheduler.after(SYNCING_AFTER_MS, () => {
      // A retry while offline stays "offline" until it works: the status bar should not flicker.
      if (this.status.state === 'online' || this.status.state === 'syncing') {
        this.setStatus({ state: 'syncing' });
      }
    });
    let error: unknown = null;
    let changed = false;
    try {
      changed =
        'wholeMs' in limit
          ? await this.withTimeout(work(), limit.wholeMs, kind)
          : await this.withStallRule(work(), limit.stallMs);
    } catch (e) {
      error = e;
    } finally {
      cancelSyncing();
      this.activeRuns -= 1;
    }
    const after = await this.stats();
    const nowIso = new Date(this.deps.clock.nowMs()).toISOString();
    const raw = error === null ? null : errorText(error);
    const described =
      error instanceof PendingTooLargeError
        ? error.described
        : raw === null
          ? null
          : describeSyncError(raw);
    const run: SyncRun = {
      id: this.deps.ids(),
      kind,
      reason,
      startedAt,
      durationMs: Math.round(this.monotonicMs() - t0),
      ok: error === null,
      changed,
      sentBytes: traffic.sent - sent0,
      receivedBytes: traffic.received - received0,
      pendingBefore,
      pendingAfter: after?.pending ?? pendingBefore,
      error: described ? `${described.words} (${raw})` : null,
      errorId: described?.id ?? null,
    };
    this.deps.history.add(run);
    this.deps.history.flush();
    if (error === null && kind === 'push') this.pushRefusal = null;
    if (error === null) {
      // Back online after failures: send the device record (left alone while retrying) next.
      if (this.failures > 0 && kind === 'push' && !this.stopped)
        this.requestPush('heartbeat', 'soon');
      this.failures = 0;
      this.retryAt = 0;
      this.clearRetry();
      this.setStatus({
        state: this.pushRefusal !== null ? 'error' : this.activeRuns > 0 ? 'syncing' : 'online',
        pendingChanges: run.pendingAfter,
        lastError: this.pushRefusal?.words ?? null,
        lastErrorId: this.pushRefusal?.id ?? null,
        nextRetryAt: null,
        progress: null,
        updateRequired: this.deps.hooks.updateRequired(),
        // A push sends everything committed before it began, so its start is what a receipt can rely on.
        ...(kind === 'push' ? { lastPushAt: startedAt } : { lastPullAt: nowIso }),
      });
      if (kind === 'push' && run.pendingAfter > 0 && !this.stopped) {
        this.requestPush('changes during push', 'soon');
      }
      if (after && !this.stopped) this.track(this.checkpointIfDue(after.walBytes));
      return true;
    }
    this.deps.log?.(`sync ${kind} failed`, error);
    if (error instanceof PendingTooLargeError) {
      // No backoff: nothing is wrong with the network, and pulls keep this computer up to date.
      this.pushRefusal = { words: error.described.words, id: error.described.id };
      this.pushRefusedUntil = this.monotonicMs() + REFUSED_PUSH_RECHECK_MS;
      this.setStatus({
        state: 'error',
        pendingChanges: run.pendingAfter,
        lastError: this.pushRefusal.words,
        lastErrorId: this.pushRefusal.id,
        progress: null,
        nextRetryAt: null,
      });
      return false;
    }
    if (described?.kind === 'constraint' && kind === 'push') {
      this.setStatus({
        lastError: described.words,
        lastErrorId: described.id,
        progress: null,
        state: this.idleState(),
      });
      try {
        await this.deps.hooks.onConstraintFailure(raw ?? '');
      } catch (handlerError) {
        this.deps.log?.('setting clashing rows aside failed', handlerError);
      }
    }
    if (described?.kind === 'busy' && !this.stopped) {
      // Saves had the database: nothing is wrong with the network, so no backoff and no "offline".
      this.setStatus({ progress: null, state: this.idleState() });
      if (kind === 'pull')
        this.schedulePull(BUSY_RETRY_MS + Math.floor(this.random() * BUSY_RETRY_MS));
      else this.requestPush('retry after a busy moment', 'soon');
      return false;
    }
    this.failures += 1;
    // A backlog is spread further on the way back, so a lab's computers do not all send theirs at once.
    const delay =
      backoffDelayMs(this.failures, this.random()) +
      pushSpreadMs('retry', run.pendingAfter, this.random());
    this.retryAt = this.monotonicMs() + delay;
    const offline = described?.transient ?? true;
    this.setStatus({
      state: offline && described?.kind !== 'constraint' ? 'offline' : 'error',
      pendingChanges: run.pendingAfter,
      lastError: described?.words ?? 'Sync failed.',
      lastErrorId: described?.id ?? 'unknown',
      progress: null,
      nextRetryAt: new Date(this.deps.clock.nowMs() + delay).toISOString(),
    });
    this.armRetry(delay);
    return false;
  }

  private armRetry(delayMs: number): void {
    if (this.stopped) return;
    this.clearRetry();
    this.pullTimer?.();
    this.pullTimer = null;
    this.retryTimer = this.deps.scheduler.after(delayMs, () => {
      this.retryTimer = null;
      this.track(this.retry());
    });
  }

  private async retry(): Promise<void> {
    const stats = await this.stats();
    if ((stats?.pending ?? 0) > 0) {
      if (!this.pushWanted) this.pushWanted = { reason: 'retry', firstAt: this.monotonicMs() };
      const pushed = await this.runPush();
      if (!pushed) return;
    }
    await this.runPull('retry');
  }

  private clearRetry(): void {
    this.retryTimer?.();
    this.retryTimer = null;
  }

  private async withTimeout<T>(promise: Promise<T>, ms: number, what: 'push' | 'pull'): Promise<T> {
    let cancel: Cancel = () => undefined;
    const timeout = new Promise<never>((_, reject) => {
      cancel = this.deps.scheduler.after(ms, () => {
        this.deps.transport.abortAll(`${what} timed out`, what);
        reject(new TimeoutError(what, ms));
      });
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      cancel();
      // The engine call may still be unwinding after an abort; never leave its rejection unhandled.
      promise.catch(() => undefined);
    }
  }

  /**
   * Fails the push once the server has taken no batch for `ms`: a push that
   * keeps moving is never cut off, however large the backlog. Abandoning it
   * aborts the request on the wire; the retry resumes after the last batch taken.
   */
  private async withStallRule<T>(promise: Promise<T>, ms: number): Promise<T> {
    let cancel: Cancel = () => undefined;
    const stalled = new Promise<never>((_, reject) => {
      const arm = () => {
        cancel();
        cancel = this.deps.scheduler.after(ms, () => {
          this.deps.transport.abortAll('push stalled', 'push');
          reject(new PushStalledError(ms));
        });
      };
      this.pushMoved = arm;
      arm();
    });
    try {
      return await Promise.race([promise, stalled]);
    } finally {
      cancel();
      this.pushMoved = null;
      promise.catch(() => undefined);
    }
  }

  /** Called by the transport as bytes move: shows progress once a run's transfer is large. */
  onBytes(direction: 'sent' | 'received'): void {
    this.showProgress(direction === 'sent' ? 'push' : 'pull');
  }

  /** Called by the transport for each push batch it reads going out, and again once the server took it. */
  onPushBatch(event: PushBatchEvent, batch: PushBatch): void {
    const progress = this.pushProgress;
    if (!progress) return;
    const recount = progress.onBatch(event, batch);
    if (recount) this.track(recount);
    if (event !== 'taken') return;
    this.pushMoved?.();
    this.showProgress('push');
  }

  private showProgress(phase: 'push' | 'pull'): void {
    if (this.activeRuns === 0) return;
    const bytes =
      phase === 'push'
        ? this.deps.transport.sentBytes - this.runBytes0.sent
        : this.deps.transport.receivedBytes - this.runBytes0.received;
    if (bytes < PROGRESS_FROM_BYTES) return;
    const now = this.monotonicMs();
    if (now - this.progressEmittedAt < 200) return;
    this.progressEmittedAt = now;
    this.setStatus({
      state: 'syncing',
      progress: {
        phase,
        bytes,
        changes: phase === 'push' ? (this.pushProgress?.changes() ?? null) : null,
      },
    });
  }

  private scheduleStatusTick(delayMs: number): void {
    if (this.stopped) return;
    this.statusTimer = this.deps.scheduler.after(delayMs, () => {
      this.statusTimer = null;
      this.track(
        this.statusTick().finally(() =>
          this.scheduleStatusTick(this.deps.timings.statusIntervalMs),
        ),
      );
    });
  }

  private async statusTick(): Promise<void> {
    const stats = await this.stats();
    if (!stats) return;
    this.setStatus({
      pendingChanges: stats.pending,
      updateRequired: this.deps.hooks.updateRequired(),
      ...(this.deps.enrolled() ? {} : { state: 'local-only' as const }),
    });
    if (
      stats.pending > 0 &&
      this.deps.enrolled() &&
      !this.pushTimer &&
      !this.pushing &&
      this.retryAt <= this.monotonicMs()
    ) {
      // Changes made outside the API (scripts, other services) still go out.
      this.requestPush('pending changes', 'soon');
    }
    await this.checkpointIfDue(stats.walBytes);
  }

  /**
   * Checkpoints when the WAL has passed its threshold (or the interval is up):
   * at every status tick, after every push and pull, which is when a burst
   * of saves or a large pull has just grown it, and while writes stream in.
   */
  private async checkpointIfDue(walBytes: number): Promise<void> {
    const since = this.monotonicMs() - this.lastCheckpointAt;
    if (
      !this.checkpointing &&
      !this.closing &&
      (this.wroteSinceCheckpoint || walBytes > 0) &&
      shouldCheckpoint(walBytes, since, this.deps.timings)
    ) {
      this.checkpointing = this.checkpoint('wal size').finally(() => {
        this.checkpointing = null;
      });
      // Not waited for here: during a long push the checkpoint waits for it to end (the write
      // gate orders them), and the status checks go on meanwhile.
      this.track(this.checkpointing);
    }
  }

  /** Folds the WAL into the database file. Sync databases never do it on their own. */
  async checkpoint(reason: string): Promise<void> {
    const before = await this.stats();
    const t0 = this.monotonicMs();
    const startedAt = new Date(this.deps.clock.nowMs()).toISOString();
    let error: unknown = null;
    try {
      await this.deps.engine.checkpoint();
    } catch (e) {
      error = e;
      this.deps.log?.('checkpoint failed', e);
    }
    this.lastCheckpointAt = this.monotonicMs();
    this.wroteSinceCheckpoint = false;
    this.deps.history.add({
      id: this.deps.ids(),
      kind: 'checkpoint',
      reason: `${reason} (${Math.round((before?.walBytes ?? 0) / 1024)} KiB)`,
      startedAt,
      durationMs: Math.round(this.monotonicMs() - t0),
      ok: error === null,
      changed: false,
      sentBytes: 0,
      receivedBytes: 0,
      pendingBefore: before?.pending ?? 0,
      pendingAfter: before?.pending ?? 0,
      error: error === null ? null : errorText(error),
      errorId: error === null ? null : describeSyncError(errorText(error)).id,
    });
  }

  private monotonicMs(): number {
    return this.deps.clock.monotonicMs();
  }

  /** Read through a call, so a check after an await is not taken as decided by one before it. */
  private isClosing(): boolean {
    return this.closing;
  }

  private settle(promise: Promise<unknown>, ms: number): Promise<void> {
    return settleWithin(this.deps.scheduler, promise, ms);
  }

  /** Keeps timer-started work where `idle()` sees it; its failures are handled where it runs. */
  private track(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) => this.deps.log?.('sync work failed', error));
    this.inFlight.add(tracked);
    void tracked.finally(() => this.inFlight.delete(tracked));
  }
}
