import type { Db } from '@db/client';
import { nowIsoOf, type DataEnv } from '@db/env';
import { readGuessGuard, writeGuessGuard } from '@db/repositories/guess-guards';
import {
  afterWrongTry,
  FRESH_GUESS_STATE,
  GUESS_POLICIES,
  remainingLockMs,
  type GuessKind,
  type GuessState,
} from '@shared/auth/guess-policy';
import type { DeviceUptime } from './device-uptime';

/** What a wrong try did: the count before and after, and the lock it set, if any. */
export interface WrongTry {
  before: GuessState;
  after: GuessState;
  /** How long the lock this try set lasts, or null when it set none. */
  lockedForMs: number | null;
  /** When the lock is expected to end on the wall clock, for people to read. */
  lockedUntilIso: string | null;
}

/** One target, held: no other try at it on this computer runs until the work is done. */
export interface TargetGate {
  /** How much of a lock is left now (0 when not locked). */
  readonly remainingMs: number;
  /** When the lock is expected to end on the wall clock, or null when not locked. */
  readonly lockedUntilIso: string | null;
  /** Counts a wrong try, in the caller's transaction (with its audit row). */
  wrong(tx: Db, clientId: string | null): Promise<WrongTry>;
  /** A right answer: the count and the back-off start afresh. */
  right(tx: Db, clientId: string | null): Promise<void>;
}

/**
 * Wrong tries at passwords, PINs and codes, counted in the database per
 * computer and per target, on the app's uptime (see shared/auth/guess-policy.ts).
 * Tries at one target run one at a time, so parallel guesses cannot all read
 * the count before any of them is written.
 */
export class GuessGuard {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly env: Pick<DataEnv, 'db' | 'clock' | 'deviceId'>,
    private readonly uptime: DeviceUptime,
  ) {}

  async withTarget<T>(
    kind: GuessKind,
    target: string,
    work: (gate: TargetGate) => Promise<T>,
  ): Promise<T> {
    const key = `${kind}|${target}`;
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.open(kind, target, work));
    this.queues.set(key, run);
    try {
      return await run;
    } finally {
      if (this.queues.get(key) === run) this.queues.delete(key);
    }
  }

  private async open<T>(
    kind: GuessKind,
    target: string,
    work: (gate: TargetGate) => Promise<T>,
  ): Promise<T> {
    const { env, uptime } = this;
    const policy = GUESS_POLICIES[kind];
    const row = await readGuessGuard(env.db(), env.deviceId, kind, target);
    const state: GuessState = row
      ? {
          failures: row.failures,
          lockouts: row.lockouts,
          lockedUntilMs: row.lockedUntilUptimeMs,
        }
      : FRESH_GUESS_STATE;
    const remainingMs = remainingLockMs(state, uptime.nowMs());
    const wallIn = (ms: number) => new Date(env.clock.nowMs() + ms).toISOString();
    const write = async (
      tx: Db,
      clientId: string | null,
      next: GuessState,
      lockedAt: string | null,
    ) => {
      await writeGuessGuard(tx, {
        clientId,
        deviceId: env.deviceId,
        kind,
        target,
        failures: next.failures,
        lockouts: next.lockouts,
        lockedUntilUptimeMs: next.lockedUntilMs,
        lockedUntilEstimate:
          next.lockedUntilMs === null ? null : wallIn(next.lockedUntilMs - uptime.nowMs()),
        lastLockedAt: lockedAt ?? row?.lastLockedAt ?? null,
        nowIso: nowIsoOf(env),
      });
      await uptime.save(tx);
    };
    return work({
      remainingMs,
      lockedUntilIso: remainingMs > 0 ? wallIn(remainingMs) : null,
      async wrong(tx, clientId) {
        const { state: after, lockedForMs } = afterWrongTry(policy, state, uptime.nowMs());
        const lockedUntilIso = lockedForMs === null ? null : wallIn(lockedForMs);
        await write(tx, clientId, after, lockedForMs === null ? null : nowIsoOf(env));
        return { before: state, after, lockedForMs, lockedUntilIso };
      },
      async right(tx, clientId) {
        if (!row || (state.failures === 0 && state.lockouts === 0)) return;
        await write(tx, clientId, FRESH_GUESS_STATE, null);
      },
    });
  }
}
