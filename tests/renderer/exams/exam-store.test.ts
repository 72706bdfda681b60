import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiErrorBody } from '@shared/api/result';
import type { ExamSession } from '@shared/domain/exam';
import type { AnswerValue } from '@shared/domain/questions';
import { useSessionStore } from '@renderer/auth/session-store';
import {
  TYPING_SAVE_DELAY_MS,
  answer,
  flushAll,
  goTo,
  loadExam,
  toggleFlag,
  useExamStore,
} from '@renderer/exams/exam-store';
import { examSession } from '../support/exam-session';
import { installFakeExamApi } from '../support/install-fake-api';

const api = installFakeExamApi();
let session: ExamSession;

const qid = (index: number): string => session.questions[index]?.questionId ?? '';
const text = (t: string): AnswerValue => ({ type: 'short_answer', text: t });
const essay = (t: string): AnswerValue => ({ type: 'essay', text: t });
const choice = (optionId: string): AnswerValue => ({ type: 'single_choice', optionId });
const stateOf = (index: number) => useExamStore.getState().answers[qid(index)];
const committed = (index: number) => api.committed.get(qid(index))?.answer;
const saveCount = (index: number) => api.savesFor(qid(index)).length;
/** Runs due timers and lets the answers they started come back. */
const elapse = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** Types `value` the way the text inputs do: each keystroke is an answer with the typing delay. */
function typeInto(index: number, value: string): void {
  answer(qid(index), text(value), true);
}

beforeEach(() => {
  vi.useFakeTimers();
  session = examSession(['short_answer', 'single_choice', 'essay']);
  api.reset(session.clock);
  loadExam(session);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('exam store: saving answers', () => {
  it('sends a click at once and marks it saved with the receipt time', async () => {
    answer(qid(1), choice('b'));
    expect(stateOf(1)?.status).toBe('saving');
    await elapse(0);
    expect(committed(1)).toEqual(choice('b'));
    expect(stateOf(1)).toMatchObject({
      status: 'saved',
      value: choice('b'),
      savedAt: api.committed.get(qid(1))?.savedAt,
    });
  });

  it('waits for a pause in typing, then sends only the newest text', async () => {
    typeInto(0, 'P');
    await elapse(200);
    typeInto(0, 'Pa');
    await elapse(200);
    typeInto(0, 'Par');
    expect(stateOf(0)?.status).toBe('pending');
    await elapse(TYPING_SAVE_DELAY_MS - 1);
    expect(saveCount(0)).toBe(0);
    await elapse(1);
    expect(api.savesFor(qid(0)).map((s) => s.answer)).toEqual([text('Par')]);
    expect(stateOf(0)?.status).toBe('saved');
  });

  it('sends a flag on its own without touching the saved answer', async () => {
    answer(qid(1), choice('a'));
    await elapse(0);
    toggleFlag(qid(1));
    await elapse(0);
    expect(api.savesFor(qid(1)).at(-1)).toEqual({
      attemptId: session.attemptId,
      questionId: qid(1),
      flagged: true,
    });
    expect(api.committed.get(qid(1))).toMatchObject({ answer: choice('a'), flagged: true });
    expect(stateOf(1)).toMatchObject({ flagged: true, status: 'saved' });
  });
});

describe('exam store: when a save fails', () => {
  it('retries a failed save until it lands, and clears the problem then', async () => {
    api.failNext(2);
    answer(qid(1), choice('c'));
    await elapse(0);
    expect(stateOf(1)?.status).toBe('error');
    expect(useExamStore.getState().saveProblem).toMatch(/^Not saved yet — retrying\./);
    expect(committed(1)).toBeUndefined();

    await elapse(249);
    expect(saveCount(1)).toBe(1);
    await elapse(1);
    expect(saveCount(1)).toBe(2);
    expect(stateOf(1)?.status).toBe('error');

    await elapse(500);
    expect(saveCount(1)).toBe(3);
    expect(committed(1)).toEqual(choice('c'));
    expect(stateOf(1)?.status).toBe('saved');
    expect(useExamStore.getState().saveProblem).toBeNull();
  });

  it('backs off to one try every two seconds while main is down, then saves on recovery', async () => {
    api.goDown();
    answer(qid(1), choice('a'));
    // Tries at 0, 250, 750, 1750, 3750, 5750 ms: the delay doubles up to two seconds.
    const expected: Array<[number, number]> = [
      [0, 1],
      [249, 1],
      [250, 2],
      [750, 3],
      [1_750, 4],
      [3_750, 5],
      [5_749, 5],
      [5_750, 6],
    ];
    let at = 0;
    for (const [time, count] of expected) {
      await elapse(time - at);
      at = time;
      expect(saveCount(1), `saves after ${time} ms`).toBe(count);
    }
    expect(stateOf(1)?.status).toBe('error');
    api.recover();
    await elapse(2_000);
    expect(committed(1)).toEqual(choice('a'));
    expect(stateOf(1)?.status).toBe('saved');
  });

  it('keeps text typed while a save was failing, and sends that, not the failed one', async () => {
    api.hold();
    api.goDown();
    typeInto(0, 'Par');
    await elapse(TYPING_SAVE_DELAY_MS);
    expect(api.heldCount).toBe(1);
    typeInto(0, 'Paris');
    api.release();
    await elapse(0);
    expect(stateOf(0)).toMatchObject({ status: 'error', value: text('Paris') });

    api.recover();
    await elapse(250);
    expect(api.savesFor(qid(0)).map((s) => s.answer)).toEqual([text('Par'), text('Paris')]);
    expect(committed(0)).toEqual(text('Paris'));
    expect(stateOf(0)).toMatchObject({ status: 'saved', value: text('Paris') });
  });

  it('shows a refusal in its own words', async () => {
    const refusal: ApiErrorBody = {
      code: 'VALIDATION',
      message: 'Answer is not one of this question’s options',
      field: 'answer.optionId',
    };
    api.failNext(1, refusal);
    answer(qid(1), choice('b'));
    await elapse(0);
    expect(stateOf(1)?.status).toBe('error');
    expect(useExamStore.getState().saveProblem).toBe(refusal.message);
  });

  it('sends the student to sign in when main lost the session, keeping the answer on screen', async () => {
    useSessionStore.setState({ status: 'signed-in', notice: null });
    api.failNext(1, { code: 'UNAUTHENTICATED', message: 'Please sign in first' });
    answer(qid(1), choice('a'));
    await elapse(0);
    expect(useSessionStore.getState()).toMatchObject({
      status: 'signed-out',
      notice: 'Please sign in again to go on with your exam. Every answer you saved is kept.',
    });
    expect(stateOf(1)?.value).toEqual(choice('a'));
  });

  it('ends the exam when main has closed the attempt, and sends nothing more', async () => {
    api.failNext(1, { code: 'CONFLICT', message: 'This attempt is no longer open' });
    answer(qid(1), choice('a'));
    await elapse(0);
    expect(useExamStore.getState().ended).toEqual({ reason: 'ended' });
    answer(qid(1), choice('b'));
    await elapse(5_000);
    expect(saveCount(1)).toBe(1);
  });
});

describe('exam store: slow saves and navigation', () => {
  it('keeps the newest text typed during a slow save and sends it after', async () => {
    api.hold();
    typeInto(0, 'Par');
    await elapse(TYPING_SAVE_DELAY_MS);
    expect(stateOf(0)?.status).toBe('saving');
    typeInto(0, 'Paris');
    expect(stateOf(0)).toMatchObject({ status: 'pending', value: text('Paris') });
    // The pause passes while the first save is still out: one save per question at a time.
    await elapse(TYPING_SAVE_DELAY_MS);
    expect(saveCount(0)).toBe(1);

    api.release();
    await elapse(0);
    expect(api.savesFor(qid(0)).map((s) => s.answer)).toEqual([text('Par'), text('Paris')]);
    expect(committed(0)).toEqual(text('Paris'));
    expect(stateOf(0)).toMatchObject({ status: 'saved', value: text('Paris') });
  });

  it('commits the answers of one question in the order they were given', async () => {
    api.hold();
    answer(qid(1), choice('a'));
    answer(qid(1), choice('b'));
    answer(qid(1), choice('c'));
    api.release();
    await elapse(0);
    // `b` was replaced before it could be sent; what is sent goes in order and ends with the last.
    expect(api.commits.filter((c) => c.questionId === qid(1)).map((c) => c.answer)).toEqual([
      choice('a'),
      choice('c'),
    ]);
    expect(committed(1)).toEqual(choice('c'));
  });

  it('sends typing at once when the student moves on, and the late receipt still lands', async () => {
    api.hold();
    typeInto(0, 'Paris');
    goTo(1);
    expect(useExamStore.getState().index).toBe(1);
    expect(api.heldCount).toBe(1);
    answer(qid(1), choice('b'));
    goTo(2);
    expect(useExamStore.getState().index).toBe(2);

    api.release();
    await elapse(0);
    expect(committed(0)).toEqual(text('Paris'));
    expect(committed(1)).toEqual(choice('b'));
    expect(stateOf(0)?.status).toBe('saved');
    expect(stateOf(1)?.status).toBe('saved');
  });

  it('flushAll resolves only when every change, including one queued behind a save, is committed', async () => {
    api.hold();
    answer(qid(1), choice('a'));
    answer(qid(1), choice('b'));
    answer(qid(2), essay('Photosynthesis needs light'), true);
    let done = false;
    const flushed = flushAll().then(() => {
      done = true;
    });
    await elapse(0);
    expect(done).toBe(false);
    api.release();
    await flushed;
    expect(committed(1)).toEqual(choice('b'));
    expect(committed(2)).toEqual(essay('Photosynthesis needs light'));
    expect(Object.values(useExamStore.getState().answers).map((a) => a.status)).toEqual([
      'idle',
      'saved',
      'saved',
    ]);
  });
});
