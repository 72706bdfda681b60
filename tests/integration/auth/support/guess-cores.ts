import { createCore, type Core } from '@main/app/core';
import { sequentialIds } from '@shared/ids';
import { ManualClock } from '@shared/time';
import { clientOf, DEMO_PASSWORD, TEST_SCRYPT, type TestClient } from '../../../helpers/core';
import { manualScheduler } from '../../../helpers/exam';
import { tempDir } from '../../../helpers/temp-dir';

/**
 * One computer that can be restarted: each `open()` is a new core (a new
 * process) on the same data folder, with its own id stream; the wall clock
 * and the monotonic clock are moved by the test, as a person or the OS would.
 */
export class Computer {
  readonly dataDir = tempDir('exam-guess-');
  readonly clock = new ManualClock();
  core!: Core;
  private runs = 0;

  async open(): Promise<Core> {
    this.runs += 1;
    this.core = await createCore({
      dataDir: this.dataDir,
      clock: this.clock,
      ids: sequentialIds(Date.UTC(2026, 0, 1) + this.runs * 1e9, this.runs),
      scrypt: TEST_SCRYPT,
      seedDemo: true,
      startSync: false,
      logError: () => undefined,
      scheduler: manualScheduler(),
    });
    return this.core;
  }

  /** Quits the app; `downMs` passes on the wall clock before it starts again. */
  async restart(downMs = 0): Promise<Core> {
    await this.core.close();
    this.clock.jumpWall(downMs);
    // A new process: its monotonic clock starts from an arbitrary origin.
    this.clock.restartMonotonic(5_000);
    return this.open();
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<TestClient> {
    const client = clientOf(this.core);
    await client.ok('auth.signIn', { email, password });
    return client;
  }

  async close(): Promise<void> {
    await this.core.close();
  }
}

/** "ok", or the error's code and message, for compact assertions. */
export function outcome(result: {
  ok: boolean;
  error?: { code: string; message: string };
}): string {
  return result.ok ? 'ok' : `${result.error?.code ?? ''}: ${result.error?.message ?? ''}`;
}

export const MINUTE = 60_000;
