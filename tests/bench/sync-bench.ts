/**
 * `npm run bench:sync`: the app's sync against the real `tursodb --sync-server`
 * on loopback, side by side with raw @tursodatabase/sync doing the same work
 * with no app code. Prints a table and writes bench-results/sync.json.
 *
 * - push_10k_ms: pushing 10,000 answers saved by the exam engine's own save (the answer row,
 *   carrying the clock, and the audit row per save) with the runner's push (stats, device record, push, history);
 *   raw_push_10k_ms: `db.push()` of the same rows, written with plain SQL, in a database with the
 *   same schema; raw_answer_push_10k_ms: `db.push()` of 10,000 plain answer-row upserts, and
 *   push_ratio the app's push over it.
 * - rows_per_save: row changes in the change log per answer save.
 * - bootstrap_ms: a fresh device's first pull of a tenant with 5,000 questions and 1,000 attempts
 *   (the app's open: connect + bootstrap + migration check), median of five fresh devices;
 *   raw_bootstrap_ms: `connect()` with the URL, which bootstraps.
 * - app_raw_ratio: the worse of the two app/raw ratios.
 * - bytes_per_answer: bytes sent by the app's push, per answer (a computer started again after
 *   enrolling, so its pushes use the compact statements of db/sync/compact-push.ts);
 *   engine_statements_bytes_per_answer / _push_10k_ms: the same saves pushed by a computer whose
 *   migrations still wait to be pushed, which keeps the engine's own statements.
 * - save_p50/p99_during_pull_ms: answer saves (the exam engine's save, one transaction each)
 *   timed while pulls of another device's changes run.
 * - save_errors_during_sync, wal_max_mb: 10,000 saves on each of two enrolled computers while both
 *   run their sync loops and "Sync now" every 0.5 s (see ./saves-during-sync.ts).
 */
import { connect } from '@tursodatabase/sync';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SyncClient } from '@db/client';
import { openDatabase } from '@db/open';
import { commitAnswerSave } from '@db/repositories/answer-saves';
import { DatabaseSlot } from '@db/slot';
import { syncEngineOf } from '@db/sync/engine';
import { transactionRunner, type GatedClient } from '@db/transaction';
import { createCore, type Core } from '@main/app/core';
import { startSyncServerProcess } from '../e2e/support/sync-server-process';
import { savesDuringSync, type SavesDuringSync } from './saves-during-sync';

const ANSWERS = 10_000;
const ANSWER = { type: 'single_choice', optionId: 'b' } as const;
const ANSWER_JSON = JSON.stringify(ANSWER);
const BENCH_DEVICE = 'bench-device';
const QUESTIONS = 5_000;
const ATTEMPTS = 1_000;
const BOOTSTRAP_RUNS = 5;
const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'exam-bench-sync-'));

const ms = (t0: number) => performance.now() - t0;
let seq = 0;
const uid = (prefix: string) => {
  seq += 1;
  return `${prefix}-${String(seq).padStart(8, '0')}-0000-7000-8000-000000000000`.slice(0, 36);
};

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

/**
 * An enrolled computer that has synced, then started again: the app as it runs on any exam day.
 * `compactPush: false` makes its pushes use the engine's own statements instead of the compact
 * ones (db/sync/compact-push.ts), for the side-by-side figure.
 */
async function enrolledCore(name: string, url: string, compactPush = true): Promise<Core> {
  const dataDir = join(scratch, name);
  const first = await createCore({
    dataDir,
    seedDemo: true,
    startSync: false,
    logError: () => undefined,
    compactPush,
  });
  const session = { sessionKey: `bench-${name}`, transport: 'test' as const, ipAddress: null };
  const signIn = await first.router.dispatch(
    'auth.signIn',
    { email: 'admin@northfield.example', password: 'demo1234' },
    session,
  );
  if (!signIn.ok) throw new Error(signIn.error.message);
  const enrol = await first.router.dispatch(
    'sync.enrol',
    { url, token: 'bench', deviceName: name },
    session,
  );
  if (!enrol.ok) throw new Error(enrol.error.message);
  await first.sync.syncNow();
  await first.close();
  const core = await createCore({
    dataDir,
    startSync: false,
    logError: () => undefined,
    compactPush,
  });
  if (core.database.pushStatements !== (compactPush ? 'compact' : 'engine')) {
    throw new Error(`${name}: pushes with ${core.database.pushStatements} statements`);
  }
  await core.sync.syncNow();
  return core;
}

/** A database with no app code over it: the app's, or a bare one to compare with. */
type Client = SyncClient;
type Scope = { clientId: string; studentId: string; testId: string; questionIds: string[] };

const SAVED_AT = '2026-06-01T09:30:00.000Z';

/** A new in-progress attempt with its clock row, as starting an exam makes them. */
async function startAttempt(client: Client, scope: Scope): Promise<string> {
  const attemptId = uid('a');
  await client.run(
    "INSERT INTO attempts (id, student_id, test_id, client_id, status) VALUES (?, ?, ?, ?, 'in_progress')",
    attemptId,
    scope.studentId,
    scope.testId,
    scope.clientId,
  );
  await client.run(
    'INSERT INTO attempt_clocks (attempt_id, client_id, elapsed_ms, updated_at) VALUES (?, ?, 0, ?)',
    attemptId,
    scope.clientId,
    SAVED_AT,
  );
  return attemptId;
}

/**
 * Saves answers through the exam engine's own save (`commitAnswerSave`): one
 * transaction each with the answer (with the attempt's clock and the save's
 * receipt) and the audit row.
 */
async function saveAnswers(
  database: GatedClient,
  scope: Scope,
  count: number,
  onSave?: (ms: number) => void,
): Promise<void> {
  const tenant = { clientId: scope.clientId, profileId: scope.studentId, role: 'student' as const };
  const perAttempt = Math.min(25, scope.questionIds.length);
  let attemptId = '';
  const transaction = transactionRunner(() => database);
  for (let i = 0; i < count; i += 1) {
    if (i % perAttempt === 0) attemptId = await startAttempt(database.client, scope);
    const t0 = performance.now();
    await commitAnswerSave(transaction, tenant, {
      answerId: uid('n'),
      auditId: uid('l'),
      attemptId,
      questionId: scope.questionIds[i % perAttempt] ?? '',
      versionId: null,
      answer: ANSWER,
      flagged: undefined,
      elapsedMs: 60_000 + i,
      nowIso: SAVED_AT,
      deviceId: BENCH_DEVICE,
    });
    onSave?.(ms(t0));
  }
}

/** The same rows as `saveAnswers`, written with plain statements and no app code. */
async function writeSameRowsRaw(client: Client, scope: Scope, count: number): Promise<void> {
  const perAttempt = Math.min(25, scope.questionIds.length);
  let attemptId = '';
  for (let i = 0; i < count; i += 1) {
    if (i % perAttempt === 0) attemptId = await startAttempt(client, scope);
    const hash = createHash('sha256').update(String(i)).digest('hex');
    await client.transactionAsync(async (tx) => {
      await tx.run(
        'INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, student_answer, flagged, created_at, updated_at, elapsed_ms, save_hash) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)',
        uid('n'),
        attemptId,
        scope.questionIds[i % perAttempt],
        scope.clientId,
        ANSWER_JSON,
        SAVED_AT,
        SAVED_AT,
        60_000 + i,
        hash,
      );
      await tx.run(
        "INSERT INTO audit_logs (id, client_id, user_id, action, resource_type, resource_id, changes, created_at, device_id, seq, prev_hash, hash) VALUES (?, ?, ?, 'answer.save', 'attempt', ?, ?, ?, ?, ?, ?, ?)",
        uid('l'),
        scope.clientId,
        scope.studentId,
        attemptId,
        JSON.stringify({ answer: [null, ANSWER_JSON] }),
        SAVED_AT,
        BENCH_DEVICE,
        i + 1,
        hash,
        hash,
      );
    })();
  }
}

/** 10,000 plain answer-row upserts, one transaction each: the floor an answer save is compared to. */
async function writePlainAnswers(client: Client, scope: Scope, count: number): Promise<void> {
  const perAttempt = Math.min(25, scope.questionIds.length);
  let attemptId = '';
  for (let i = 0; i < count; i += 1) {
    if (i % perAttempt === 0) attemptId = await startAttempt(client, scope);
    await client.run(
      `INSERT INTO attempt_answers (id, attempt_id, question_id, client_id, student_answer, flagged, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 0, ?, ?)
       ON CONFLICT (attempt_id, question_id) DO UPDATE SET student_answer = excluded.student_answer, updated_at = excluded.updated_at`,
      uid('n'),
      attemptId,
      scope.questionIds[i % perAttempt],
      scope.clientId,
      ANSWER_JSON,
      SAVED_AT,
      SAVED_AT,
    );
  }
}

async function scopeOf(client: Client): Promise<Scope> {
  const org = (await client.get('SELECT id FROM clients LIMIT 1')) as { id: string };
  const student = (await client.get("SELECT id FROM profiles WHERE role = 'student' LIMIT 1")) as {
    id: string;
  };
  const test = (await client.get('SELECT id FROM tests LIMIT 1')) as { id: string };
  const questions = (await client.all('SELECT id FROM questions LIMIT 25')) as Array<{
    id: string;
  }>;
  return {
    clientId: org.id,
    studentId: student.id,
    testId: test.id,
    questionIds: questions.map((q) => q.id),
  };
}

interface SavesPush {
  ms: number;
  bytesPerAnswer: number;
  rowsPerSave: number;
}

/** `ANSWERS` saves through the exam engine's save, then the runner's push of them, timed and weighed. */
async function pushOfSaves(core: Core, scope: Scope): Promise<SavesPush> {
  const pending0 = (await core.sync.runner.stats())?.pending ?? 0;
  await saveAnswers(core.database, scope, ANSWERS);
  const pending = ((await core.sync.runner.stats())?.pending ?? 0) - pending0;
  // Each attempt's start writes two rows (attempt and clock); the rest are the saves'.
  const attemptRows = 2 * Math.ceil(ANSWERS / Math.min(25, scope.questionIds.length));
  const rowsPerSave = (pending - attemptRows) / ANSWERS;
  const sent0 = core.sync.deps.transport.byKind.push.sent;
  const t0 = performance.now();
  const ok = await core.sync.runner.pushNow('bench');
  const elapsed = ms(t0);
  if (!ok) throw new Error('the app push failed');
  const bytesPerAnswer = (core.sync.deps.transport.byKind.push.sent - sent0) / ANSWERS;
  return { ms: elapsed, bytesPerAnswer, rowsPerSave };
}

async function benchPush(): Promise<{
  app: number;
  raw: number;
  plain: number;
  bytesPerAnswer: number;
  rowsPerSave: number;
  engineMs: number;
  engineBytesPerAnswer: number;
}> {
  const appServer = await startSyncServerProcess();
  const rawServer = await startSyncServerProcess();
  try {
    const core = await enrolledCore('push-app', appServer.url);
    const scope = await scopeOf(core.database.client);
    const schema = (await core.database.client.all(
      "SELECT sql FROM sqlite_schema WHERE type IN ('table', 'index') AND sql IS NOT NULL AND name NOT LIKE 'turso_%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__turso%'",
    )) as Array<{ sql: string }>;

    // Raw first, so the app's figure never benefits from a warmer machine.
    const raw = await connect({
      path: join(scratch, 'push-raw.db'),
      url: rawServer.url,
      clientName: 'raw',
    });
    for (const { sql } of schema) await raw.exec(sql);
    await raw.run('INSERT INTO clients (id, name) VALUES (?, ?)', scope.clientId, 'Org');
    await raw.run(
      "INSERT INTO profiles (id, name, email, client_id, role) VALUES (?, 'S', 's@x', ?, 'student')",
      scope.studentId,
      scope.clientId,
    );
    await raw.run(
      "INSERT INTO tests (id, client_id, test_name) VALUES (?, ?, 'T')",
      scope.testId,
      scope.clientId,
    );
    for (const q of scope.questionIds) {
      await raw.run(
        "INSERT INTO questions (id, client_id, question_text, question_type) VALUES (?, ?, 'Q', 'essay')",
        q,
        scope.clientId,
      );
    }
    await raw.push();
    await writeSameRowsRaw(raw, scope, ANSWERS);
    const r0 = performance.now();
    await raw.push();
    const rawMs = ms(r0);
    await writePlainAnswers(raw, scope, ANSWERS);
    const p0 = performance.now();
    await raw.push();
    const plainMs = ms(p0);
    await raw.close();

    // The same saves from a computer whose pushes use the engine's own statements, then the app's.
    const engineCore = await enrolledCore('push-engine', appServer.url, false);
    const engine = await pushOfSaves(engineCore, await scopeOf(engineCore.database.client));
    await engineCore.close();
    const app = await pushOfSaves(core, scope);
    await core.close();
    return {
      app: app.ms,
      raw: rawMs,
      plain: plainMs,
      bytesPerAnswer: app.bytesPerAnswer,
      rowsPerSave: app.rowsPerSave,
      engineMs: engine.ms,
      engineBytesPerAnswer: engine.bytesPerAnswer,
    };
  } finally {
    await appServer.stop();
    await rawServer.stop();
  }
}

async function benchBootstrapAndSaves(): Promise<{
  app: number;
  raw: number;
  savesP50: number;
  savesP99: number;
}> {
  const server = await startSyncServerProcess();
  try {
    const seeder = await enrolledCore('tenant-seeder', server.url);
    const client = seeder.database.client;
    const scope = await scopeOf(client);
    await client.transactionAsync(async (tx) => {
      for (let i = 0; i < QUESTIONS; i += 1) {
        const q = uid('q');
        const v = uid('v');
        await tx.run(
          "INSERT INTO questions (id, client_id, question_text, question_type, options, correct_answer, marks, current_version_id, version) VALUES (?, ?, ?, 'single_choice', ?, ?, 1, ?, 1)",
          q,
          scope.clientId,
          `Bench question ${String(i)}: which option is right?`,
          JSON.stringify([
            { id: 'a', text: 'One' },
            { id: 'b', text: 'Two' },
            { id: 'c', text: 'Three' },
          ]),
          JSON.stringify({ optionId: 'b' }),
          v,
        );
        await tx.run(
          "INSERT INTO question_versions (id, client_id, question_id, version, question_text, question_type, marks, created_at) VALUES (?, ?, ?, 1, 'v1', 'single_choice', 1, '2026-06-01')",
          v,
          scope.clientId,
          q,
        );
      }
      for (let i = 0; i < ATTEMPTS; i += 1) {
        await tx.run(
          "INSERT INTO attempts (id, student_id, test_id, client_id, status, score, total_marks) VALUES (?, ?, ?, ?, 'submitted', 7, 10)",
          uid('t'),
          scope.studentId,
          scope.testId,
          scope.clientId,
        );
      }
    })();
    if (!(await seeder.sync.runner.pushNow('bench seed'))) throw new Error('seeding push failed');

    // Several fresh devices, app and raw in turn, so neither gains from the other's warm caches.
    const appRuns: number[] = [];
    const rawRuns: number[] = [];
    for (let run = 0; run < BOOTSTRAP_RUNS; run += 1) {
      const r0 = performance.now();
      const raw = await connect({
        path: join(scratch, `boot-raw-${String(run)}.db`),
        url: server.url,
        clientName: 'raw',
      });
      rawRuns.push(ms(r0));
      await raw.close();
      const a0 = performance.now();
      const device = await openDatabase({
        path: join(scratch, `boot-app-${String(run)}`, 'exam.db'),
        remote: { url: () => server.url },
      });
      appRuns.push(ms(a0));
      await device.close();
    }
    const app = median(appRuns);
    const rawMs = median(rawRuns);
    const fresh = await openDatabase({
      path: join(scratch, 'boot-app-saves', 'exam.db'),
      remote: { url: () => server.url },
    });

    // Saves on the fresh device while it pulls what the seeder keeps writing. A student saves
    // every few seconds at most; saving back to back here (1 ms apart) is far harsher, and
    // still leaves the pull room to apply (a tight loop with no pause at all starves it).
    const saves: number[] = [];
    let busyPulls = 0;
    const freshScope = await scopeOf(fresh.client);
    // The app's pull: it applies between two saves (see db/write-gate.ts).
    const freshEngine = syncEngineOf(new DatabaseSlot(fresh));
    for (let round = 0; round < 8; round += 1) {
      await saveAnswers(seeder.database, scope, 1_500);
      await seeder.sync.runner.pushNow('bench round');
      // As the runner does: a pull refused as busy is tried again (with the engine order, none is).
      for (let attempt = 0; ; attempt += 1) {
        let pulling = true;
        const pull = freshEngine.pull().then(
          () => null,
          (error: unknown) => error,
        );
        void pull.finally(() => {
          pulling = false;
        });
        while (pulling) {
          await saveAnswers(fresh, freshScope, 1, (t) => saves.push(t));
          await new Promise((r) => setTimeout(r, 1));
        }
        const error = await pull;
        if (error === null) break;
        busyPulls += 1;
        if (attempt > 50) throw error instanceof Error ? error : new Error('the pull kept failing');
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    console.log(
      `${String(saves.length)} saves timed during 8 pulls (${String(busyPulls)} pull tries lost to a save and were retried)`,
    );
    await fresh.close();
    await seeder.close();
    saves.sort((a, b) => a - b);
    return { app, raw: rawMs, savesP50: percentile(saves, 0.5), savesP99: percentile(saves, 0.99) };
  } finally {
    await server.stop();
  }
}

async function benchSavesDuringSync(): Promise<SavesDuringSync> {
  const server = await startSyncServerProcess();
  try {
    const a = await enrolledCore('lab-a', server.url);
    const b = await enrolledCore('lab-b', server.url);
    const result = await savesDuringSync(
      { core: a, scope: await scopeOf(a.database.client) },
      { core: b, scope: await scopeOf(b.database.client) },
      ANSWERS,
    );
    console.log(
      `${String(result.saves)} saves on two computers during sync: ${String(result.errors.length)} failed, ` +
        `${String(result.checkpoints.ok)} checkpoints (${String(result.checkpoints.failed)} failed), ` +
        `${String(result.syncFailures.length)} failed sync runs`,
    );
    for (const error of [...new Set([...result.errors, ...result.syncFailures])].slice(0, 5))
      console.log(`  ${error}`);
    await a.close();
    await b.close();
    return result;
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const lab = await benchSavesDuringSync();
  const push = await benchPush();
  const boot = await benchBootstrapAndSaves();
  const round = (n: number) => Math.round(n * 100) / 100;
  const results = {
    push_10k_ms: round(push.app),
    raw_push_10k_ms: round(push.raw),
    bootstrap_ms: round(boot.app),
    raw_bootstrap_ms: round(boot.raw),
    app_raw_ratio: round(Math.max(push.app / push.raw, boot.app / boot.raw)),
    bytes_per_answer: round(push.bytesPerAnswer),
    engine_statements_bytes_per_answer: round(push.engineBytesPerAnswer),
    engine_statements_push_10k_ms: round(push.engineMs),
    rows_per_save: round(push.rowsPerSave),
    raw_answer_push_10k_ms: round(push.plain),
    push_ratio: round(push.app / push.plain),
    save_p50_during_pull_ms: round(boot.savesP50),
    save_p99_during_pull_ms: round(boot.savesP99),
    save_errors_during_sync: lab.errors.length,
    wal_max_mb: round(lab.walMaxBytes / (1024 * 1024)),
  };
  const targets: Record<string, string> = {
    push_10k_ms: '< 2000',
    bootstrap_ms: '< 3000',
    app_raw_ratio: '<= 1.3',
    save_p99_during_pull_ms: '< 10',
    save_errors_during_sync: '0',
    bytes_per_answer: '<= 1200',
    rows_per_save: '<= 2',
    push_ratio: '<= 1.5',
    wal_max_mb: '<= 16',
  };
  console.log('\nSync benchmark (loopback, tursodb --sync-server)\n');
  console.log(`${'metric'.padEnd(28)}${'value'.padStart(12)}   target`);
  for (const [key, value] of Object.entries(results)) {
    console.log(`${key.padEnd(28)}${String(value).padStart(12)}   ${targets[key] ?? ''}`);
  }
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'sync.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${join(outDir, 'sync.json')}`);
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
