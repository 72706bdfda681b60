/**
 * Time sources. Wall time is for records people read; the monotonic clock is for
 * measuring durations (the exam clock), because the wall clock can be changed.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch (wall clock; may jump). */
  nowMs(): number;
  /** Milliseconds on a clock that never goes backwards (does not count across a restart). */
  monotonicMs(): number;
}

export function isoFromMs(ms: number): string {
  return new Date(ms).toISOString();
}

export function nowIso(clock: Clock): string {
  return isoFromMs(clock.nowMs());
}

/** A clock a test drives by hand. */
export class ManualClock implements Clock {
  private wall: number;
  private mono: number;

  constructor(startWallMs = Date.UTC(2026, 5, 1, 9, 0, 0), startMonoMs = 1_000) {
    this.wall = startWallMs;
    this.mono = startMonoMs;
  }

  nowMs(): number {
    return this.wall;
  }

  monotonicMs(): number {
    return this.mono;
  }

  /** Time passes normally: both clocks move. */
  advance(ms: number): void {
    this.wall += ms;
    this.mono += ms;
  }

  /** Someone changes the system clock: only the wall clock moves. */
  jumpWall(ms: number): void {
    this.wall += ms;
  }

  /** The process restarts: the monotonic clock starts again from an arbitrary origin. */
  restartMonotonic(originMs = 1_000): void {
    this.mono = originMs;
  }
}
