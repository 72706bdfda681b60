import { performance } from 'node:perf_hooks';
import type { Core } from '@main/app/core';

/**
 * The engine's floor for a save, on the app's own database: one prepared
 * single-row insert committed on its own, `count` times after 300 to warm
 * up. Returns each commit's wall time in milliseconds.
 */
export async function rawCommitTimes(core: Core, count: number): Promise<number[]> {
  const client = core.database.client;
  await client.exec('CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, v TEXT)');
  const insert = (await client.prepare('INSERT INTO bench_floor (v) VALUES (?)')) as {
    run(...params: unknown[]): Promise<unknown>;
  };
  for (let i = 0; i < 300; i += 1) await insert.run('warm');
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    await insert.run(`row ${i}`);
    times.push(performance.now() - start);
  }
  return times;
}
