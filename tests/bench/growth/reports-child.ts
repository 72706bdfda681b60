import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore, type Core } from '@main/app/core';
import { percentile, round } from '../admin/stats';
import { rawCommitTimes } from '../raw-commit';
import { signedInApi, timedWithCpu } from './api';
import { childMain, peakRssDuring } from './child';
import { seedAttempts, seedStudents } from './seed-attempts';

const AUTHOR = 'author@northfield.example';
const QUESTIONS = 50;
const OPTIONS = ['a', 'b', 'c', 'd'];

type Api = Awaited<ReturnType<typeof signedInApi>>;

const testsFile = (dataDir: string) => join(dataDir, 'growth-tests.json');

function readTests(dataDir: string): Record<string, string> {
  return existsSync(testsFile(dataDir))
    ? (JSON.parse(readFileSync(testsFile(dataDir), 'utf8')) as Record<string, string>)
    : {};
}

/** A published test of 50 one-mark single-choice questions, made through the API. */
async function publishedTest(
  call: Api,
  name: string,
): Promise<{ id: string; questionIds: string[] }> {
  const questionIds: string[] = [];
  for (let i = 0; i < QUESTIONS; i += 1) {
    const q = await call('questions.create', {
      content: {
        type: 'single_choice',
        text: `${name}: question ${i + 1}, which statement is correct?`,
        options: OPTIONS.map((id) => ({ id, text: `Statement ${id}` })),
        key: { optionId: OPTIONS[i % OPTIONS.length] ?? 'a' },
        marks: 1,
      },
    });
    questionIds.push(q.id);
  }
  const test = await call('tests.create', { settings: { name } });
  await call('tests.setQuestions', {
    id: test.id,
    questions: questionIds.map((questionId) => ({ questionId, marks: 1 })),
  });
  await call('tests.publish', { id: test.id });
  return { id: test.id, questionIds };
}

async function seed(core: Core, dataDir: string, label: string, attempts: number, series: number) {
  const call = await signedInApi(core, AUTHOR);
  const org = await call('organisation.get', {});
  const test = await publishedTest(call, `Growth ${label}`);
  const students = await seedStudents(core.database.client, org.id, 400);
  const t0 = performance.now();
  await seedAttempts(core.database.client, {
    clientId: org.id,
    testId: test.id,
    studentIds: students,
    questions: test.questionIds.map((id, i) => ({
      id,
      key: OPTIONS[i % OPTIONS.length] ?? 'a',
      options: OPTIONS,
    })),
    attempts,
    series,
  });
  const seedMs = performance.now() - t0;
  // The app's sync runner checkpoints the WAL once it passes 8 MiB (shared/sync/policy.ts); the
  // seed writes with the runner off, so it checkpoints as the runner would have. Left in the
  // WAL, the seeded rows (about 1.4 GB of it at 10,000 attempts) are a state no device reaches.
  const c0 = performance.now();
  await core.database.client.checkpoint();
  writeFileSync(testsFile(dataDir), JSON.stringify({ ...readTests(dataDir), [label]: test.id }));
  return { seed_ms: round(seedMs), seed_checkpoint_ms: round(performance.now() - c0) };
}

/** The gradebook and item analysis of one test, `runs` times each, and the process's peak memory. */
async function measure(core: Core, dataDir: string, label: string, runs: number) {
  const testId = readTests(dataDir)[label];
  if (!testId) throw new Error(`no seeded test ${label}`);
  const call = await signedInApi(core, AUTHOR);
  // The process before any report: the app open and signed in (under tsx, as every step runs).
  const openMb = process.memoryUsage().rss / 1e6;
  const book: number[] = [];
  const bookCpu: number[] = [];
  const analysis: number[] = [];
  const analysisCpu: number[] = [];
  const [attempts, peakMb] = await peakRssDuring(async (sample) => {
    let seen = 0;
    for (let i = 0; i < runs; i += 1) {
      const [b, bookMs, bookCpuMs] = await timedWithCpu(() =>
        call('results.gradebook', { testId }),
      );
      sample();
      book.push(bookMs);
      bookCpu.push(bookCpuMs);
      const [a, analysisMs, analysisCpuMs] = await timedWithCpu(() =>
        call('results.itemAnalysis', { testId }),
      );
      sample();
      analysis.push(analysisMs);
      analysisCpu.push(analysisCpuMs);
      if (b.rows.length !== a.attempts || a.items.length !== QUESTIONS)
        throw new Error('the reports disagree on the attempts');
      seen = a.attempts;
    }
    return seen;
  });
  const retained = await retainedPerRun(call, testId);
  return {
    attempts,
    gradebook_ms: round(percentile(book, 50)),
    gradebook_cpu_ms: round(percentile(bookCpu, 50)),
    item_analysis_ms: round(percentile(analysis, 50)),
    item_analysis_cpu_ms: round(percentile(analysisCpu, 50)),
    peak_rss_mb: round(peakMb),
    open_rss_mb: round(openMb),
    retained_mb_per_run: round(retained, 2),
  };
}

const RETAIN_RUNS = 6;

/** Resident memory outside the JavaScript heap: the engine's, buffers, the runtime's own. */
const outsideHeapMb = () => {
  const m = process.memoryUsage();
  return (m.rss - m.heapTotal) / 1e6;
};

/**
 * What one run of both reports keeps for good outside the JavaScript heap
 * (a statement never finalized, an engine cache without a bound): with the
 * heap collected after each run, the growth per run of the resident memory
 * the heap does not account for. About 0 when nothing leaks; the heap's own
 * size moves with the collector and is left out.
 */
async function retainedPerRun(call: Api, testId: string): Promise<number> {
  const collect = globalThis.gc;
  if (!collect) throw new Error('run with --expose-gc');
  const both = async () => {
    await call('results.gradebook', { testId });
    await call('results.itemAnalysis', { testId });
    collect();
  };
  await both();
  await both();
  const before = outsideHeapMb();
  for (let i = 0; i < RETAIN_RUNS; i += 1) await both();
  return (outsideHeapMb() - before) / RETAIN_RUNS;
}

/**
 * The raw baseline for a save's latency: an append of one 8 KiB page and an
 * fsync, in the database's own folder, as many times as the saves. Every
 * committed save makes the engine write its WAL frames and fsync the WAL
 * once, on the main thread, so a save's p99 cannot fall below this one's.
 */
function rawFsyncs(dataDir: string, count: number) {
  const path = join(dataDir, 'raw-fsync-baseline.bin');
  const fd = openSync(path, 'w');
  const page = Buffer.alloc(8_192, 1);
  const times: number[] = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const start = performance.now();
      writeSync(fd, page, 0, page.length, i * page.length);
      fsyncSync(fd);
      times.push(performance.now() - start);
    }
  } finally {
    closeSync(fd);
    rmSync(path, { force: true });
  }
  return {
    raw_fsync_p50_ms: round(percentile(times, 50), 2),
    raw_fsync_p99_ms: round(percentile(times, 99), 2),
  };
}

/** The engine's floor on the same database (see ../raw-commit.ts), as `npm run bench:exam` measures it. */
async function rawCommits(core: Core, count: number) {
  const times = await rawCommitTimes(core, count);
  return {
    raw_commit_p50_ms: round(percentile(times, 50), 2),
    raw_commit_p99_ms: round(percentile(times, 99), 2),
  };
}

/** Answer saves through the API on a database that holds every seeded answer, then the raw baselines. */
async function saves(core: Core, dataDir: string) {
  const stored = (await core.database.client.get('SELECT count(*) AS n FROM attempt_answers')) as {
    n: number;
  };
  const call = await signedInApi(core, AUTHOR);
  const test = await publishedTest(call, 'Growth saves');
  const student = await signedInApi(core, 'student1@northfield.example');
  const session = await student('exams.start', { testId: test.id });
  const save = (i: number) => {
    const q = session.questions[i % session.questions.length];
    return student('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: q?.questionId ?? '',
      answer: { type: 'single_choice', optionId: OPTIONS[i % OPTIONS.length] ?? 'a' },
    });
  };
  for (let i = 0; i < 300; i += 1) await save(i);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < 2_000; i += 1) {
    const [, ms, cpuMs] = await timedWithCpu(() => save(i));
    times.push(ms);
    cpuTimes.push(cpuMs);
  }
  return {
    answers_stored: stored.n,
    save_p50_ms: round(percentile(times, 50), 2),
    save_p99_ms: round(percentile(times, 99), 2),
    save_p99_cpu_ms: round(percentile(cpuTimes, 99), 2),
    ...(await rawCommits(core, times.length)),
    ...rawFsyncs(dataDir, times.length),
  };
}

/**
 * `seed <dataDir> <label> <attempts> <series>`: a published test of 50 questions
 * with that many scored attempts. `measure <dataDir> <label> <runs>`: its
 * gradebook and item analysis at the API. `saves <dataDir>`: answer saves.
 */
childMain(async ([mode, dataDir = '', label = '', count = '0', series = '1']) => {
  const core = await createCore({
    dataDir,
    seedDemo: true,
    startSync: false,
    logError: () => undefined,
  });
  try {
    if (mode === 'seed') return await seed(core, dataDir, label, Number(count), Number(series));
    if (mode === 'measure') return await measure(core, dataDir, label, Number(count));
    if (mode === 'saves') return await saves(core, dataDir);
    throw new Error(`unknown step ${String(mode)}`);
  } finally {
    await core.close();
  }
});
