import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@db/open';
import { startSyncServer, type SyncServer } from '../../helpers/sync-server';
import { tempDir } from '../../helpers/temp-dir';
import { bundleChild, runChild } from './support/child-process';
import { rmSync } from 'node:fs';

/** At least 200 in the suite; `npm run soak:sync` runs more (SYNC_KILL_ITERATIONS). */
const ITERATIONS = Number(process.env.SYNC_KILL_ITERATIONS ?? 200);
/** Kills with the app's transport on the wire (half as many: the engine path above runs the full count). */
const WIRE_ITERATIONS = Math.max(1, Math.floor(ITERATIONS / 2));
const ANSWERS_PER_RUN = 12;

let script = '';
beforeAll(async () => {
  script = await bundleChild(join(import.meta.dirname, 'support/push-child.ts'));
});
afterAll(() => {
  rmSync(script, { force: true });
});

/** A deterministic stream of numbers in [0, 1), so a failing run can be replayed from its seed. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

interface KillRuns {
  /** Answers whose commit returned, over every run. */
  reported: Set<string>;
  killedInPush: number;
  killedInWrites: number;
  /** Kills within 25 ms of a request of merged statements going out. */
  killedAfterMergedSend: number;
  /** Every line the runs printed. */
  lines: string[];
  seed: number;
  path: string;
}

/**
 * `iterations` runs of the device process, each killed with SIGKILL during its
 * writes or (three in four) during its push, then one run not killed that
 * sends what is left. `wire` runs push through the app's sync transport,
 * after a first run that pushes and pulls its schema change.
 */
async function killRuns(
  server: SyncServer,
  iterations: number,
  mode: 'engine' | 'wire',
): Promise<KillRuns> {
  const path = join(tempDir('exam-kill-'), 'exam.db');
  const seed = Number(process.env.SYNC_KILL_SEED ?? Date.now() % 1_000_000);
  const next = random(seed);
  const extra = mode === 'wire' ? ['wire'] : [];
  const out: KillRuns = {
    reported: new Set(),
    killedInPush: 0,
    killedInWrites: 0,
    killedAfterMergedSend: 0,
    lines: [],
    seed,
    path,
  };
  if (mode === 'wire') {
    const setup = runChild(script, [path, server.url, '0', ...extra]);
    expect(await setup.exited, `setup run (seed ${seed})`).toMatchObject({ code: 0 });
  }
  for (let i = 0; i < iterations; i += 1) {
    const run = runChild(script, [path, server.url, String(ANSWERS_PER_RUN), ...extra]);
    // The first two runs cover one kind each; the rest are drawn (three in four during a push).
    const duringPush = i === 0 ? false : i === 1 ? true : next() < 0.75;
    // On the wire, half of those wait for a request of merged statements to go out.
    const atMerged = duringPush && mode === 'wire' && next() < 0.5;
    if (duringPush) {
      const started = await run.waitForLine((l) => l === (atMerged ? 'merged' : 'push-start'));
      if (started && atMerged) out.killedAfterMergedSend += 1;
      if (started) {
        await new Promise((r) => setTimeout(r, Math.floor(next() * 25)));
        out.killedInPush += 1;
      }
    } else {
      const at = 1 + Math.floor(next() * ANSWERS_PER_RUN);
      await run.waitForLine(
        (l) =>
          l.startsWith('committed') &&
          run.lines.filter((x) => x.startsWith('committed')).length >= at,
      );
      out.killedInWrites += 1;
    }
    run.child.kill('SIGKILL');
    const exit = await run.exited;
    for (const line of run.lines)
      if (line.startsWith('committed ')) out.reported.add(line.slice(10));
    out.lines.push(...run.lines);
    expect(exit.code === 3 ? exit.stderr : '', `iteration ${i} (seed ${seed})`).toBe('');
  }
  // One last run, not killed, sends whatever is left.
  const last = runChild(script, [path, server.url, '0', ...extra]);
  const exit = await last.exited;
  out.lines.push(...last.lines);
  expect(exit, `final push (seed ${seed})`).toMatchObject({ code: 0 });
  return out;
}

/** Every answer whose commit returned is on the device and the server, with the same rows on both, none twice. */
async function expectNothingLost(server: SyncServer, runs: KillRuns): Promise<void> {
  const local = await openDatabase({ path: runs.path, remote: { url: () => server.url } });
  try {
    const answers =
      'SELECT id, attempt_id, question_id, student_answer FROM attempt_answers ORDER BY id';
    const localRows = (await local.client.all(answers)) as Array<{ id: string }>;
    const localIds = localRows.map((r) => r.id);
    const serverRows = await server.query(answers);
    for (const id of runs.reported) expect(localIds, `seed ${runs.seed}`).toContain(id);
    expect(serverRows).toEqual(localRows);
    expect(new Set(localIds).size).toBe(localIds.length);
    const localElapsed = await local.client.all('SELECT id, elapsed_ms FROM attempts ORDER BY id');
    const serverElapsed = await server.query('SELECT id, elapsed_ms FROM attempts ORDER BY id');
    expect(serverElapsed).toEqual(localElapsed);
    expect(await local.client.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(await server.query('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  } finally {
    await local.close();
  }
}

describe('a device killed with SIGKILL at random points', () => {
  it(
    `loses and duplicates nothing over ${ITERATIONS} kills during writes and pushes`,
    async () => {
      const server = await startSyncServer();
      const runs = await killRuns(server, ITERATIONS, 'engine');
      await expectNothingLost(server, runs);
      // Most kills land in a push (three in four are aimed there); short runs only need one.
      expect(runs.killedInPush).toBeGreaterThan(ITERATIONS >= 100 ? ITERATIONS / 2 : 0);
      expect(runs.killedInWrites).toBeGreaterThan(0);
    },
    3 * 60 * 60_000,
  );

  it(
    `loses and duplicates nothing over ${WIRE_ITERATIONS} kills while compact statements go merged on the wire`,
    async () => {
      const server = await startSyncServer();
      const runs = await killRuns(server, WIRE_ITERATIONS, 'wire');
      await expectNothingLost(server, runs);
      const modes = runs.lines.filter((l) => l.startsWith('mode '));
      // Every run after the first opened compact, and pushes carried merged statements.
      expect(new Set(modes)).toEqual(new Set(['mode compact']));
      expect(modes.length).toBe(WIRE_ITERATIONS + 1);
      expect(runs.killedAfterMergedSend).toBeGreaterThan(WIRE_ITERATIONS / 5);
      expect(runs.killedInPush).toBeGreaterThan(WIRE_ITERATIONS >= 100 ? WIRE_ITERATIONS / 2 : 0);
    },
    3 * 60 * 60_000,
  );
});
