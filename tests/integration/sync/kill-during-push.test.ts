import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@db/open';
import { startSyncServer } from '../../helpers/sync-server';
import { tempDir } from '../../helpers/temp-dir';
import { bundleChild, runChild } from './support/child-process';
import { rmSync } from 'node:fs';

/** At least 200 in the suite; `npm run soak:sync` runs more (SYNC_KILL_ITERATIONS). */
const ITERATIONS = Number(process.env.SYNC_KILL_ITERATIONS ?? 200);
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

describe('a device killed with SIGKILL at random points', () => {
  it(
    `loses and duplicates nothing over ${ITERATIONS} kills during writes and pushes`,
    async () => {
      const server = await startSyncServer();
      const path = join(tempDir('exam-kill-'), 'exam.db');
      const seed = Number(process.env.SYNC_KILL_SEED ?? Date.now() % 1_000_000);
      const next = random(seed);
      const reported = new Set<string>();
      let killedInPush = 0;
      let killedInWrites = 0;
      for (let i = 0; i < ITERATIONS; i += 1) {
        const run = runChild(script, [path, server.url, String(ANSWERS_PER_RUN)]);
        // The first two runs cover one kind each; the rest are drawn (three in four during a push).
        const duringPush = i === 0 ? false : i === 1 ? true : next() < 0.75;
        if (duringPush) {
          const started = await run.waitForLine((l) => l === 'push-start');
          if (started) {
            await new Promise((r) => setTimeout(r, Math.floor(next() * 25)));
            killedInPush += 1;
          }
        } else {
          const at = 1 + Math.floor(next() * ANSWERS_PER_RUN);
          await run.waitForLine(
            (l) =>
              l.startsWith('committed') &&
              run.lines.filter((x) => x.startsWith('committed')).length >= at,
          );
          killedInWrites += 1;
        }
        run.child.kill('SIGKILL');
        const exit = await run.exited;
        for (const line of run.lines)
          if (line.startsWith('committed ')) reported.add(line.slice(10));
        expect(exit.code === 3 ? exit.stderr : '', `iteration ${i} (seed ${seed})`).toBe('');
      }
      // One last run, not killed, sends whatever is left.
      const last = runChild(script, [path, server.url, '0']);
      const exit = await last.exited;
      expect(exit, `final push (seed ${seed})`).toMatchObject({ code: 0 });

      const local = await openDatabase({ path, remote: { url: () => server.url } });
      try {
        const localIds = (
          (await local.client.all('SELECT id FROM attempt_answers')) as Array<{ id: string }>
        )
          .map((r) => r.id)
          .sort();
        const serverRows = await server.query('SELECT id FROM attempt_answers');
        const serverIds = serverRows.map((r) => String(r.id)).sort();
        // Every answer whose commit returned is there, the server has exactly the local rows, and none twice.
        for (const id of reported) expect(localIds).toContain(id);
        expect(serverIds).toEqual(localIds);
        expect(new Set(serverIds).size).toBe(serverIds.length);
        const localElapsed = await local.client.all(
          'SELECT id, elapsed_ms FROM attempts ORDER BY id',
        );
        const serverElapsed = await server.query('SELECT id, elapsed_ms FROM attempts ORDER BY id');
        expect(serverElapsed).toEqual(localElapsed);
        expect(await local.client.all('PRAGMA integrity_check')).toEqual([
          { integrity_check: 'ok' },
        ]);
        expect(await server.query('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
        // Most kills land in a push (three in four are aimed there); short runs only need one.
        expect(killedInPush).toBeGreaterThan(ITERATIONS >= 100 ? ITERATIONS / 2 : 0);
        expect(killedInWrites).toBeGreaterThan(0);
      } finally {
        await local.close();
      }
    },
    3 * 60 * 60_000,
  );
});
