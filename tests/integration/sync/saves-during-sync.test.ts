import { describe, expect, it } from 'vitest';
import { WRITE_RETRY } from '@db/retry';
import { DatabaseSlot } from '@db/slot';
import { syncEngineOf } from '@db/sync/engine';
import { transactionRunner } from '@db/transaction';
import { openTestDatabase } from '../../helpers/test-db';
import { clientOf, DEMO_PASSWORD, demoEmail } from '../../helpers/core';
import { startSyncServer } from '../../helpers/sync-server';
import { enrol, enrolledPair, newDevice, rows, type Device } from './support/devices';
import { saveUntil, startExam, type SaveOutcome } from './support/exam-saves';

/** Pulls that must apply the other computer's saves mid-stream; the soak (`npm run soak:sync`) runs more. */
const CHANGED_PULLS = Number(process.env.SYNC_SAVE_PULLS ?? 12);
/**
 * Wall time the loops may take per such pull before they stop and the test
 * fails on the count. Not a speed target: each "Sync now" pushes what waits
 * before it pulls, two pushes and a pull with saves streaming in, about 2.5 s
 * on a loaded 2-core machine; the rest of the test's time is for its setup and checks.
 */
const WALL_MS_PER_PULL = 8_000;

interface SyncLoop {
  /** The errors of the runs that failed. */
  failed: string[];
  /** Pulls that brought changes. */
  changedPulls: number;
}

/** Runs "Sync now" on a device back to back until `stop()`. */
async function syncNowUntil(device: Device, loop: SyncLoop, stop: () => boolean): Promise<void> {
  while (!stop()) {
    const status = await device.core.sync.syncNow();
    if (status.lastError) loop.failed.push(status.lastError);
    const [newest] = device.core.sync.historyList(1);
    if (newest?.kind === 'pull' && newest.changed) loop.changedPulls += 1;
  }
}

/** A proctor signing in over and over (each sign-in writes its bookkeeping and an audit row). */
async function signInUntil(
  device: Device,
  stop: () => boolean,
): Promise<{ count: number; failures: string[] }> {
  const outcome = { count: 0, failures: [] as string[] };
  while (!stop()) {
    const result = await clientOf(device.core).call('auth.signIn', {
      email: demoEmail.proctor,
      password: DEMO_PASSWORD,
    });
    outcome.count += 1;
    if (!result.ok) outcome.failures.push(`${result.error.code}: ${result.error.message}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return outcome;
}

function failedRuns(device: Device, kind: 'push' | 'pull' | 'checkpoint'): string[] {
  return device.core.sync
    .historyList(10_000)
    .filter((run) => run.kind === kind && !run.ok)
    .map((run) => run.error ?? '');
}

async function storedAnswers(device: Device, attemptId: string): Promise<Map<string, string>> {
  const stored = await rows<{ question_id: string; student_answer: string }>(
    device,
    'SELECT question_id, student_answer FROM attempt_answers WHERE attempt_id = ?',
    attemptId,
  );
  return new Map(stored.map((r) => [r.question_id, r.student_answer]));
}

function expectAllKept(outcome: SaveOutcome, stored: Map<string, string>): void {
  expect(outcome.acknowledged.size).toBeGreaterThan(0);
  for (const [questionId, answer] of outcome.acknowledged) {
    expect(stored.get(questionId)).toBe(JSON.stringify(answer));
  }
}

describe('saves while sync runs', () => {
  it(
    'two enrolled computers save back to back, and staff sign in, while both run Sync now over and over: no write fails, no pull fails',
    async () => {
      const server = await startSyncServer();
      const { a, b } = await enrolledPair(server);
      const onA = await startExam(a, 'student1');
      const onB = await startExam(b, 'student2');
      // Until each has applied enough of the other's saves mid-stream.
      const syncA: SyncLoop = { failed: [], changedPulls: 0 };
      const syncB: SyncLoop = { failed: [], changedPulls: 0 };
      const enough = () =>
        syncA.changedPulls >= CHANGED_PULLS && syncB.changedPulls >= CHANGED_PULLS;
      const deadline = Date.now() + WALL_MS_PER_PULL * CHANGED_PULLS;
      const stop = () => enough() || Date.now() > deadline;
      const [savesA, savesB, signIns] = await Promise.all([
        saveUntil(onA, stop),
        saveUntil(onB, stop),
        signInUntil(a, stop),
        syncNowUntil(a, syncA, stop),
        syncNowUntil(b, syncB, stop),
      ]);
      expect(enough(), 'pulls that applied the other computer’s saves').toBe(true);
      expect(savesA.saves + savesB.saves).toBeGreaterThan(200);
      expect(savesA.failures).toEqual([]);
      expect(savesB.failures).toEqual([]);
      expect(signIns.count).toBeGreaterThan(0);
      expect(signIns.failures).toEqual([]);
      expect(syncA.failed).toEqual([]);
      expect(syncB.failed).toEqual([]);
      expect(failedRuns(a, 'pull')).toEqual([]);
      expect(failedRuns(b, 'pull')).toEqual([]);
      expectAllKept(savesA, await storedAnswers(a, onA.session.attemptId));
      expectAllKept(savesB, await storedAnswers(b, onB.session.attemptId));
      // And each computer's last answers reached the other one.
      await a.core.sync.syncNow();
      await b.core.sync.syncNow();
      await a.core.sync.syncNow();
      expectAllKept(savesB, await storedAnswers(a, onB.session.attemptId));
      expectAllKept(savesA, await storedAnswers(b, onA.session.attemptId));
    },
    60_000 + WALL_MS_PER_PULL * CHANGED_PULLS,
  );
});

describe('checkpoints while saves stream in', () => {
  it('every checkpoint succeeds between two saves and empties the WAL', async () => {
    const server = await startSyncServer();
    const device = await enrol(await newDevice(), server, 'Lab PC C');
    await device.core.sync.syncNow();
    const taker = await startExam(device, 'student1');
    let checkpoints = 0;
    const stop = () => checkpoints >= 15;
    const walAfter: number[] = [];
    const [saves] = await Promise.all([
      saveUntil(taker, stop),
      (async () => {
        while (!stop()) {
          // Let some saves fill the WAL, then fold it while they keep coming.
          await new Promise((resolve) => setTimeout(resolve, 50));
          await device.core.sync.runner.checkpoint('test');
          checkpoints += 1;
          walAfter.push((await device.core.sync.runner.stats())?.walBytes ?? -1);
        }
      })(),
    ]);
    expect(saves.failures).toEqual([]);
    expect(saves.saves).toBeGreaterThan(checkpoints);
    expect(failedRuns(device, 'checkpoint')).toEqual([]);
    // Each checkpoint left at most the saves that came in after it.
    expect(Math.max(...walAfter)).toBeLessThan(1024 * 1024);
    expectAllKept(saves, await storedAnswers(device, taker.session.attemptId));
  }, 120_000);
});

describe('pulls that bring schema changes while transactions stream in', () => {
  it('every transaction commits and every pull applies, with no retry needed', async () => {
    const server = await startSyncServer();
    // Both change their schema after opening, which the app does only in its migrations at open
    // (and then pushes with the engine's own statements): so do these (see db/sync/compact-push.ts).
    const remote = { url: () => server.url, compactPush: false };
    const a = await openTestDatabase({ skipMigrations: true, remote });
    await a.client.exec('CREATE TABLE saves (id TEXT PRIMARY KEY, v TEXT)');
    await a.client.push();
    const b = await openTestDatabase({ skipMigrations: true, remote });
    const retried: string[] = [];
    const transaction = transactionRunner(() => a, {
      ...WRITE_RETRY,
      onRetry: (error) => retried.push(String(error)),
    });
    const engine = syncEngineOf(new DatabaseSlot(a));
    let done = false;
    const failed: string[] = [];
    let committed = 0;
    const writing = (async () => {
      for (let i = 0; !done; i += 1) {
        try {
          await transaction(async ({ sql }) => {
            await sql.get('SELECT count(*) AS n FROM saves');
            await sql.run('INSERT INTO saves (id, v) VALUES (?, ?)', `a-${i}`, 'answer');
          });
          committed += 1;
        } catch (error) {
          failed.push(String(error));
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const pullFailures: string[] = [];
    for (let round = 0; round < 10; round += 1) {
      // Another computer migrates the shared database; this one pulls the new schema mid-stream.
      await b.client.exec(`ALTER TABLE saves ADD COLUMN extra_${round} TEXT`);
      await b.client.exec(`CREATE TABLE IF NOT EXISTS added_${round} (id TEXT PRIMARY KEY)`);
      await b.client.push();
      await engine.pull().catch((error: unknown) => pullFailures.push(String(error)));
    }
    done = true;
    await writing;
    expect(failed).toEqual([]);
    expect(pullFailures).toEqual([]);
    expect(retried).toEqual([]);
    expect(committed).toBeGreaterThan(10);
    const columns = (await a.client.all('PRAGMA table_info(saves)')) as Array<{ name: string }>;
    expect(columns.map((c) => c.name)).toContain('extra_9');
    expect(await a.client.get('SELECT count(*) AS n FROM saves')).toEqual({ n: committed });
  }, 60_000);
});
