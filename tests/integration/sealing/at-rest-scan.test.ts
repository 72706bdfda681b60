import { describe, expect, it } from 'vitest';
import demoData from '../../../resources/demo/demo-organisation.json';
import { contentToColumns } from '@db/repositories/question-mapping';
import { questionContentSchema } from '@shared/domain/questions';
import { signedIn } from '../../helpers/core';
import { correctAnswer, demoTestId, keysOf } from '../../helpers/exam';
import { rawHits } from '../../helpers/raw-scan';
import { startSyncServer } from '../../helpers/sync-server';
import { tempDir } from '../../helpers/temp-dir';
import { enrol, newDevice, syncOk } from '../sync/support/devices';

/** The demo answer keys exactly as `correct_answer` held them before sealing. */
function demoKeysAsStoredBefore(): string[] {
  const keys = demoData.questions.flatMap((raw) => {
    const parsed = questionContentSchema.safeParse(raw);
    if (!parsed.success) return [];
    const stored = contentToColumns(parsed.data).correctAnswer;
    return stored === null ? [] : [stored];
  });
  return [...new Set(keys)];
}

const IMPORTED_TEXT = 'Which genus does the ocelot belong to?';
const IMPORTED_ANSWER = 'Leopardus';

describe('the files at rest', () => {
  it('hold no answer key and no hash after the demo seed, an exam and an import, on the device or the server', async () => {
    const server = await startSyncServer();
    const dataDir = tempDir('exam-sealed-');
    const device = await enrol(await newDevice({ dataDir }), server, 'Lab PC');
    await syncOk(device);

    const student = await signedIn(device.core, 'student1');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const keys = await keysOf(device.core, session);
    for (const q of session.questions) {
      if (q.type === 'description') continue;
      await student.ok('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: q.questionId,
        answer: correctAnswer(q, keys.get(q.questionId)!),
      });
    }
    const submitted = await student.ok('exams.submit', { attemptId: session.attemptId });
    expect(submitted.status).toBeDefined();
    // A start code issued by the proctor is a hash at rest too.
    const proctor = await signedIn(device.core, 'proctor');
    const issued = await proctor.ok('proctor.issueStartCode', { testId: session.testId });
    expect(issued.code).toMatch(/^\w+$/);

    const author = await signedIn(device.core, 'author');
    const report = await author.ok('questions.import', {
      format: 'gift',
      fileName: 'ocelot.gift',
      base64: Buffer.from(`${IMPORTED_TEXT} {=${IMPORTED_ANSWER}}\n`).toString('base64'),
      skipDuplicates: true,
    });
    expect(report.items.map((i) => i.status)).toEqual(['imported']);
    // Importing it again finds the duplicate through the keyed hash.
    const again = await author.ok('questions.import', {
      format: 'gift',
      fileName: 'ocelot.gift',
      base64: Buffer.from(`${IMPORTED_TEXT} {=${IMPORTED_ANSWER}}\n`).toString('base64'),
      skipDuplicates: true,
    });
    expect(again.items.map((i) => i.status)).toEqual(['duplicate']);
    await syncOk(device);
    await device.core.close();
    await server.stop();

    // Hashes as scrypt writes them: `scrypt$N$r$p$salt$hash`.
    const secrets = [...demoKeysAsStoredBefore(), IMPORTED_ANSWER, 'scrypt$'];
    expect(secrets.length).toBeGreaterThan(20);
    // The scan reads what is there: the question text, which is not sealed, is found in both.
    expect(rawHits(dataDir, [IMPORTED_TEXT])).not.toEqual([]);
    expect(rawHits(server.dir, [IMPORTED_TEXT])).not.toEqual([]);
    expect(rawHits(dataDir, secrets)).toEqual([]);
    expect(rawHits(server.dir, secrets)).toEqual([]);
  });
});
