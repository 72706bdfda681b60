import { describe, expect, it } from 'vitest';
import { hasTestKey } from '@db/sealing/test-content';
import { createTestCore, signedIn } from '../../helpers/core';
import { adminTenant } from '../../helpers/exam';
import { rawHits } from '../../helpers/raw-scan';
import { startSyncServer } from '../../helpers/sync-server';
import { tempDir } from '../../helpers/temp-dir';
import { enrol, newDevice, syncOk } from '../sync/support/devices';
import { publishSealedTest, SEALED_TEXT } from './support/sealed-paper';

const sealedTexts = Object.values(SEALED_TEXT);

describe('sealed tests', () => {
  it('keep their questions out of the raw bytes of the device and the server, before and after the start code', async () => {
    const server = await startSyncServer();
    const dataDir = tempDir('exam-sealed-test-');
    const device = await enrol(await newDevice({ dataDir }), server, 'Lab PC');
    await syncOk(device);
    const author = await signedIn(device.core, 'author');
    const { testId } = await publishSealedTest(author);
    // Staff read it in main as before: the editor, the test builder.
    const detail = await author.ok('tests.get', { id: testId });
    expect(detail.sealed).toBe(true);
    expect(detail.questions.map((q) => q.text)).toEqual([SEALED_TEXT.stem, SEALED_TEXT.essay]);
    const question = await author.ok('questions.get', { id: detail.questions[0]!.questionId });
    expect(question.options?.map((o) => o.text)).toEqual([SEALED_TEXT.right, SEALED_TEXT.wrong]);
    expect(question.feedback?.general).toBe(SEALED_TEXT.feedback);
    // ...but the bank's search does not find it while it is sealed.
    const found = await author.ok('questions.list', { search: 'Neptune' });
    expect(found.items).toEqual([]);
    await syncOk(device);
    expect(rawHits(dataDir, sealedTexts)).toEqual([]);
    expect(rawHits(server.dir, sealedTexts)).toEqual([]);

    // Before the proctor gives the code, a student cannot start it.
    const student = await signedIn(device.core, 'student1');
    const early = await student.call('exams.start', { testId });
    expect(early.ok).toBe(false);
    const proctor = await signedIn(device.core, 'proctor');
    const { code } = await proctor.ok('proctor.issueStartCode', { testId });
    const wrong = await student.call('exams.start', {
      testId,
      startCode: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.ok).toBe(false);
    const session = await student.ok('exams.start', { testId, startCode: code });
    expect(session.questions.map((q) => q.text)).toEqual([SEALED_TEXT.stem, SEALED_TEXT.essay]);
    expect(session.questions[0]!.options?.map((o) => o.text)).toEqual([
      SEALED_TEXT.right,
      SEALED_TEXT.wrong,
    ]);
    await student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: session.questions[0]!.questionId,
      answer: { type: 'single_choice', optionId: 'a' },
    });
    const result = await student.ok('exams.submit', { attemptId: session.attemptId });
    expect(result.status).toBeDefined();
    await syncOk(device);
    await device.core.close();
    await server.stop();

    // Released and sat, the content is still sealed at rest.
    expect(rawHits(dataDir, sealedTexts)).toEqual([]);
    expect(rawHits(server.dir, sealedTexts)).toEqual([]);
  });

  it('refuses a student’s start before the start time in words, also when the wall clock is moved forward, and opens at the time', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const opensAt = new Date(core.clock.nowMs() + 60 * 60_000).toISOString();
    const { testId } = await publishSealedTest(author, {
      startCodeRequired: false,
      availableFrom: opensAt,
    });
    const student = await signedIn(core, 'student1');
    const early = await student.call('exams.start', { testId });
    expect(early).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: `This test is sealed until its start time (${opensAt}). It cannot be opened on this computer before then.`,
      },
    });
    // Someone moves the computer's clock past the start: the app's monotonic clock has not moved.
    core.clock.jumpWall(2 * 60 * 60_000);
    const moved = await student.call('exams.start', { testId });
    expect(moved).toEqual(early);
    // Within the tolerance (2 minutes) of the start by both clocks, it opens.
    core.clock.advance(60 * 60_000 - 90_000);
    const session = await student.ok('exams.start', { testId });
    expect(session.questions.map((q) => q.text)).toEqual([SEALED_TEXT.stem, SEALED_TEXT.essay]);
  });

  it('is readable after the start code across a restart of the core, and scores, reviews and exports as staff read it', async () => {
    const dataDir = tempDir('exam-sealed-restart-');
    const logs: string[] = [];
    const logError = (message: string, error: unknown) =>
      logs.push(
        `${message} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    const first = await createTestCore({ dataDir, logError });
    const author = await signedIn(first, 'author');
    const { testId, questionIds } = await publishSealedTest(author);
    const proctor = await signedIn(first, 'proctor');
    const { code } = await proctor.ok('proctor.issueStartCode', { testId });
    const student = await signedIn(first, 'student1');
    const session = await student.ok('exams.start', { testId, startCode: code });
    await student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: questionIds[0]!,
      answer: { type: 'single_choice', optionId: 'a' },
    });
    const tenant = await adminTenant(first);
    await first.close();
    // The key leaves memory with the organisation key; the next start opens it again from its wrap.
    expect(hasTestKey(tenant.clientId, testId)).toBe(false);

    const second = await createTestCore({ dataDir, logError });
    const again = await signedIn(second, 'student1');
    const resumeCode = await (
      await signedIn(second, 'proctor')
    ).ok('proctor.issueResumeCode', { attemptId: session.attemptId });
    const resumed = await again.ok('exams.resume', {
      attemptId: session.attemptId,
      resumeCode: resumeCode.code,
    });
    expect(resumed.questions.map((q) => q.text)).toEqual([SEALED_TEXT.stem, SEALED_TEXT.essay]);
    await again.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: questionIds[1]!,
      answer: {
        type: 'essay',
        text: 'Gravity slows the spin until one face stays towards the planet.',
      },
    });
    const result = await again.ok('exams.submit', { attemptId: session.attemptId });
    expect(result.score).toBe(2);
    const staff = await signedIn(second, 'author');
    const exported = await staff.ok('questions.export', { format: 'gift', ids: questionIds });
    expect(Buffer.from(exported.base64, 'base64').toString('utf8')).toContain(SEALED_TEXT.right);
    const responses = [
      await staff.ok('grading.queue', { testId }),
      await staff.ok('results.itemAnalysis', { testId }),
      await staff.ok('results.gradebook', { testId }),
      exported,
      await staff.ok('tests.get', { id: testId }),
      resumed,
    ].map((r) => JSON.stringify(r));
    // The marker reads the essay prompt as written.
    expect(responses[0]).toContain(SEALED_TEXT.essay);
    // No sealed value and no wrapped key leaves main, in any answer.
    for (const r of responses) expect(r).not.toMatch(/sq1:|tw1:|ek1:|sealedKeyWraps/);
    // Nor in what the app logs, nor in the error a student's refused start gets.
    expect(logs.filter((l) => /sq1:|tw1:/.test(l))).toEqual([]);
    const refused = await again.call('exams.start', { testId, startCode: '999999x' });
    expect(JSON.stringify(refused)).not.toMatch(/sq1:|tw1:/);
  });

  it('scores, reviews, analyses and exports a sealed paper exactly as the same paper unsealed', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const proctor = await signedIn(core, 'proctor');
    const sit = async (sealed: boolean, student: 'student1' | 'student2') => {
      const paper = await publishSealedTest(author, { sealed, name: sealed ? 'Sealed' : 'Plain' });
      const { code } = await proctor.ok('proctor.issueStartCode', { testId: paper.testId });
      const client = await signedIn(core, student);
      const session = await client.ok('exams.start', { testId: paper.testId, startCode: code });
      await client.ok('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: paper.questionIds[0]!,
        answer: { type: 'single_choice', optionId: 'b' },
      });
      const result = await client.ok('exams.submit', { attemptId: session.attemptId });
      const exported = await author.ok('questions.export', {
        format: 'gift',
        ids: paper.questionIds,
      });
      const analysis = await author.ok('results.itemAnalysis', { testId: paper.testId });
      const queue = await author.ok('grading.queue', { testId: paper.testId });
      return {
        score: [result.score, result.totalMarks],
        paper: session.questions.map((q) => [q.type, q.text, q.options]),
        exported: Buffer.from(exported.base64, 'base64').toString('utf8'),
        analysis: analysis.items.map((i) => [i.text, i.attempts, i.facility, i.options]),
        queue: queue.map((g) => g.questionText),
      };
    };
    const plain = await sit(false, 'student1');
    const sealed = await sit(true, 'student2');
    expect(sealed).toEqual(plain);
    expect(plain.score).toEqual([0, 5]);
    expect(plain.paper.map((q) => q[1])).toEqual([SEALED_TEXT.stem, SEALED_TEXT.essay]);
    expect(plain.analysis.map((i) => i[0])).toEqual([SEALED_TEXT.stem, SEALED_TEXT.essay]);
  });
});
