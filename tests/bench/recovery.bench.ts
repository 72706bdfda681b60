/**
 * `npm run bench:recovery`: local snapshots, answer saves while one runs, a
 * restore and a rescue export, on a tenant with 5,000 questions and 2,000
 * attempts (50,000 answers) on this computer. Prints a table and writes
 * bench-results/recovery.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

  const snapshotTimes: number[] = [];
  for (let i = 0; i < SNAPSHOT_RUNS; i += 1) {
    const t0 = performance.now();
    await core.backup.snapshot('manual');
    snapshotTimes.push(ms(t0));
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
  const during: number[] = [];
  const running = { snapshotting: true };
  // Read through a call: the snapshots flip it while a save is awaited.
  const snapshotRunning = (): boolean => running.snapshotting;
  const snapshots = (async () => {
    for (let i = 0; i < 3; i += 1) await core.backup.snapshot('manual');
    running.snapshotting = false;
  })();
  let n = 0;
  while (snapshotRunning()) {
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
    if (snapshotRunning()) during.push(ms(t0));
    await new Promise((r) => setTimeout(r, 2));
  }
  await snapshots;
  await client.run("UPDATE attempts SET status = 'submitted' WHERE id = ?", attemptId);

  const target = core.backup.list().find((s) => s.reason === 'manual');
  if (!target) throw new Error('no snapshot to restore');
  const admin = (await client.get("SELECT id FROM profiles WHERE role = 'admin' LIMIT 1")) as {
    id: string;
  };
  const t0 = performance.now();
  await core.backup.restore(
    { clientId: scope.clientId, profileId: admin.id, role: 'admin' },
    target.name,
  );
  const restoreMs = ms(t0);

  const t1 = performance.now();
  const rescue = await exportRescue({
    dataDir: core.dataDir,
    nowIso: new Date().toISOString(),
    newId,
    everything: true,
  });
  const rescueMs = ms(t1);
  await core.close();

  const sorted = [...snapshotTimes].sort((a, b) => a - b);
  const saves = [...during].sort((a, b) => a - b);
  const results = {
    snapshot_ms: round(percentile(sorted, 50), 1),
    save_p50_during_snapshot_ms: round(percentile(saves, 50), 2),
    save_p99_during_snapshot_ms: round(percentile(saves, 99), 2),
    saves_during_snapshot_count: saves.length,
    restore_ms: round(restoreMs, 1),
    rescue_export_ms: round(rescueMs, 1),
    rescue_rows_count: Object.values(rescue.counts).reduce((a, b) => a + b, 0),
    database_mb: round(databaseBytes / 1024 / 1024, 1),
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
