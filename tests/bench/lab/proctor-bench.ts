import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '@main/app/core';
import { percentile } from '../admin/stats';
import { signIn } from './api';
import { seedProctorConsole } from './proctor-fixture';

export interface ProctorConsoleFigures {
  attempts: number;
  medianMs: number;
  p95Ms: number;
  /** The process's CPU time per read: what the read costs, whatever else the machine runs. */
  cpuMedianMs: number;
}

const RUNS = 30;

/**
 * The proctor console's progress read (`proctor.attempts`, through the router
 * as the console calls it) on a database with `live` attempts on the console
 * and `history` older ones; checks its counts against the rows written.
 */
export async function benchProctorConsole(
  scratch: string,
  counts: { live: number; history: number },
): Promise<ProctorConsoleFigures> {
  const core = await createCore({
    dataDir: join(scratch, 'proctor-console'),
    seedDemo: true,
    startSync: false,
    logError: () => undefined,
  });
  try {
    const truth = await seedProctorConsole(core, counts);
    const proctor = await signIn(core, 'bench-proctor', 'proctor@northfield.example');
    const read = () => proctor.ok('proctor.attempts', {});
    const rows = await read();
    const wrong = rows.filter(
      (r) =>
        r.answeredCount !== truth.answered.get(r.attemptId) ||
        r.questionCount !== truth.questionCount,
    );
    if (rows.length !== truth.answered.size || wrong.length > 0) {
      throw new Error(
        `the proctor console shows ${String(rows.length)} attempts (${String(truth.answered.size)} live), ${String(wrong.length)} with wrong counts`,
      );
    }
    for (let i = 0; i < 3; i += 1) await read();
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await read();
      times.push(performance.now() - t0);
      const used = process.cpuUsage(c0);
      cpu.push((used.user + used.system) / 1_000);
    }
    return {
      attempts: rows.length,
      medianMs: percentile(times, 50),
      p95Ms: percentile(times, 95),
      cpuMedianMs: percentile(cpu, 50),
    };
  } finally {
    await core.close();
  }
}
