/**
 * The service side of `npm run bench:content` (real services, real database,
 * local sync server):
 *
 * - cloze_save_p99_ms: saving one gap of a 20-gap cloze through the API
 *   (the whole answer goes, as the exam sends it), p99 of 3,000.
 * - main_heap_rich_mb: the main services' heap during a 200-question attempt
 *   where every question has 2 images and 3 formulas: the paper started,
 *   every image fetched through media.get as the exam screen does, and
 *   every question answered.
 * - media_bootstrap_ms: a fresh device's first pull of a tenant with 5,000
 *   questions and 300 MB of images (uploaded through media.upload on a
 *   seeding device and pushed) from the local sync server.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@db/open';
import { createCore, type Core } from '@main/app/core';
import type { QuestionContentInput } from '@shared/domain/questions';
import { startSyncServerProcess } from '../e2e/support/sync-server-process';
import { signIn, type BenchClient } from './exam-fixtures';
import { publishTest } from './content-fixtures';
import { percentile, round, type BenchPart } from './content-part';

let scratch = '';
const MEDIA_MB = Number(process.env.CONTENT_BENCH_MEDIA_MB ?? 300);
const IMAGE_BYTES = 1024 * 1024;
const QUESTIONS = 5_000;

const ms = (t0: number) => performance.now() - t0;

/** A PNG of `bytes` bytes: the signature, then noise (images rarely compress further). */
function pngOf(bytes: number): string {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, randomBytes(bytes - sig.length)]).toString('base64');
}

async function coreAt(name: string): Promise<Core> {
  return createCore({
    dataDir: join(scratch, name),
    seedDemo: true,
    startSync: false,
    logError: () => undefined,
  });
}

/** Cloze saves and, interleaved with them (so both see the same load), single-choice saves. */
async function clozeSave(): Promise<{ cloze: number; choice: number }> {
  const core = await coreAt('cloze');
  try {
    const author = await signIn(core, 'author@northfield.example');
    const gaps = Array.from({ length: 20 }, (_, i) => ({
      id: `g${i}`,
      kind: (['choice', 'text', 'numeric'] as const)[i % 3]!,
      marks: 1,
      ...(i % 3 === 0 && {
        options: [
          { id: 'a', text: 'alpha' },
          { id: 'b', text: 'beta' },
        ],
      }),
    }));
    const key = Object.fromEntries(
      gaps.map((g) => [
        g.id,
        g.kind === 'choice'
          ? { optionId: 'a' }
          : g.kind === 'text'
            ? { accepted: [`word${g.id}`] }
            : { value: 1, tolerance: 0 },
      ]),
    );
    const cloze: QuestionContentInput = {
      type: 'cloze',
      text: gaps.map((g) => `Sentence with {{gap:${g.id}}} in it.`).join(' '),
      options: null,
      gaps,
      key: { gaps: key },
      marks: 20,
    };
    const choice: QuestionContentInput = {
      type: 'single_choice',
      text: 'Pick one.',
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
      key: { optionId: 'a' },
      marks: 1,
    };
    const testId = await publishTest(core, author, 'Cloze bench', [cloze, choice]);
    const student = await signIn(core, 'student1@northfield.example');
    const session = await student.ok('exams.start', { testId });
    const q = session.questions.find((x) => x.type === 'cloze')!;
    const c = session.questions.find((x) => x.type === 'single_choice')!;
    const saveChoice = (i: number) =>
      student.ok('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: c.questionId,
        answer: { type: 'single_choice', optionId: i % 2 ? 'a' : 'b' },
      });
    const answer: Record<string, string | null> = Object.fromEntries(gaps.map((g) => [g.id, null]));
    const save = async (i: number) => {
      const gap = gaps[i % gaps.length]!;
      answer[gap.id] = gap.kind === 'choice' ? (i % 2 ? 'a' : 'b') : String(i);
      await student.ok('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: q.questionId,
        answer: { type: 'cloze', gaps: { ...answer } },
      });
    };
    for (let i = 0; i < 300; i += 1) {
      await save(i);
      await saveChoice(i);
    }
    const times: number[] = [];
    const choiceTimes: number[] = [];
    for (let i = 0; i < 3_000; i += 1) {
      const t = performance.now();
      await save(i);
      times.push(performance.now() - t);
      const u = performance.now();
      await saveChoice(i);
      choiceTimes.push(performance.now() - u);
    }
    return { cloze: percentile(times, 0.99), choice: percentile(choiceTimes, 0.99) };
  } finally {
    await core.close();
  }
}

async function richHeap(): Promise<number> {
  const core = await coreAt('rich');
  try {
    const author = await signIn(core, 'author@northfield.example');
    const questions: QuestionContentInput[] = [];
    const hashes: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const pair: string[] = [];
      for (let j = 0; j < 2; j += 1) {
        pair.push(
          (await author.ok('media.upload', { name: `fig${i}-${j}.png`, data: pngOf(40_000) })).hash,
        );
      }
      hashes.push(...pair);
      questions.push({
        type: 'single_choice',
        format: 'html',
        text:
          `<p>Question ${i}: with \\(E = mc^2\\) and \\[\\int_0^1 x^2\\,dx = \\tfrac13\\] and $$a^2 + b^2 = c^2$$.</p>` +
          pair
            .map((h, j) => `<p><img src="media:${h}" alt="Figure ${j + 1} of question ${i}" /></p>`)
            .join(''),
        options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `<em>Option ${id}</em>` })),
        key: { optionId: 'b' },
        marks: 1,
      });
    }
    const testId = await publishTest(core, author, 'Rich 200', questions);
    const student = await signIn(core, 'student1@northfield.example');
    const session = await student.ok('exams.start', { testId });
    for (const hash of hashes) await student.ok('media.get', { hash });
    for (const q of session.questions) {
      await student.ok('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: q.questionId,
        answer: { type: 'single_choice', optionId: 'b' },
      });
    }
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  } finally {
    await core.close();
  }
}

async function enrol(core: Core, url: string): Promise<BenchClient> {
  const admin = await signIn(core, 'admin@northfield.example');
  await admin.ok('sync.enrol', { url, token: 'bench', deviceName: 'Seeder' });
  await core.sync.syncNow();
  return admin;
}

async function mediaBootstrap(): Promise<{ ms: number; media: number; mb: number }> {
  const server = await startSyncServerProcess();
  try {
    const seeder = await coreAt('seeder');
    const admin = await enrol(seeder, server.url);
    const client = seeder.database.client;
    const org = (await client.get('SELECT id FROM clients LIMIT 1')) as { id: string };
    await client.transactionAsync(async (tx) => {
      for (let i = 0; i < QUESTIONS; i += 1) {
        await tx.run(
          "INSERT INTO questions (id, client_id, question_text, question_type, options, correct_answer, marks, version) VALUES (?, ?, ?, 'single_choice', ?, ?, 1, 1)",
          `bench-q-${String(i).padStart(6, '0')}`,
          org.id,
          `Bench question ${i}: which option is right?`,
          JSON.stringify([
            { id: 'a', text: 'One' },
            { id: 'b', text: 'Two' },
          ]),
          JSON.stringify({ optionId: 'b' }),
        );
      }
    })();
    if (!(await seeder.sync.runner.pushNow('bench questions'))) throw new Error('push failed');
    // Each image is pushed on its own: a push carries whole transactions, and small pushes
    // keep the seeding device within the engine's request bounds.
    for (let i = 0; i < MEDIA_MB; i += 1) {
      await admin.ok('media.upload', { name: `scan-${i}.png`, data: pngOf(IMAGE_BYTES) });
      if (!(await seeder.sync.runner.pushNow('bench media'))) throw new Error('media push failed');
    }
    await seeder.close();

    const t0 = performance.now();
    const fresh = await openDatabase({
      path: join(scratch, 'fresh', 'exam.db'),
      remote: { url: () => server.url },
    });
    const elapsed = ms(t0);
    const media = (await fresh.client.get(
      'SELECT count(*) AS n, sum(size) AS bytes FROM media',
    )) as {
      n: number;
      bytes: number;
    };
    const chunks = (await fresh.client.get('SELECT count(*) AS n FROM media_chunks')) as {
      n: number;
    };
    const questions = (await fresh.client.get('SELECT count(*) AS n FROM questions')) as {
      n: number;
    };
    await fresh.close();
    if (questions.n < QUESTIONS || media.n < MEDIA_MB || chunks.n < MEDIA_MB * 64) {
      throw new Error(
        `the fresh device is missing data: ${JSON.stringify({ media, chunks, questions })}`,
      );
    }
    return { ms: elapsed, media: media.n, mb: media.bytes / 1024 / 1024 };
  } finally {
    await server.stop();
  }
}

export async function serviceContentFigures(): Promise<BenchPart> {
  scratch = mkdtempSync(join(tmpdir(), 'exam-bench-content-'));
  mkdirSync(scratch, { recursive: true });
  try {
    const saves = await clozeSave();
    const heap = await richHeap();
    const boot = await mediaBootstrap();
    return {
      results: {
        cloze_save_p99_ms: round(saves.cloze, 3),
        choice_save_p99_ms: round(saves.choice, 3),
        media_bootstrap_ms: round(boot.ms, 0),
        main_heap_rich_mb: round(heap, 1),
      },
      targets: {
        cloze_save_p99_ms: '< 5',
        media_bootstrap_ms: '< 60000',
        main_heap_rich_mb: '< 150',
      },
      notes: [
        'choice_save_p99_ms is the same save of a single choice, interleaved with the cloze ' +
          "saves: the machine's floor at that moment.",
        `media_bootstrap_ms pulled ${boot.media} media files (${round(boot.mb, 1)} MB) and ` +
          `${QUESTIONS} questions onto a fresh device.`,
      ],
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
