import type { SyncRun } from '@shared/domain/sync';
import type { Device } from './devices';

/** Past this many timers in one run, a timer is re-arming itself with no delay. */
const MAX_STEPS = 50_000;

/** Lets what the device's timers started finish: real I/O on the real server, in no simulated time. */
export async function settled(device: Device): Promise<void> {
  await device.core.sync.runner.idle();
  await device.core.exam.runtime.idle();
}

/**
 * Moves the device's time forward by `ms`, one timer at a time: each timer runs
 * at its moment, and what it started (a push, a pull) finishes before time
 * moves on, as if the network took no time.
 */
export async function runFor(device: Device, ms: number): Promise<void> {
  const end = device.time.clock.monotonicMs() + ms;
  await step(device, end, () => false);
  device.time.advanceTo(end);
  await settled(device);
}

/**
 * Runs time as `runFor` does until `check` holds, and returns how much
 * simulated time that took; fails, naming `what`, once `withinMs` pass first.
 */
export async function runUntil(
  device: Device,
  what: string,
  check: () => boolean | Promise<boolean>,
  withinMs: number,
): Promise<number> {
  const start = device.time.clock.monotonicMs();
  if (await step(device, start + withinMs, check)) {
    return device.time.clock.monotonicMs() - start;
  }
  throw new Error(`${what} did not happen within ${withinMs} ms of simulated time`);
}

async function step(
  device: Device,
  endMs: number,
  check: () => boolean | Promise<boolean>,
): Promise<boolean> {
  await settled(device);
  for (let steps = 0; steps < MAX_STEPS; steps += 1) {
    if (await check()) return true;
    const next = device.time.nextDueMs();
    if (next === null || next > endMs) return false;
    device.time.advanceTo(next);
    await settled(device);
  }
  throw new Error(`more than ${MAX_STEPS} timers ran: something re-arms itself with no delay`);
}

/**
 * Starts the runner's loops a second after whatever ran by hand before (so
 * their runs are told apart in the history) and returns the wall time then.
 */
export function startLoops(device: Device): number {
  device.time.advance(1_000);
  device.core.sync.start();
  return device.time.clock.nowMs();
}

/** The device's sync runs of one kind, oldest first, with when each began in ms after `sinceMs` (wall). */
export function runsSince(
  device: Device,
  kind: SyncRun['kind'],
  sinceMs: number,
): Array<SyncRun & { atMs: number }> {
  return device.core.sync
    .historyList(10_000)
    .reverse()
    .filter((run) => run.kind === kind && Date.parse(run.startedAt) >= sinceMs)
    .map((run) => ({ ...run, atMs: Date.parse(run.startedAt) - sinceMs }))
    .sort((a, b) => a.atMs - b.atMs);
}
