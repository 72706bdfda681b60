import { describe, expect, it } from 'vitest';
import type { StoredQuestion } from '@shared/domain/bank';
import { clientOf, DEMO_PASSWORD, demoEmail } from '../../helpers/core';
import { createExamCore, demoTestId, keysOf, wrongAnswer } from '../../helpers/exam';

/** Property names that would carry a key or a verdict. */
const FORBIDDEN = new Set([
  'key',
  'correctAnswer',
  'correct_answer',
  'accepted',
  'caseSensitive',
  'tolerance',
  'toleranceMode',
  'isCorrect',
  'is_correct',
  'marksObtained',
  'marks_obtained',
  'paper',
  'shuffleSeed',
  'seed',
  // Partial credit and feedback, which only a released review may show.
  'weights',
  'partial',
  'alternatives',
  'credit',
  'feedback',
  'perOption',
  'perAnswer',
  'perGap',
]);

function forbiddenPaths(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => forbiddenPaths(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      ...(FORBIDDEN.has(k) ? [`${path}.${k}`] : []),
      ...forbiddenPaths(v, `${path}.${k}`),
    ]);
  }
  return [];
}

function keyTexts(stored: StoredQuestion): string[] {
  const key = stored.key as Record<string, unknown> | null;
  if (stored.type === 'short_answer')
    return (key?.accepted as string[]).map((a) => a.toLowerCase());
  if (stored.type === 'cloze') {
    const gaps = Object.values((key?.gaps ?? {}) as Record<string, Record<string, unknown>>);
    return gaps
      .flatMap((g) => [
        ...((g.accepted as string[] | undefined) ?? []),
        ...((g.partial as Array<{ answer: string }> | undefined) ?? []).map((p) => p.answer),
      ])
      .map((a) => a.toLowerCase());
  }
  return [];
}

/** Every feedback text a question holds: none may reach the page before a released review. */
function feedbackTexts(stored: StoredQuestion): string[] {
  const fb = stored.feedback;
  if (!fb) return [];
  return [
    fb.general,
    fb.correct,
    fb.partial,
    fb.incorrect,
    ...Object.values(fb.perOption ?? {}),
    ...(fb.perAnswer ?? []).map((e) => e.text),
    ...Object.values(fb.perGap ?? {}),
  ].filter((t): t is string => t !== undefined && t.trim() !== '');
}

describe('answer keys never reach the renderer before submit', () => {
  it('records every API payload and event of a whole attempt and finds no key in any', async () => {
    const core = await createExamCore();
    const student = clientOf(core);
    const payloads: Array<{ what: string; body: unknown }> = [];
    const dispatch = core.router.dispatch.bind(core.router);
    core.router.dispatch = async (method, input, caller) => {
      const result = await dispatch(method, input, caller);
      if (caller.sessionKey === student.key) payloads.push({ what: method, body: result });
      return result;
    };
    core.events.subscribe((name, payload, target) => {
      if (target === null || target === student.key)
        payloads.push({ what: `event ${name}`, body: payload });
    });

    await student.ok('auth.signIn', { email: demoEmail.student1, password: DEMO_PASSWORD });
    await student.ok('auth.session', {});
    const testId = await demoTestId(student);
    const session = await student.ok('exams.start', { testId });
    const keys = await keysOf(core, session);
    // A description is read, not answered.
    for (const q of session.questions.filter((x) => x.type !== 'description')) {
      core.clock.advance(20_000);
      await core.exam.runtime.tick();
      await student.ok('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: q.questionId,
        answer: wrongAnswer(q, keys.get(q.questionId)!),
        flagged: q.number % 3 === 0,
      });
      await student.ok('exams.reportIntegrity', {
        attemptId: session.attemptId,
        kind: 'window_blur',
      });
    }
    await student.ok('exams.resume', { attemptId: session.attemptId });
    await student.ok('exams.available', {});
    await student.call('exams.result', { attemptId: session.attemptId });
    await student.call('exams.attempt', { id: session.attemptId });
    await student.call('exams.attempts', {});
    const beforeSubmit = payloads.length;
    expect(beforeSubmit).toBeGreaterThan(40);
    expect(payloads.some((p) => p.what === 'event clock.tick')).toBe(true);

    for (const p of payloads) expect(forbiddenPaths(p.body), p.what).toEqual([]);
    const text = JSON.stringify(payloads).toLowerCase();
    for (const stored of keys.values()) {
      for (const accepted of keyTexts(stored)) expect(text).not.toContain(`"${accepted}"`);
      for (const feedback of feedbackTexts(stored)) {
        expect(text).not.toContain(feedback.toLowerCase().slice(0, 40));
      }
    }
    // The paper holds every type, feedback written on the newer ones, and none of it went out.
    expect(new Set([...keys.values()].map((q) => q.type)).size).toBe(10);
    expect([...keys.values()].flatMap(feedbackTexts).length).toBeGreaterThan(5);
    // An ordering question starts in an order that is not the key's.
    for (const q of session.questions.filter((x) => x.type === 'ordering')) {
      const key = keys.get(q.questionId)?.key as { order: string[] } | null;
      expect(q.items?.map((i) => i.id)).not.toEqual(key?.order);
    }
    // The whole paper went out, and every question's options, in this student's order.
    const start = payloads.find((p) => p.what === 'exams.start');
    expect(JSON.stringify(start?.body)).toContain(session.questions[10]!.text.slice(0, 20));

    await student.ok('exams.submit', { attemptId: session.attemptId });
    expect(payloads.length).toBeGreaterThan(beforeSubmit);
  });
});
