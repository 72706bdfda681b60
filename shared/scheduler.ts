import { ManualClock } from './time';

/** Stops a timer. Calling it again, or after a one-shot timer ran, does nothing. */
export type Cancel = () => void;

/**
 * Timers for the main-process services (exam clocks, sync pacing). Delays are
 * measured on the monotonic clock. The app passes one on real timers; tests pass
 * a `ManualScheduler` and move time by hand.
 */
export interface Scheduler {
  /** Runs `run` once, `ms` from now (a negative delay counts as 0). */
  after(ms: number, run: () => void): Cancel;
  /** Runs `run` every `ms` (more than 0), the first time `ms` from now. */
  every(ms: number, run: () => void): Cancel;
}

/**
 * Resolves when `promise` settles or `ms` has passed, whichever comes first;
 * never rejects. For bounded waits (quitting, un-enrolling) that must not hang
 * on a dead network.
 */
export async function settleWithin(
  scheduler: Scheduler,
  promise: Promise<unknown>,
  ms: number,
): Promise<void> {
  let cancel: Cancel = () => undefined;
  const elapsed = new Promise<void>((resolve) => {
    cancel = scheduler.after(ms, resolve);
  });
  try {
    await Promise.race([promise.then(noop, noop), elapsed]);
  } finally {
    cancel();
  }
}

const noop = (): void => undefined;

interface ManualTimer {
  id: number;
  dueMs: number;
  /** Set order, so timers due at the same moment run in the order they were set. */
  order: number;
  repeatMs: number | null;
  run: () => void;
}

/**
 * A scheduler a test drives by hand, on a `ManualClock`: nothing runs until the
 * test moves time with `advance`, which steps the clock to each timer's moment
 * in turn and runs it there (wall and monotonic time move together). A timer set
 * by a callback during an advance runs in the same advance if it falls due
 * within it. Moving the clock itself (`clock.advance`) runs nothing; timers it
 * passed run, in order, at the start of the next `advance`.
 */
export class ManualScheduler implements Scheduler {
  private readonly timers = new Map<number, ManualTimer>();
  private nextOrder = 0;

  constructor(readonly clock: ManualClock = new ManualClock()) {}

  after(ms: number, run: () => void): Cancel {
    return this.add(Math.max(0, ms), null, run);
  }

  every(ms: number, run: () => void): Cancel {
    if (!(ms > 0) || !Number.isFinite(ms)) {
      throw new RangeError(`A repeating timer needs an interval above 0 ms, not ${ms}`);
    }
    return this.add(ms, ms, run);
  }

  /** How many timers are set. */
  get size(): number {
    return this.timers.size;
  }

  /** The monotonic time the soonest timer is due at, or null when none is set. */
  nextDueMs(): number | null {
    return this.soonest(Number.POSITIVE_INFINITY)?.dueMs ?? null;
  }

  /** Moves time forward by `ms` (0 runs only what is due now), running timers as they fall due. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`Time only moves forward, not by ${ms} ms`);
    this.advanceTo(this.clock.monotonicMs() + ms);
  }

  /** Moves time forward to the monotonic moment `targetMs` (never back), running timers due by then. */
  advanceTo(targetMs: number): void {
    for (let timer = this.soonest(targetMs); timer; timer = this.soonest(targetMs)) {
      this.moveClockTo(timer.dueMs);
      if (timer.repeatMs === null) this.timers.delete(timer.id);
      else {
        timer.dueMs += timer.repeatMs;
        timer.order = this.nextOrder++;
      }
      timer.run();
    }
    this.moveClockTo(targetMs);
  }

  private add(delayMs: number, repeatMs: number | null, run: () => void): Cancel {
    const id = this.nextOrder++;
    const dueMs = this.clock.monotonicMs() + delayMs;
    this.timers.set(id, { id, dueMs, order: id, repeatMs, run });
    return () => {
      this.timers.delete(id);
    };
  }

  private soonest(byMs: number): ManualTimer | undefined {
    let best: ManualTimer | undefined;
    for (const timer of this.timers.values()) {
      if (timer.dueMs > byMs) continue;
      if (
        !best ||
        timer.dueMs < best.dueMs ||
        (timer.dueMs === best.dueMs && timer.order < best.order)
      ) {
        best = timer;
      }
    }
    return best;
  }

  private moveClockTo(monoMs: number): void {
    const now = this.clock.monotonicMs();
    if (monoMs > now) this.clock.advance(monoMs - now);
  }
}
