/**
 * One lab computer for `npm run bench:lab`: the app's services on their own
 * data folder, enrolled into the lab's organisation, its sync runner on the
 * default timings, and its students sitting the lab paper at a scripted
 * pace. Run by the harness with `child_process.fork` (bundled first); it
 * answers the harness's requests and reports every acknowledged save.
 */
import { performance } from 'node:perf_hooks';
import { createCore, type Core } from '@main/app/core';
import { seededRandom, shuffled, type Random } from '@shared/random/seeded-random';
import { signIn, type LabClient } from './api';
import { publishLabTest } from './lab-paper';
import {
  answersDigest,
  optionOf,
  type DeviceEvent,
  type DeviceReply,
  type DeviceRequest,
  type DeviceRows,
  type DeviceSetup,
  type ExamScript,
  type SyncCounts,
  type ToDevice,
} from './lab-protocol';

const ADMIN = 'admin@northfield.example';
const PROCTOR = 'proctor@northfield.example';
/** A save the app refused is tried again, as the exam page does, this often at most. */
const SAVE_TRIES = 40;
const RETRY_MS = 250;

let core: Core | null = null;
let setup: DeviceSetup | null = null;
let proctor: LabClient | null = null;
const logs = new Map<string, number>();

const send = (
  message: DeviceEvent | { id: number; ok: boolean; value?: unknown; error?: string },
) => process.send?.(message);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function logError(message: string, error: unknown): void {
  const text = `${message}: ${error instanceof Error ? error.message : String(error)}`;
  const key = text.slice(0, 120);
  logs.set(key, (logs.get(key) ?? 0) + 1);
}

function theCore(): Core {
  if (!core) throw new Error('the device is not set up');
  return core;
}

async function setUp(s: DeviceSetup): Promise<{ testId: string | null }> {
  setup = s;
  core = await createCore({ dataDir: s.dataDir, seedDemo: true, startSync: false, logError });
  let admin = await signIn(core, 'lab-admin', ADMIN);
  let testId: string | null = null;
  if (s.founder) {
    testId = await publishLabTest(admin);
    for (const email of s.allStudents) {
      await admin.ok('people.create', {
        name: email.split('@')[0]!,
        email,
        role: 'student',
        password: s.password,
      });
    }
  }
  const enrolled = await admin.ok('sync.enrol', {
    url: s.url,
    token: 'lab',
    deviceName: s.deviceName,
  });
  if (enrolled.signInAgain) admin = await signIn(core, 'lab-admin-2', ADMIN);
  const status = await core.sync.syncNow();
  if (status.lastError) throw new Error(`first sync: ${status.lastError}`);
  // Exam day: the lab's computers were enrolled beforehand and started again this morning, so
  // their pushes send the save's rows as compact statements (db/sync/compact-push.ts).
  await core.close();
  core = await createCore({ dataDir: s.dataDir, startSync: false, logError });
  if (core.database.pushStatements !== 'compact') throw new Error('no compact push after restart');
  core.sync.start();
  return { testId };
}

/** One student's sitting: every question answered once in a drawn order, some changed, then submitted. */
async function sit(student: LabClient, script: ExamScript, random: Random): Promise<void> {
  const session = await withRetries('exams.start', () =>
    student.call('exams.start', { testId: script.testId }),
  );
  const questions = session.questions.map((q) => ({
    id: q.questionId,
    options: (q.options ?? []).map((o) => o.id),
  }));
  const order = shuffled(questions, random);
  const revised = Array.from(
    { length: script.revisions },
    () => questions[Math.floor(random() * questions.length)]!,
  );
  for (const q of [...order, ...revised]) {
    await sleep(script.paceMs * (0.5 + random()));
    const optionId = q.options[Math.floor(random() * q.options.length)]!;
    const t0 = performance.now();
    await withRetries('exams.saveAnswer', () =>
      student.call('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: q.id,
        answer: { type: 'single_choice', optionId },
      }),
    );
    const latencyMs = performance.now() - t0;
    send({
      event: 'save',
      ack: {
        attemptId: session.attemptId,
        questionId: q.id,
        optionId,
        ackAt: Date.now(),
        latencyMs,
      },
    });
  }
  const result = await withRetries('exams.submit', () =>
    student.call('exams.submit', { attemptId: session.attemptId }),
  );
  send({ event: 'submitted', attemptId: session.attemptId, status: result.status, at: Date.now() });
}

/**
 * A call the app refused is tried again a moment later, as the exam page
 * does; each refusal is reported. Latency counts from the first try, as a
 * student would wait.
 */
async function withRetries<T>(
  what: string,
  call: () => Promise<
    { ok: true; value: T } | { ok: false; error: { code: string; message: string } }
  >,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await call();
    if (result.ok) return result.value;
    send({ event: 'saveError', message: `${what}: ${result.error.code} ${result.error.message}` });
    if (attempt >= SAVE_TRIES) throw new Error(`${what} kept failing: ${result.error.message}`);
    await sleep(RETRY_MS);
  }
}

async function run(script: ExamScript): Promise<{ started: number }> {
  const c = theCore();
  const s = setup!;
  const students: LabClient[] = [];
  for (const [i, email] of s.students.entries()) {
    students.push(await signIn(c, `lab-student-${String(i)}`, email, s.password));
  }
  const started = Date.now();
  void Promise.all(
    students.map((student, i) => sit(student, script, seededRandom(`${script.seed}:${String(i)}`))),
  ).then(
    () => send({ event: 'done', device: s.deviceName }),
    (error: unknown) => {
      send({ event: 'log', message: `sitting failed: ${String(error)}` });
      send({ event: 'done', device: s.deviceName });
    },
  );
  return { started };
}

async function counts(): Promise<SyncCounts> {
  const c = theCore();
  const history = c.sync.historyList(100_000);
  const of = (kind: string, ok: boolean) =>
    history.filter((r) => r.kind === kind && r.ok === ok).length;
  const stats = await c.sync.runner.stats();
  return {
    pushOk: of('push', true),
    pushFailed: of('push', false),
    pullOk: of('pull', true),
    pullFailed: of('pull', false),
    checkpointOk: of('checkpoint', true),
    checkpointFailed: of('checkpoint', false),
    walBytes: stats?.walBytes ?? 0,
    pending: stats?.pending ?? 0,
    pushOkAt: history
      .filter((r) => r.kind === 'push' && r.ok)
      .map((r) => Date.parse(r.startedAt))
      .sort((a, b) => a - b),
    logs: Object.fromEntries(logs),
  };
}

async function labAnswers(testId: string): Promise<Pick<DeviceRows, 'answers' | 'attempts'>> {
  const client = theCore().database.client;
  const answers = (await client.all(
    `SELECT n.id, n.attempt_id, n.question_id, n.student_answer FROM attempt_answers n
     JOIN attempts a ON a.id = n.attempt_id WHERE a.test_id = ?`,
    testId,
  )) as Array<{
    id: string;
    attempt_id: string;
    question_id: string;
    student_answer: string | null;
  }>;
  const attempts = (await client.all(
    'SELECT id, status FROM attempts WHERE test_id = ?',
    testId,
  )) as Array<{
    id: string;
    status: string | null;
  }>;
  return {
    answers: answers.map((r) => ({
      id: r.id,
      attemptId: r.attempt_id,
      questionId: r.question_id,
      optionId: optionOf(r.student_answer),
    })),
    attempts,
  };
}

/** The lab's rows on this computer, and what its proctor console shows of the lab's attempts. */
async function labRows(testId: string): Promise<DeviceRows> {
  proctor ??= await signIn(theCore(), 'lab-proctor', PROCTOR);
  const consoleRows = await proctor.ok('proctor.attempts', {});
  return {
    ...(await labAnswers(testId)),
    proctor: consoleRows
      .filter((r) => r.testId === testId)
      .map((r) => ({
        attemptId: r.attemptId,
        answeredCount: r.answeredCount,
        questionCount: r.questionCount,
        status: r.status,
      })),
  };
}

async function handle(request: DeviceRequest): Promise<DeviceReply> {
  switch (request.cmd) {
    case 'setup':
      return setUp(request.setup);
    case 'run':
      return run(request.script);
    case 'status':
      return counts();
    case 'syncNow':
      await theCore().sync.syncNow();
      return counts();
    case 'digest': {
      const rows = await labAnswers(request.testId);
      return { digest: answersDigest(rows.answers, rows.attempts), answers: rows.answers.length };
    }
    case 'rows':
      return labRows(request.testId);
    case 'close':
      await theCore().close();
      setTimeout(() => process.exit(0), 10);
      return null;
  }
}

process.on('message', (message: ToDevice) => {
  handle(message).then(
    (value) => send({ id: message.id, ok: true, value }),
    (error: unknown) =>
      send({
        id: message.id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
