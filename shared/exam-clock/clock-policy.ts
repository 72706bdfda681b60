/**
 * Exam clock maths. Time used is measured on the monotonic clock while the app
 * runs; the wall clock is only trusted to measure gaps the monotonic clock
 * cannot see (the machine asleep, the app down), and never to give time back.
 *
 * The policy, in short (README "Exam clock"):
 * - running: each step charges the monotonic time that passed. A wall-clock
 *   change (either way) does not move the exam clock; it is reported as a
 *   clock jump when the two clocks disagree by more than CLOCK_JUMP_THRESHOLD_MS.
 * - asleep: a step across a suspend charges the longer of the monotonic and
 *   the wall-clock time, so sleeping the machine never stops the clock, and
 *   a platform whose monotonic clock counts sleep is not charged twice.
 * - down (crash, kill, power cut, restart): on restart the wall-clock gap since
 *   the last persisted tick is charged. The exam is not paused by crashing.
 *   If the wall clock now reads earlier than that tick, the gap cannot be
 *   measured: nothing more is charged and a backward clock jump is reported.
 *   A proctor can give time back with an audited extension.
 */

export interface ClockReading {
  /** Monotonic milliseconds (origin arbitrary, restarts with the process). */
  monoMs: number;
  /** Wall-clock milliseconds since the epoch. */
  wallMs: number;
}

export interface RunningClock {
  /** Time charged to the attempt so far. */
  elapsedMs: number;
  lastMonoMs: number;
  lastWallMs: number;
}

export type ClockAnomaly =
  | { kind: 'clock_jump'; direction: 'forward' | 'backward'; driftMs: number }
  | { kind: 'suspend'; sleptMs: number }
  | { kind: 'restart'; downtimeMs: number; measurable: boolean };

export interface ClockStep {
  clock: RunningClock;
  chargedMs: number;
  anomaly: ClockAnomaly | null;
}

/** Wall and monotonic clocks may drift apart by this much in one step before it counts as a jump. */
export const CLOCK_JUMP_THRESHOLD_MS = 5_000;

/** The timer warns the student when this much time is left. */
export const TIME_WARNINGS_MS = [10 * 60_000, 60_000] as const;

export function startClock(now: ClockReading, elapsedMs = 0): RunningClock {
  return { elapsedMs, lastMonoMs: now.monoMs, lastWallMs: now.wallMs };
}

/** One step of a running clock. `slept` says a suspend/resume happened since the last step. */
export function advanceClock(
  clock: RunningClock,
  now: ClockReading,
  options: { slept: boolean } = { slept: false },
): ClockStep {
  const monoDelta = Math.max(0, now.monoMs - clock.lastMonoMs);
  const wallDelta = now.wallMs - clock.lastWallMs;
  let chargedMs = monoDelta;
  let anomaly: ClockAnomaly | null = null;
  if (options.slept) {
    chargedMs = Math.max(monoDelta, wallDelta);
    anomaly = { kind: 'suspend', sleptMs: chargedMs - monoDelta };
  } else {
    const drift = wallDelta - monoDelta;
    if (Math.abs(drift) > CLOCK_JUMP_THRESHOLD_MS) {
      anomaly = {
        kind: 'clock_jump',
        direction: drift > 0 ? 'forward' : 'backward',
        driftMs: drift,
      };
    }
  }
  return {
    clock: {
      elapsedMs: clock.elapsedMs + chargedMs,
      lastMonoMs: now.monoMs,
      lastWallMs: now.wallMs,
    },
    chargedMs,
    anomaly,
  };
}

/**
 * A clock revived after the app was down. `persistedAtMs` is the wall time
 * the elapsed time was last persisted (null for a row from a client that did
 * not record it: nothing is charged).
 */
export function resumeClock(
  persisted: { elapsedMs: number; persistedAtMs: number | null },
  now: ClockReading,
): ClockStep {
  const gap = persisted.persistedAtMs === null ? 0 : now.wallMs - persisted.persistedAtMs;
  const measurable = persisted.persistedAtMs !== null && gap >= 0;
  const chargedMs = measurable ? gap : 0;
  return {
    clock: startClock(now, persisted.elapsedMs + chargedMs),
    chargedMs,
    anomaly:
      persisted.persistedAtMs !== null && gap < 0
        ? { kind: 'clock_jump', direction: 'backward', driftMs: gap }
        : { kind: 'restart', downtimeMs: chargedMs, measurable },
  };
}

/** Time left, or null for an untimed attempt. Never negative. */
export function remainingMs(
  elapsedMs: number,
  limitMs: number | null,
  extraMs: number,
): number | null {
  if (limitMs === null) return null;
  return Math.max(0, limitMs + extraMs - elapsedMs);
}

/** The warnings (ms thresholds) crossed going from `before` to `after` time left. */
export function crossedWarnings(before: number | null, after: number | null): number[] {
  if (before === null || after === null) return [];
  return TIME_WARNINGS_MS.filter((t) => before > t && after <= t);
}

/** `mm:ss`, or `h:mm:ss` from an hour up; for the timer and the proctor console. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
