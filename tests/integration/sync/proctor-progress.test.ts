import { describe, expect, it } from 'vitest';
import type { ProctorAttempt } from '@shared/domain/exam';
import { seededRandom } from '@shared/random/seeded-random';
import { signedIn, type TestClient } from '../../helpers/core';
import { demoTestId } from '../../helpers/exam';
import { startSyncServer } from '../../helpers/sync-server';
import { enrolledPair, syncOk, type Device } from './support/devices';

const STUDENTS = ['student1', 'student2', 'student3'] as const;
const KINDS = ['window_blur', 'visibility_hidden', 'paste_blocked'] as const;

/** What the console should show of one attempt, kept from every acknowledged call. */
interface Truth {
  answers: Map<string, boolean>;
  integrity: Map<string, number>;
  lastSavedAt: string | null;
  questionCount: number;
  status: string;
}

interface Sitting {
  student: TestClient;
  attemptId: string;
  questionIds: string[];
  optionIds: Map<string, string[]>;
  truth: Truth;
}

async function sit(device: Device, who: (typeof STUDENTS)[number]): Promise<Sitting> {
  const student = await signedIn(device.core, who);
  const session = await student.ok('exams.start', { testId: await demoTestId(student) });
  return {
    student,
    attemptId: session.attemptId,
    questionIds: session.questions.map((q) => q.questionId),
    optionIds: new Map(
      session.questions.flatMap((q) =>
        q.type === 'single_choice' && q.options ? [[q.questionId, q.options.map((o) => o.id)]] : [],
      ),
    ),
    truth: {
      answers: new Map(),
      integrity: new Map(),
      lastSavedAt: null,
      questionCount: session.questions.length,
      status: 'in_progress',
    },
  };
}

/**
 * A scripted stretch of exam work: answers given, changed and cleared, flags
 * set on unanswered questions, integrity events; each recorded once it is acknowledged.
 */
async function work(
  device: Device,
  sittings: Sitting[],
  steps: number,
  seed: string,
): Promise<void> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  for (let i = 0; i < steps; i += 1) {
    // A second apart: the exam counts one report of a kind a second at most.
    device.time.advance(1_100);
    const s = pick(sittings);
    const questionId = pick(s.questionIds);
    const roll = random();
    if (roll < 0.1) {
      const kind = pick(KINDS);
      await s.student.ok('exams.reportIntegrity', { attemptId: s.attemptId, kind });
      s.truth.integrity.set(kind, (s.truth.integrity.get(kind) ?? 0) + 1);
      continue;
    }
    const options = s.optionIds.get(questionId);
    const input =
      roll < 0.2
        ? { flagged: true }
        : roll < 0.3 || !options
          ? { answer: null }
          : { answer: { type: 'single_choice' as const, optionId: pick(options) } };
    // Only single-choice questions get answers here; a clear of any other is still a save.
    if ('answer' in input && input.answer !== null && !options) continue;
    const receipt = await s.student.ok('exams.saveAnswer', {
      attemptId: s.attemptId,
      questionId,
      ...input,
    });
    if ('answer' in input) s.truth.answers.set(questionId, input.answer !== null);
    else if (!s.truth.answers.has(questionId)) s.truth.answers.set(questionId, false);
    s.truth.lastSavedAt = receipt.savedAt;
  }
}

function expectConsoleShows(rows: ProctorAttempt[], sittings: Sitting[]): void {
  const byId = new Map(rows.map((r) => [r.attemptId, r]));
  expect([...byId.keys()].sort()).toEqual(sittings.map((s) => s.attemptId).sort());
  for (const s of sittings) {
    const row = byId.get(s.attemptId)!;
    const given = [...s.truth.answers.values()].filter(Boolean).length;
    expect(row, s.attemptId).toMatchObject({
      answeredCount: given,
      questionCount: s.truth.questionCount,
      integrity: Object.fromEntries(s.truth.integrity),
      integrityTotal: [...s.truth.integrity.values()].reduce((a, b) => a + b, 0),
      status: s.truth.status,
    });
    if (s.truth.status === 'in_progress') expect(row.lastSavedAt).toBe(s.truth.lastSavedAt);
  }
}

describe('the proctor console reads progress from synced rows', () => {
  it('shows each attempt run on another computer with the counts its saves made, and drops ended ones after 12 hours', async () => {
    const server = await startSyncServer();
    const { a, b } = await enrolledPair(server);
    const sittings: Sitting[] = [];
    for (const who of STUDENTS) sittings.push(await sit(a, who));
    await work(a, sittings, 90, 'proctor-progress');
    // A student finishes: the attempt stays on the console, as ended.
    const done = sittings[0]!;
    const result = await done.student.ok('exams.submit', { attemptId: done.attemptId });
    done.truth.status = result.status;
    await work(a, sittings.slice(1), 30, 'after-submit');
    expect(sittings.some((s) => [...s.truth.answers.values()].some((v) => !v))).toBe(true);

    await syncOk(a);
    await syncOk(b);
    const proctorOnB = await signedIn(b.core, 'proctor');
    const onB = await proctorOnB.ok('proctor.attempts', {});
    expect(onB.every((r) => !r.onThisDevice)).toBe(true);
    expectConsoleShows(onB, sittings);
    // The computer running them shows the same counts.
    expectConsoleShows(
      await (await signedIn(a.core, 'proctor')).ok('proctor.attempts', {}),
      sittings,
    );

    // Past 12 hours after the submit by B's clock, which has not moved during the sitting.
    b.time.clock.advance(12 * 3_600_000 + 10 * 60_000);
    const later = await signedIn(b.core, 'proctor');
    expectConsoleShows(await later.ok('proctor.attempts', {}), sittings.slice(1));
  });
});
