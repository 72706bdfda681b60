/**
 * `npm run bench:push`: the push and import growth figures
 * (tests/bench/growth/push-phase.ts) on their own. Prints a table and writes
 * bench-results/push.json.
 *
 * PUSH_BENCH_SIZES (default 10000,30000,100000) sets the backlogs of unsent
 * answer saves, PUSH_BENCH_IMPORT (default 50000; 0 skips it) the question
 * import, and PUSH_BENCH_THRESHOLDS (default none; say 64,128,256,512,1024)
 * compares pushOperationsThreshold values with the engine's push alone on the
 * smallest backlog, which is what the threshold was chosen on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_IMPORT_QUESTIONS, DEFAULT_SAVES, measurePushGrowth } from '../growth/push-phase';
import type { PushRun } from './push-child';

const root = resolve(import.meta.dirname, '../../..');
const MiB = 1024 * 1024;
const numbers = (text: string | undefined, fallback: readonly number[]) =>
  text === undefined
    ? [...fallback]
    : text
        .split(',')
        .map(Number)
        .filter((n) => n > 0);

async function main(): Promise<void> {
  const table: string[][] = [];
  const round = (n: number) => (Math.round(n * 10) / 10).toString();
  const results = await measurePushGrowth(undefined, {
    saves: numbers(process.env.PUSH_BENCH_SIZES, DEFAULT_SAVES),
    importQuestions: Number(process.env.PUSH_BENCH_IMPORT ?? DEFAULT_IMPORT_QUESTIONS),
    thresholds: numbers(process.env.PUSH_BENCH_THRESHOLDS, []),
    onRun: (_key, label, run: PushRun, ok) => {
      table.push([
        label,
        (run.ms / 1000).toFixed(1),
        String(run.pushBatches),
        (run.maxRequestBytes / MiB).toFixed(2),
        (run.sentBytes / MiB).toFixed(1),
        `${Math.round(run.rssBeforeMb)} → ${Math.round(run.peakRssMb)}`,
        String(Math.round(run.longestStallMs)),
        `${round(run.saveP50Ms)} / ${round(run.saveP99Ms)} / ${round(run.saveMaxMs)} (${run.saves})`,
        ok ? 'yes' : 'NO',
      ]);
    },
  });
  const header = [
    'run',
    'push s',
    'batches',
    'largest MB',
    'sent MB',
    'RSS MB before → peak',
    'stall ms',
    'save p50/p99/max ms (n)',
    'all once',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log('\nPush benchmark (loopback, tursodb --sync-server)\n');
  console.log(line(header));
  for (const row of table) console.log(line(row));
  console.log('');
  for (const key of [
    'push_100k_ok',
    'push_100k_peak_rss_mb',
    'push_max_request_mb',
    'import_50k_push_ok',
  ])
    console.log(`${key} ${String(results[key] ?? 'not measured')}`);
  console.log(
    'targets: push_100k_ok 1, push_100k_peak_rss_mb < 600, push_max_request_mb <= 16, import_50k_push_ok 1',
  );
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'push.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${join(outDir, 'push.json')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
