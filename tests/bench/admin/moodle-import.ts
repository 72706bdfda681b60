import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '@main/app/core';
import type { QuestionContentInput } from '@shared/domain/questions';
import { publishTest } from '../content-fixtures';
import { signIn } from '../exam-fixtures';
import { moodleBank } from './moodle-bank';
import { percentile, round } from './stats';

const QUESTIONS = 5_000;
const IMAGES = 1_000;

/**
 * A 5,000-question Moodle XML import with 1,000 embedded images, through the
 * API on a fresh database, while a student saves answers on the same core:
 * the import's time, the process's peak memory while it runs (the reader
 * thread included) and the answer saves' p99 meanwhile.
 */
export async function measureMoodleImport(dataDir: string): Promise<Record<string, number>> {
  const core = await createCore({
    dataDir: join(dataDir, 'moodle'),
    seedDemo: true,
    startSync: false,
    logError: () => undefined,
  });
  try {
    const author = await signIn(core, 'author@northfield.example');
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
    const testId = await publishTest(core, author, 'Saves during import', [choice]);
    const student = await signIn(core, 'student1@northfield.example');
    const session = await student.ok('exams.start', { testId });
    const questionId = session.questions[0]?.questionId ?? '';
    const save = (i: number) =>
      student.ok('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId,
        answer: { type: 'single_choice', optionId: i % 2 ? 'a' : 'b' },
      });
    for (let i = 0; i < 50; i += 1) await save(i);

    const xml = moodleBank(QUESTIONS, IMAGES);
    const base64 = Buffer.from(xml).toString('base64');
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const saves: number[] = [];
    let running = true;
    const start = performance.now();
    const importing = author
      .ok('questions.import', {
        format: 'moodle-xml',
        fileName: 'bank-5k.moodle.xml',
        base64,
        skipDuplicates: false,
      })
      .finally(() => {
        running = false;
      });
    for (let i = 0; running; i += 1) {
      const t = performance.now();
      await save(i);
      saves.push(performance.now() - t);
    }
    const report = await importing;
    const importMs = performance.now() - start;
    clearInterval(sampler);
    if (report.counts.imported !== QUESTIONS)
      throw new Error(
        `imported ${report.counts.imported} of ${QUESTIONS}: ${report.rejection ?? report.items.find((i) => i.reason)?.reason ?? ''}`,
      );
    return {
      moodle_xml_import_5k_ms: round(importMs),
      import_peak_rss_mb: round(peak / 1024 / 1024),
      save_p99_during_import_ms: round(percentile(saves, 99), 2),
      saves_during_import_count: saves.length,
      moodle_xml_file_mb: round(xml.length / 1024 / 1024, 2),
    };
  } finally {
    await core.close();
  }
}
