/**
 * `npm run bench:recovery`: local snapshots, answer saves while one runs, a
 * restore and a rescue export, on a tenant with 5,000 questions and 2,000
 * attempts (50,000 answers) on this computer. Prints a table and writes
 * bench-results/recovery.json. Beside each wall time it records the CPU time
 * of the process and the time the main thread was busy: on a machine shared
 * with other work the wall time is mostly the load.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { digestFiles } from '@db/backup/engine-thread';
import { commitAnswerSave } from '@db/repositories/answer-saves';
import { createCore, type Core } from '@main/app/core';
import { exportRescue } from '@main/services/backup/rescue-export';
import { newId } from '@shared/ids';
import { percentile, round } from './admin/stats';

const QUESTIONS = 5_000;
const ATTEMPTS = 2_000;
const ANSWERS_PER_ATTEMPT = 25;
const SNAPSHOT_RUNS = 5;
const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'exam-bench-recovery-'));
const ms = (t0: number) => performance.now() - t0;

interface Measured<T> {
  value: T;
  wallMs: number;
  /** CPU time of the whole process, every thread (the worker threads' checks too). */
  cpuMs: number;
  /** Time the main thread (answer saves, every request) was busy, not waiting. */
  mainThreadMs: number;
}

/** Wall, CPU and main-thread time of `work`: on a shared machine wall time alone is load. */
async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const cpu0 = process.cpuUsage();
  const loop0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  const value = await work();
  const wallMs = ms(t0);
  const cpu = process.cpuUsage(cpu0);
  return {
    value,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    mainThreadMs: performance.eventLoopUtilization(loop0).active,
  };
}

const median = (values: number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const SAVED_AT = '2026-06-01T09:30:00.000Z';

type Client = Core['database']['client'];

/** Copies of a demo row with new ids: the tenant's shape without knowing every column. */
async function cloneRows(
  client: Client,
  table: string,
  count: number,
  change: (row: Record<string, unknown>, i: number) => void,
) {
  const template = (await client.get(`SELECT * FROM ${table} LIMIT 1`)) as Record<string, unknown>;
  const columns = Object.keys(template);
  const insert = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  await client.exec('BEGIN');
  for (let i = 0; i < count; i += 1) {
    const row = { ...template };
    change(row, i);
    await client.run(insert, ...columns.map((c) => row[c]));
  }
  await client.exec('COMMIT');
}

async function seed(
  core: Core,
): Promise<{ clientId: string; studentId: string; testId: string; questionIds: string[] }> {
  const client = core.database.client;
  const org = (await client.get('SELECT id FROM clients LIMIT 1')) as { id: string };
  const student = (await client.get(
    "SELECT id FROM profiles WHERE role = 'student' ORDER BY email LIMIT 1",
  )) as { id: string };
  const test = (await client.get('SELECT id FROM tests ORDER BY id LIMIT 1')) as { id: string };
  await cloneRows(client, 'questions', QUESTIONS, (row, i) => {
    row.id = newId();
    row.question_text = `Bench question ${i}: which of these is the right answer to a question of this length?`;
  });
  const questionIds = (
    (await client.all('SELECT id FROM questions LIMIT ?', ANSWERS_PER_ATTEMPT)) as Array<{
      id: string;
    }>
  ).map((q) => q.id);
  await client.exec('BEGIN');
  for (let a = 0; a < ATTEMPTS; a += 1) {
    const attemptId = newId();
    await client.run(
      "INSERT INTO attempts (id, student_id, test_id, client_id, device_id, status, started_at, submitted_at, updated_at, paper) VALUES (?, ?, ?, ?, ?, 'graded', ?, ?, ?, ?)",
      attemptId,
      student.id,
      test.id,
      org.id,
      core.device.deviceId,
      SAVED_AT,
      SAVED_AT,
      SAVED_AT,
      JSON.stringify({ questions: questionIds.map((id) => ({ questionId: id, versionId: null })) }),
    );
    for (const [qi, questionId] of questionIds.entries()) {
      await client.run(
        'INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, student_answer, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        newId(),
        attemptId,
        questionId,
        org.id,
        JSON.stringify({ type: 'single_choice', optionId: `o${qi % 4}` }),
        SAVED_AT,
        SAVED_AT,
      );
    }
  }
  await client.exec('COMMIT');
  await client.checkpoint();
  return { clientId: org.id, studentId: student.id, testId: test.id, questionIds };
}

async function main(): Promise<void> {
  const core = await createCore({
    dataDir: join(scratch, 'device'),
    seedDemo: true,
    startSync: false,
    snapshotEveryMs: null,
    logError: () => undefined,
  });
  const scope = await seed(core);

  // The checks' worker threads start before each timed step, and are timed apart: run from the
  // sources, as here, each compiles its TypeScript through tsx as it starts, which the built
  // app does not. An idle thread ends after 30 s, so they are started again before the restore.
  const deviceFile = join(core.dataDir, 'device.json');
  const startThreads = () =>
    measure(() =>
      Promise.all([
        digestFiles([deviceFile], 'background'),
        digestFiles([deviceFile], 'foreground'),
        digestFiles([deviceFile], 'foreground'),
      ]),
    );
  const threadsStart = await startThreads();

  const snapshotRuns: Array<Measured<unknown>> = [];
  for (let i = 0; i < SNAPSHOT_RUNS; i += 1) {
    snapshotRuns.push(await measure(() => core.backup.snapshot('manual')));
  }
  const databaseBytes = core.backup.list()[0]?.bytes ?? 0;

  // Saves while snapshots run: the exam engine's own save, one request per turn of the event loop.
  const attemptId = newId();
  const client = core.database.client;
  await client.run(
    "INSERT INTO attempts (id, student_id, test_id, client_id, device_id, status, started_at) VALUES (?, ?, ?, ?, ?, 'in_progress', ?)",
    attemptId,
    scope.studentId,
    scope.testId,
    scope.clientId,
    core.device.deviceId,
    SAVED_AT,
  );
  await client.run(
    'INSERT INTO attempt_clocks (attempt_id, client_id, elapsed_ms, updated_at) VALUES (?, ?, 0, ?)',
    attemptId,
    scope.clientId,
    SAVED_AT,
  );
  const tenant = { clientId: scope.clientId, profileId: scope.studentId, role: 'student' as const };
  let n = 0;
  /**
   * Saves one answer after another, each asked for 2 ms after the last was acknowledged, while
   * `going()`. Each is timed from the moment it was asked for, as a student's save request waits
   * (a main thread held up by other work starts it late), and by its own run alone.
   */
  const saveWhile = async (going: () => boolean): Promise<{ asked: number[]; own: number[] }> => {
    const times = { asked: [] as number[], own: [] as number[] };
    let askedAt = performance.now();
    while (going()) {
      n += 1;
      const t0 = performance.now();
      await commitAnswerSave(core.env.transaction, tenant, {
        answerId: newId(),
        auditId: newId(),
        attemptId,
        questionId: scope.questionIds[n % scope.questionIds.length] ?? '',
        versionId: null,
        answer: { type: 'single_choice', optionId: `o${n % 4}` },
        flagged: undefined,
        elapsedMs: 1_000 + n,
        nowIso: SAVED_AT,
        deviceId: core.device.deviceId,
      });
      const acknowledged = performance.now();
      if (going()) {
        times.asked.push(acknowledged - askedAt);
        times.own.push(acknowledged - t0);
      }
      askedAt = acknowledged + 2;
      await new Promise((r) => setTimeout(r, 2));
    }
    return times;
  };

  // First with nothing else running: what this machine gives a save.
  const quietUntil = performance.now() + 2_000;
  const quiet = await saveWhile(() => performance.now() < quietUntil);

  const running = { snapshotting: true };
  // Read through a call: the snapshots flip it while a save is awaited.
  const snapshotRunning = (): boolean => running.snapshotting;
  const snapshots = (async () => {
    for (let i = 0; i < 3; i += 1) await core.backup.snapshot('manual');
    running.snapshotting = false;
  })();
  const duringFrom = performance.now();
  const during = await saveWhile(snapshotRunning);
  await snapshots;
  // And again with nothing running, as long as the snapshots took: the baseline is measured over
  // the same length of time, warmed up, before and after, so a load that comes and goes on a
  // shared machine weighs on both sides alike.
  const afterUntil = performance.now() + (performance.now() - duringFrom);
  const after = await saveWhile(() => performance.now() < afterUntil);
  await client.run("UPDATE attempts SET status = 'submitted' WHERE id = ?", attemptId);

  const target = core.backup.list().find((s) => s.reason === 'manual');
  if (!target) throw new Error('no snapshot to restore');
  const admin = (await client.get("SELECT id FROM profiles WHERE role = 'admin' LIMIT 1")) as {
    id: string;
  };
  await startThreads();
  const restore = await measure(() =>
    core.backup.restore(
      { clientId: scope.clientId, profileId: admin.id, role: 'admin' },
      target.name,
    ),
  );

  const rescue = await measure(() =>
    exportRescue({
      dataDir: core.dataDir,
      nowIso: new Date().toISOString(),
      newId,
      everything: true,
    }),
  );
  await core.close();

  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const saves = sorted(during.asked);
  const savesOwn = sorted(during.own);
  const quietSaves = sorted(quiet.asked);
  const baselineSaves = sorted([...quiet.asked, ...after.asked]);
  const results = {
    snapshot_ms: round(median(snapshotRuns.map((r) => r.wallMs)), 1),
    snapshot_cpu_ms: round(median(snapshotRuns.map((r) => r.cpuMs)), 1),
    snapshot_main_thread_ms: round(median(snapshotRuns.map((r) => r.mainThreadMs)), 1),
    save_p50_during_snapshot_ms: round(percentile(saves, 50), 2),
    save_p99_during_snapshot_ms: round(percentile(saves, 99), 2),
    save_own_p99_during_snapshot_ms: round(percentile(savesOwn, 99), 2),
    saves_during_snapshot_count: saves.length,
    save_p50_no_snapshot_ms: round(percentile(quietSaves, 50), 2),
    save_p99_no_snapshot_ms: round(percentile(quietSaves, 99), 2),
    save_p50_baseline_ms: round(percentile(baselineSaves, 50), 2),
    save_p99_baseline_ms: round(percentile(baselineSaves, 99), 2),
    saves_baseline_count: baselineSaves.length,
    load_avg_1m: round(loadavg()[0] ?? 0, 2),
    restore_ms: round(restore.wallMs, 1),
    restore_cpu_ms: round(restore.cpuMs, 1),
    restore_main_thread_ms: round(restore.mainThreadMs, 1),
    rescue_export_ms: round(rescue.wallMs, 1),
    rescue_export_cpu_ms: round(rescue.cpuMs, 1),
    rescue_export_main_thread_ms: round(rescue.mainThreadMs, 1),
    rescue_rows_count: Object.values(rescue.value.counts).reduce((a, b) => a + b, 0),
    database_mb: round(databaseBytes / 1024 / 1024, 1),
    engine_threads_start_ms: round(threadsStart.wallMs, 1),
    engine_threads_start_cpu_ms: round(threadsStart.cpuMs, 1),
  };
  const targets: Record<string, string> = {
    snapshot_ms: '< 2000',
    save_p99_during_snapshot_ms: '< 10',
    restore_ms: '< 5000',
    rescue_export_ms: '< 3000',
  };
  console.log(
    `\nRecovery benchmark (${QUESTIONS} questions, ${ATTEMPTS} attempts of ${ANSWERS_PER_ATTEMPT} answers)\n`,
  );
  console.log(`${'metric'.padEnd(30)}${'value'.padStart(12)}   target`);
  for (const [key, value] of Object.entries(results)) {
    console.log(`${key.padEnd(30)}${String(value).padStart(12)}   ${targets[key] ?? ''}`);
  }
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'recovery.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${join(outDir, 'recovery.json')}`);
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
