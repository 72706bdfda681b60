import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerValue } from '@shared/domain/questions';
import { answer, goTo, loadExam, useExamStore } from '@renderer/exams/exam-store';
import { examSession } from '../support/exam-session';
import { installFakeExamApi } from '../support/install-fake-api';

const api = installFakeExamApi();

type Step =
  | { kind: 'type'; question: 0 | 2; text: string }
  | { kind: 'click'; optionId: 'a' | 'b' | 'c' }
  | { kind: 'wait'; ms: number }
  | { kind: 'go'; index: number }
  | { kind: 'down' | 'up' | 'hold' | 'release' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('type' as const),
    question: fc.constantFrom(0 as const, 2 as const),
    text: fc.string({ minLength: 1, maxLength: 12 }),
  }),
  fc.record({ kind: fc.constant('click' as const), optionId: fc.constantFrom('a', 'b', 'c') }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 3_000 }) }),
  fc.record({ kind: fc.constant('go' as const), index: fc.integer({ min: 0, max: 2 }) }),
  fc.record({
    kind: fc.constantFrom('down' as const, 'up' as const, 'hold' as const, 'release' as const),
  }),
);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('exam store outbox under outages', () => {
  it('commits the last answer given to every question once main answers again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 40 }), async (steps) => {
        vi.clearAllTimers();
        const session = examSession(['short_answer', 'single_choice', 'essay']);
        api.reset(session.clock);
        loadExam(session);
        const ids = session.questions.map((q) => q.questionId);
        const given = new Map<string, AnswerValue>();

        for (const step of steps) {
          switch (step.kind) {
            case 'type': {
              const id = ids[step.question] ?? '';
              const value: AnswerValue =
                step.question === 0
                  ? { type: 'short_answer', text: step.text }
                  : { type: 'essay', text: step.text };
              given.set(id, value);
              answer(id, value, true);
              break;
            }
            case 'click': {
              const id = ids[1] ?? '';
              const value: AnswerValue = { type: 'single_choice', optionId: step.optionId };
              given.set(id, value);
              answer(id, value);
              break;
            }
            case 'wait':
              await vi.advanceTimersByTimeAsync(step.ms);
              break;
            case 'go':
              goTo(step.index);
              break;
            case 'down':
              api.goDown();
              break;
            case 'up':
              api.recover();
              break;
            case 'hold':
              api.hold();
              break;
            case 'release':
              api.release();
              await vi.advanceTimersByTimeAsync(0);
              break;
          }
        }

        api.recover();
        api.release();
        // The longest retry delay is two seconds; a few of them drain every outbox.
        await vi.advanceTimersByTimeAsync(10_000);

        for (const [id, value] of given) {
          expect(api.committed.get(id)?.answer).toEqual(value);
          expect(useExamStore.getState().answers[id]).toMatchObject({ value, status: 'saved' });
        }
        expect(useExamStore.getState().saveProblem).toBeNull();
      }),
      { numRuns: 150 },
    );
  });
});
