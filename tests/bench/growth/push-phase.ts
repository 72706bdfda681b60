/**
 * The push and import part of the growth benchmark: a backlog of unsent
 * answer saves (the exam engine's own save, every row change it writes) at growing sizes, and a big question import, each pushed to the real
 * `tursodb --sync-server` on loopback by the app in a fresh device process.
 *
 * `measurePushGrowth()` returns flat keys: for each backlog size N
 * (`push_10k_…`, `push_30k_…`, `push_100k_…`) `_ok` (1 when the push worked
 * and the server holds every answer once), `_ms`, `_max_request_mb`,
 * `_peak_rss_mb` (the device process's peak during the push),
 * `_rss_before_mb`, `_longest_stall_ms` (the longest main-thread stall) and
 * `_save_p99_ms` (an answer saved every 100 ms during the push); for the
 * import of Q questions (`import_50k_…`) `_push_ok` (1 when the import
 * committed, its push worked and the server holds every question once, live),
 * `_ms` (the import), `_push_ms`, `_peak_rss_mb`, `_max_request_mb`; and
 * `push_max_request_mb`, the largest request body of all of them.
 * `npm run bench:push` prints them (tests/bench/push/push-bench.ts), and
 * `npm run bench:growth` calls it as its push phase (push-slot.ts). The
 * smallest backlog is pushed again at the end (`push_10k_repeat_…`), so a
 * machine that got busier during the run shows in the figures.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withServerDatabase } from '@db/server/connection';
import { bundleChild } from '../../integration/sync/support/child-process';
import type { ImportRun, PushRun } from '../push/push-child';
import { startTursoServer } from '../push/tursodb';

const MiB = 1024 * 1024;

export interface PushGrowthOptions {
  /** Backlog sizes in answer saves, each pushed from its own copy (default 10,000, 30,000, 100,000). */
  saves?: readonly number[];
  /** Questions in the import (default 50,000; 0 skips it). */
  importQuestions?: number;
  /** On the smallest backlog, the engine's push alone at each of these pushOperationsThreshold values. */
  thresholds?: readonly number[];
  /** Each measured run as it ends, with a label, for a table. */
  onRun?: (key: string, label: string, run: PushRun, ok: boolean) => void;
  log?: (line: string) => void;
}

export const DEFAULT_SAVES = [10_000, 30_000, 100_000] as const;
export const DEFAULT_IMPORT_QUESTIONS = 50_000;

const sizeKey = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${String(n / 1000)}k` : String(n));
const mb = (bytes: number) => Math.round((bytes / MiB) * 100) / 100;

function child(script: string, args: string[]): string {
  const run = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`push-child ${args.join(' ')} exited with ${run.status}`);
  return run.stdout.trim().split('\n').at(-1) ?? '{}';
}

async function serverCount(url: string, sql: string, args: string[] = []) {
  const result = await withServerDatabase({ url, token: 'bench' }, (client) =>
    client.execute({ sql, args }),
  );
  const row = result.rows[0];
  return { rows: Number(row?.n), distinct: Number(row?.d) };
}

const serverAnswers = (url: string) =>
  serverCount(url, 'SELECT count(*) AS n, count(DISTINCT id) AS d FROM attempt_answers');

/** A copy of a device and its server as they were, so every run starts from the same state. */
interface Snapshot {
  device: string;
  server: string;
  saves: number;
}

class Scratch {
  readonly dir: string;

  constructor(parent: string) {
    mkdirSync(parent, { recursive: true });
    this.dir = mkdtempSync(join(parent, 'exam-bench-push-'));
  }

  /** Copies a snapshot to the run folders and starts its server; the device points at it. */
  async restore(snapshot: Snapshot) {
    const device = join(this.dir, 'run-device');
    const serverDir = join(this.dir, 'run-server');
    rmSync(device, { recursive: true, force: true });
    rmSync(serverDir, { recursive: true, force: true });
    cpSync(snapshot.device, device, { recursive: true });
    cpSync(snapshot.server, serverDir, { recursive: true });
    const server = await startTursoServer(serverDir);
    const file = join(device, 'device.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { enrolment: { url: string } };
    json.enrolment.url = server.url;
    writeFileSync(file, JSON.stringify(json, null, 2));
    return { device, server };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function recordPush(results: Record<string, number>, key: string, run: PushRun, ok: boolean) {
  results[`${key}_ok`] = ok ? 1 : 0;
  results[`${key}_ms`] = Math.round(run.ms);
  results[`${key}_max_request_mb`] = mb(run.maxRequestBytes);
  results[`${key}_peak_rss_mb`] = Math.round(run.peakRssMb);
  results[`${key}_rss_before_mb`] = Math.round(run.rssBeforeMb);
  results[`${key}_longest_stall_ms`] = Math.round(run.longestStallMs);
  results[`${key}_save_p99_ms`] = Math.round(run.saveP99Ms * 10) / 10;
}

/** Runs the push and import phase in a folder under `scratchDir` (removed at the end). */
export async function measurePushGrowth(
  scratchDir: string = tmpdir(),
  options: PushGrowthOptions = {},
): Promise<Record<string, number>> {
  const saves = [...(options.saves ?? DEFAULT_SAVES)].filter((n) => n > 0).sort((a, b) => a - b);
  const questions = options.importQuestions ?? DEFAULT_IMPORT_QUESTIONS;
  const log = options.log ?? ((line: string) => console.log(line));
  const scratch = new Scratch(scratchDir);
  const script = await bundleChild(join(import.meta.dirname, '../push/push-child.ts'));
  const results: Record<string, number> = {};
  const largest: number[] = [];
  try {
    const device = join(scratch.dir, 'device');
    const serverDir = join(scratch.dir, 'server');
    mkdirSync(serverDir, { recursive: true });
    const setupServer = await startTursoServer(serverDir);
    child(script, ['setup', device, setupServer.url]);
    await setupServer.stop();
    const enrolled: Snapshot = {
      device: join(scratch.dir, 'enrolled'),
      server: join(scratch.dir, 'enrolled-server'),
      saves: 0,
    };
    cpSync(device, enrolled.device, { recursive: true });
    cpSync(serverDir, enrolled.server, { recursive: true });

    const snapshots: Snapshot[] = [];
    let written = 0;
    for (const size of saves) {
      const t0 = performance.now();
      child(script, ['write', device, String(size - written), String(written)]);
      log(`wrote ${size - written} saves in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      written = size;
      const snapshot = {
        device: join(scratch.dir, `device-${size}`),
        server: join(scratch.dir, `server-${size}`),
        saves: size,
      };
      cpSync(device, snapshot.device, { recursive: true });
      cpSync(serverDir, snapshot.server, { recursive: true });
      snapshots.push(snapshot);
    }

    /** Pushes one copied backlog; ok when the server then holds every answer of it once. */
    const pushBacklog = async (snapshot: Snapshot, key: string, label: string) => {
      const { device: runDevice, server } = await scratch.restore(snapshot);
      try {
        const before = await serverAnswers(server.url);
        const run = JSON.parse(
          child(script, ['push', runDevice, 'app', '0', server.url]),
        ) as PushRun;
        const after = await serverAnswers(server.url);
        // Saves made during the push go with it; the backlog itself must, every answer once.
        const ok =
          run.ok && after.rows === after.distinct && after.rows - before.rows >= snapshot.saves;
        recordPush(results, key, run, ok);
        largest.push(run.maxRequestBytes);
        options.onRun?.(key, label, run, ok);
        log(`${key}: ${JSON.stringify(run)}`);
      } finally {
        await server.stop();
      }
    };
    for (const snapshot of snapshots)
      await pushBacklog(
        snapshot,
        `push_${sizeKey(snapshot.saves)}`,
        `app, ${snapshot.saves.toLocaleString('en-GB')} saves`,
      );

    const smallest = snapshots[0];
    for (const threshold of options.thresholds ?? []) {
      if (!smallest) break;
      const key = `threshold_${String(threshold)}`;
      const { device: runDevice, server } = await scratch.restore(smallest);
      try {
        const run = JSON.parse(
          child(script, ['push', runDevice, 'engine', String(threshold), server.url]),
        ) as PushRun;
        const after = await serverAnswers(server.url);
        const ok = run.ok && after.rows === after.distinct;
        recordPush(results, key, run, ok);
        options.onRun?.(key, `engine, T=${String(threshold)}`, run, ok);
        log(`${key}: ${JSON.stringify(run)}`);
      } finally {
        await server.stop();
      }
    }

    if (questions > 0) {
      const key = `import_${sizeKey(questions)}`;
      const { device: runDevice, server } = await scratch.restore(enrolled);
      try {
        const run = JSON.parse(
          child(script, ['import', runDevice, String(questions)]),
        ) as ImportRun;
        const held = await serverCount(
          server.url,
          'SELECT count(*) AS n, count(DISTINCT id) AS d FROM questions WHERE import_id = ?',
          [run.importId],
        );
        const live = await serverCount(
          server.url,
          "SELECT count(*) AS n, count(*) AS d FROM staged_imports WHERE id = ? AND status = 'live'",
          [run.importId],
        );
        const ok =
          run.ok &&
          run.imported === questions &&
          held.rows === questions &&
          held.distinct === questions &&
          live.rows === 1;
        results[`${key}_push_ok`] = ok ? 1 : 0;
        results[`${key}_ms`] = Math.round(run.importMs);
        results[`${key}_push_ms`] = Math.round(run.ms);
        results[`${key}_peak_rss_mb`] = Math.round(Math.max(run.importPeakRssMb, run.peakRssMb));
        results[`${key}_max_request_mb`] = mb(run.maxRequestBytes);
        largest.push(run.maxRequestBytes);
        options.onRun?.(key, `import of ${questions.toLocaleString('en-GB')} questions`, run, ok);
        log(`${key}: ${JSON.stringify(run)}`);
      } finally {
        await server.stop();
      }
    }
    const first = snapshots[0];
    if (first)
      await pushBacklog(
        first,
        `push_${sizeKey(first.saves)}_repeat`,
        `app, ${first.saves.toLocaleString('en-GB')} saves again`,
      );
    results.push_max_request_mb = mb(Math.max(0, ...largest));
    return results;
  } finally {
    rmSync(script, { force: true });
    scratch.remove();
  }
}
