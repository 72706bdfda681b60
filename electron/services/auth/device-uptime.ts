import type { Db } from '@db/client';
import type { DataEnv } from '@db/env';
import { nowIsoOf } from '@db/env';
import { readDeviceUptime, saveDeviceUptime } from '@db/repositories/guess-guards';

/**
 * How long the app has run on this computer, summed across restarts: the clock
 * lockouts run on. It advances with the monotonic clock while the app runs and
 * resumes from the last recorded value after a restart, so neither moving the
 * wall clock nor restarting the app brings a lock's end nearer. It is recorded
 * with every wrong try and when the app closes; after a crash it resumes from
 * the last record, so a lock then lasts longer, never shorter.
 */
export class DeviceUptime {
  private base = 0;
  private anchor: number;

  constructor(private readonly env: Pick<DataEnv, 'db' | 'clock' | 'deviceId'>) {
    this.anchor = env.clock.monotonicMs();
  }

  /** Reads the recorded uptime; called once at start, before any try is checked. */
  async load(): Promise<void> {
    const recorded = await readDeviceUptime(this.env.db(), this.env.deviceId);
    this.base = Math.max(this.nowMs(), recorded);
    this.anchor = this.env.clock.monotonicMs();
  }

  nowMs(): number {
    return this.base + Math.max(0, this.env.clock.monotonicMs() - this.anchor);
  }

  async save(db: Db = this.env.db()): Promise<void> {
    await saveDeviceUptime(db, this.env.deviceId, this.nowMs(), nowIsoOf(this.env));
  }
}
