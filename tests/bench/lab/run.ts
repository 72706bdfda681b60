/**
 * `npm run bench:lab`: a lab on one sync server, and the proctor console with
 * 600 attempts. Prints a table and writes bench-results/lab.json.
 *
 * LAB_DEVICES (20) computers, each LAB_STUDENTS (3) students sitting a
 * 40-question paper, a save every LAB_PACE_MS (2400) per student on average,
 * LAB_REVISIONS (10) answers changed per student, the server stopped for
 * LAB_OUTAGE_S (30) halfway through. LAB_PROCTOR=0 skips the console figure;
 * LAB_RUN=0 runs only that.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { round } from '../admin/stats';
import { runLab } from './lab-run';
import { benchProctorConsole } from './proctor-bench';

const root = resolve(import.meta.dirname, '../../..');

function setting(name: string, fallback: number, min: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${String(min)}, not "${text}"`);
  }
  return value;
}

async function main(): Promise<void> {
  const devices = setting('LAB_DEVICES', 20, 1);
  const students = setting('LAB_STUDENTS', 3, 1);
  const paceMs = setting('LAB_PACE_MS', 2_400, 0);
  const revisions = setting('LAB_REVISIONS', 10, 0);
  const outageS = setting('LAB_OUTAGE_S', 30, 0);
  const withProctor = setting('LAB_PROCTOR', 1, 0) > 0;
  const withLab = setting('LAB_RUN', 1, 0) > 0;
  const scratch = mkdtempSync(join(tmpdir(), 'exam-bench-lab-'));
  const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  const results: Record<string, number> = { load_1m_start: round(loadavg()[0]!, 2) };
  const targets: Record<string, string> = {};
  const started = Date.now();
  try {
    if (withProctor) {
      log('proctor console: 600 attempts on the console, 2,400 older ones');
      const p = await benchProctorConsole(scratch, { live: 600, history: 2_400 });
      results.proctor_console_600_ms = round(p.medianMs, 1);
      results.proctor_console_600_p95_ms = round(p.p95Ms, 1);
      results.proctor_console_600_cpu_ms = round(p.cpuMedianMs, 1);
      targets.proctor_console_600_ms = '< 100';
    }
    if (withLab) {
      log(`lab: ${String(devices)} computers, ${String(students)} students each`);
      const lab = await runLab({
        scratch,
        devices,
        studentsPerDevice: students,
        paceMs,
        revisions,
        outageMs: outageS * 1_000,
        log,
      });
      Object.assign(results, {
        lab_devices: devices,
        lab_students: devices * students,
        lab_saves: lab.saves,
        lab_lost: lab.findings.lost,
        lab_duplicates: lab.findings.duplicates,
        lab_mismatched: lab.findings.mismatched,
        lab_proctor_mismatched: lab.findings.proctorMismatched,
        lab_converge_s: lab.convergeS,
        lab_unconverged: lab.unconverged,
        lab_push_settle_s: lab.pushSettleS,
        lab_reconnect_first_s: lab.reconnectFirstS,
        lab_reconnect_last_s: lab.reconnectLastS,
        lab_save_p50_ms: round(lab.saveP50Ms, 2),
        lab_save_p99_ms: round(lab.saveP99Ms, 2),
        lab_save_max_ms: round(lab.saveMaxMs, 1),
        lab_save_errors: lab.saveErrors,
        lab_exam_s: lab.examS,
        lab_outage_s: lab.outageS,
        lab_push_failures: lab.sync.pushFailed,
        lab_pull_failures: lab.sync.pullFailed,
        lab_checkpoints: lab.sync.checkpointOk,
        lab_checkpoint_failures: lab.sync.checkpointFailed,
        lab_wal_max_mb: round(lab.sync.walBytes / 1024 / 1024, 2),
      });
      Object.assign(targets, {
        lab_lost: '0',
        lab_duplicates: '0',
        lab_mismatched: '0',
        lab_proctor_mismatched: '0',
        lab_converge_s: '< 30',
        lab_save_p99_ms: '< 15',
      });
      for (const note of lab.findings.notes) log(`finding: ${note}`);
      for (const [kind, n] of lab.saveErrorKinds) log(`refused ${String(n)}x: ${kind}`);
      for (const [line, n] of [...lab.logs].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
        log(`logged ${String(n)}x: ${line}`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  results.load_1m_end = round(loadavg()[0]!, 2);
  results.bench_s = Math.round((Date.now() - started) / 1000);
  console.log('\nLab benchmark (loopback, tursodb --sync-server)\n');
  console.log(`${'metric'.padEnd(30)}${'value'.padStart(12)}   target`);
  for (const [key, value] of Object.entries(results)) {
    console.log(`${key.padEnd(30)}${String(value).padStart(12)}   ${targets[key] ?? ''}`);
  }
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'lab.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${join(outDir, 'lab.json')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
