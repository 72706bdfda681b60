/**
 * `npm run bench:push`: pushing a backlog of unsent answer saves (the exam
 * engine's own save: answer, clock, audit row, chain head) to the real
 * `tursodb --sync-server` on loopback. Prints a table and writes
 * bench-results/push.json.
 *
 * For each backlog size (PUSH_BENCH_SIZES, default 10000,30000,100000) the
 * app's push runs in a fresh device process on a copy of the backlog:
 * push_{N}_ms, push_{N}_max_request_mb, push_{N}_peak_rss_mb (the device
 * process's peak during the push), push_{N}_rss_before_mb,
 * push_{N}_longest_stall_ms (the longest main-thread stall) and
 * push_{N}_save_p99_ms (an answer saved every 100 ms during the push), and
 * push_{N}_ok (1 when the server then holds every answer once).
 *
 * Then, on the smallest backlog, the engine's push alone at each
 * pushOperationsThreshold in PUSH_BENCH_THRESHOLDS (default 64,128,256,512,1024;
 * empty skips it): threshold_{T}_ms, _max_request_mb, _peak_rss_mb,
 * _longest_stall_ms, _save_p99_ms. This is what the threshold was chosen on.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withServerDatabase } from '@db/server/connection';
import { bundleChild } from '../../integration/sync/support/child-process';
import type { PushRun } from './push-child';
import { startTursoServer } from './tursodb';

const root = resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'exam-bench-push-'));
const sizes = (process.env.PUSH_BENCH_SIZES ?? '10000,30000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
  .sort((a, b) => a - b);
const thresholds = (process.env.PUSH_BENCH_THRESHOLDS ?? '64,128,256,512,1024')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const MiB = 1024 * 1024;

function child(script: string, args: string[]): string {
  const run = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`push-child ${args.join(' ')} exited with ${run.status}`);
  return run.stdout;
}

async function serverAnswers(url: string): Promise<{ rows: number; distinct: number }> {
  const result = await withServerDatabase({ url, token: 'bench' }, (client) =>
    client.execute('SELECT count(*) AS n, count(DISTINCT id) AS d FROM attempt_answers'),
  );
  const row = result.rows[0];
  return { rows: Number(row?.n), distinct: Number(row?.d) };
}

/** A copy of a device and its server as they were, so every push starts from the same backlog. */
interface Snapshot {
  device: string;
  server: string;
  saves: number;
}

async function pushFrom(
  script: string,
  snapshot: Snapshot,
  mode: 'app' | 'engine',
  threshold = 0,
): Promise<PushRun & { onServer: number; everyOnce: boolean }> {
  const device = join(scratch, 'run-device');
  const serverDir = join(scratch, 'run-server');
  rmSync(device, { recursive: true, force: true });
  rmSync(serverDir, { recursive: true, force: true });
  cpSync(snapshot.device, device, { recursive: true });
  cpSync(snapshot.server, serverDir, { recursive: true });
  const server = await startTursoServer(serverDir);
  try {
    const file = join(device, 'device.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { enrolment: { url: string } };
    json.enrolment.url = server.url;
    writeFileSync(file, JSON.stringify(json, null, 2));
    const before = await serverAnswers(server.url);
    const out = child(script, ['push', device, mode, String(threshold), server.url]);
    const run = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as PushRun;
    const after = await serverAnswers(server.url);
    // The saves made during the push went with it in app mode; the backlog itself always must.
    const onServer = after.rows - before.rows;
    return {
      ...run,
      onServer,
      everyOnce: after.rows === after.distinct && onServer >= snapshot.saves,
    };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const script = await bundleChild(join(import.meta.dirname, 'push-child.ts'));
  const device = join(scratch, 'device');
  const serverDir = join(scratch, 'server');
  mkdirSync(serverDir, { recursive: true });
  const server = await startTursoServer(serverDir);
  child(script, ['setup', device, server.url]);
  await server.stop();

  const snapshots: Snapshot[] = [];
  let written = 0;
  for (const size of sizes) {
    const t0 = performance.now();
    child(script, ['write', device, String(size - written), String(written)]);
    console.log(
      `wrote ${size - written} saves in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    written = size;
    const snapshot = {
      device: join(scratch, `device-${size}`),
      server: join(scratch, `server-${size}`),
      saves: size,
    };
    cpSync(device, snapshot.device, { recursive: true });
    cpSync(serverDir, snapshot.server, { recursive: true });
    snapshots.push(snapshot);
  }

  const results: Record<string, number> = {};
  const mb = (bytes: number) => Math.round((bytes / MiB) * 100) / 100;
  const round = (n: number) => Math.round(n * 10) / 10;
  const table: string[][] = [];
  const record = (key: string, label: string, run: PushRun & { everyOnce: boolean }) => {
    results[`${key}_ms`] = Math.round(run.ms);
    results[`${key}_max_request_mb`] = mb(run.maxRequestBytes);
    results[`${key}_peak_rss_mb`] = Math.round(run.peakRssMb);
    results[`${key}_rss_before_mb`] = Math.round(run.rssBeforeMb);
    results[`${key}_longest_stall_ms`] = Math.round(run.longestStallMs);
    results[`${key}_save_p99_ms`] = round(run.saveP99Ms);
    results[`${key}_ok`] = run.ok && run.everyOnce ? 1 : 0;
    table.push([
      label,
      (run.ms / 1000).toFixed(1),
      String(run.pushBatches),
      mb(run.maxRequestBytes).toFixed(2),
      mb(run.sentBytes).toFixed(1),
      `${Math.round(run.rssBeforeMb)} → ${Math.round(run.peakRssMb)}`,
      String(Math.round(run.longestStallMs)),
      `${round(run.saveP50Ms)} / ${round(run.saveP99Ms)} / ${round(run.saveMaxMs)} (${run.saves})`,
      run.ok && run.everyOnce ? 'yes' : 'NO',
    ]);
  };
  for (const snapshot of snapshots) {
    const key = `push_${snapshot.saves >= 1000 ? `${snapshot.saves / 1000}k` : snapshot.saves}`;
    const run = await pushFrom(script, snapshot, 'app');
    record(key, `app, ${snapshot.saves.toLocaleString('en-GB')} saves`, run);
    console.log(`${key}: ${JSON.stringify(run)}`);
  }
  const smallest = snapshots[0];
  if (smallest) {
    for (const threshold of thresholds) {
      const run = await pushFrom(script, smallest, 'engine', threshold);
      record(
        `threshold_${threshold}`,
        `engine, T=${threshold}, ${smallest.saves.toLocaleString('en-GB')} saves`,
        run,
      );
      console.log(`threshold ${threshold}: ${JSON.stringify(run)}`);
    }
  }
  const appRuns = Object.entries(results).filter(([k]) => /^push_.*_max_request_mb$/.test(k));
  results.push_max_request_mb = Math.max(...appRuns.map(([, v]) => v));

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
  console.log(
    `\npush_max_request_mb ${results.push_max_request_mb} (target <= 16); push_100k_peak_rss_mb target < 600`,
  );
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'push.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${join(outDir, 'push.json')}`);
  rmSync(script, { force: true });
}

main()
  .then(() => {
    rmSync(scratch, { recursive: true, force: true });
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(error);
    rmSync(scratch, { recursive: true, force: true });
    process.exit(1);
  });
