import { create } from 'zustand';
import type { ApiErrorBody } from '@shared/api/result';
import type { ExamClockView, ExamSession } from '@shared/domain/exam';
import type { AnswerValue } from '@shared/domain/questions';
import { clozeAnswered, matchingAnswered } from '@shared/scoring/score-parts';
import { call } from '../api/client';
import { useSessionStore } from '../auth/session-store';
import { currentIntl } from '../i18n/intl';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

/** Where one answer is on its way to the disk. Only `saved` means the local commit returned. */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AnswerState {
  value: AnswerValue | null;
  flagged: boolean;
  /** Local commit time of the last save that returned. */
  savedAt: string | null;
  status: SaveStatus;
}

export interface ClockState extends ExamClockView {
  /** performance.now() when this reading arrived; the screen counts down from it. */
  receivedAt: number;
}

export interface ExamEnd {
  reason: 'submitted' | 'timeout' | 'proctor' | 'ended';
}

interface ExamState {
  session: ExamSession | null;
  index: number;
  reviewing: boolean;
  answers: Record<string, AnswerState>;
  clock: ClockState | null;
  /** The last save problem, in words for the student; cleared by the next good save. */
  saveProblem: string | null;
  ended: ExamEnd | null;
  /** How many times each question's audio has been started in this attempt, as main counted. */
  audioPlays: Record<string, number>;
  /** What changed about the student's time, in words, shown and read out once (./clock-news.ts). */
  notice: string | null;
}

export const useExamStore = create<ExamState>()(() => ({
  session: null,
  index: 0,
  reviewing: false,
  answers: {},
  clock: null,
  saveProblem: null,
  ended: null,
  audioPlays: {},
  notice: null,
}));

const now = () => performance.now();

/** Typing in an essay or short answer waits this long for a pause; well under the one-second promise. */
export const TYPING_SAVE_DELAY_MS = 400;
const RETRY_MS = [250, 500, 1_000, 2_000];

/** Per question: what still has to be sent, and whether a save is on its way. */
interface Outbox {
  answer?: AnswerValue | null;
  flagged?: boolean;
  timer: number | null;
  inFlight: Promise<void> | null;
  failures: number;
}
const outboxes = new Map<string, Outbox>();

export function loadExam(session: ExamSession): void {
  outboxes.clear();
  const answers: Record<string, AnswerState> = {};
  for (const q of session.questions) {
    answers[q.questionId] = { value: null, flagged: false, savedAt: null, status: 'idle' };
  }
  for (const a of session.answers) {
    answers[a.questionId] = {
      value: a.answer,
      flagged: a.flagged,
      savedAt: a.savedAt,
      status: 'saved',
    };
  }
  const firstOpen = session.questions.findIndex((q) => answers[q.questionId]?.value === null);
  useExamStore.setState({
    session,
    answers,
    index: Math.max(0, firstOpen),
    reviewing: false,
    clock: { ...session.clock, receivedAt: now() },
    saveProblem: null,
    ended: null,
    audioPlays: session.audioPlays ?? {},
    notice: null,
  });
}

export function updateClock(clock: ExamClockView): void {
  useExamStore.setState({ clock: { ...clock, receivedAt: now() } });
}

/** Words for the student about their time (null clears them). */
export function setNotice(notice: string | null): void {
  useExamStore.setState({ notice });
}

const onBreak = (clock: ClockState): boolean => clock.breaks.state === 'running';

/** The clock as main last reported it, counted down locally since (it stands still in a break). */
export function remainingNow(clock: ClockState | null, at = now()): number | null {
  if (!clock || clock.remainingMs === null) return null;
  if (onBreak(clock)) return clock.remainingMs;
  return Math.max(0, clock.remainingMs - (at - clock.receivedAt));
}

/** Rest break time left, counted down locally while a break runs. */
export function breakLeftNow(clock: ClockState | null, at = now()): number {
  if (!clock) return 0;
  const left = Math.max(0, clock.breaks.allowanceMs - clock.breaks.usedMs);
  return onBreak(clock) ? Math.max(0, left - (at - clock.receivedAt)) : left;
}

export function endExam(end: ExamEnd): void {
  useExamStore.setState({ ended: end });
}

function patchAnswer(questionId: string, patch: Partial<AnswerState>): void {
  useExamStore.setState((s) => {
    const current = s.answers[questionId];
    if (!current) return {};
    return { answers: { ...s.answers, [questionId]: { ...current, ...patch } } };
  });
}

function outboxOf(questionId: string): Outbox {
  let box = outboxes.get(questionId);
  if (!box) {
    box = { timer: null, inFlight: null, failures: 0 };
    outboxes.set(questionId, box);
  }
  return box;
}

function schedule(questionId: string, delayMs: number): void {
  const box = outboxOf(questionId);
  if (box.timer !== null) window.clearTimeout(box.timer);
  box.timer = window.setTimeout(() => {
    box.timer = null;
    void send(questionId);
  }, delayMs);
}

function describe(error: ApiErrorBody): string {
  return error.code === 'INTERNAL'
    ? currentIntl().formatMessage(messages.saveInternalError)
    : shownError(error);
}

/** Sends what the outbox holds; one save per question at a time, newest value last. */
async function send(questionId: string): Promise<void> {
  const box = outboxOf(questionId);
  if (box.inFlight) return box.inFlight;
  if (box.answer === undefined && box.flagged === undefined) return;
  const session = useExamStore.getState().session;
  if (!session || useExamStore.getState().ended) return;
  const input = {
    attemptId: session.attemptId,
    questionId,
    ...(box.answer !== undefined && { answer: box.answer }),
    ...(box.flagged !== undefined && { flagged: box.flagged }),
  };
  delete box.answer;
  delete box.flagged;
  patchAnswer(questionId, { status: 'saving' });
  box.inFlight = (async () => {
    const result = await call('exams.saveAnswer', input);
    box.inFlight = null;
    if (result.ok) {
      box.failures = 0;
      updateClock(result.value.clock);
      const more = box.answer !== undefined || box.flagged !== undefined;
      patchAnswer(questionId, {
        savedAt: result.value.savedAt,
        status: more ? 'pending' : 'saved',
      });
      useExamStore.setState({ saveProblem: null });
      if (more) await send(questionId);
      return;
    }
    if (result.error.code === 'UNAUTHENTICATED') {
      // The app restarted under us: sign in again and resume; saved answers are all kept.
      useSessionStore.getState().end(currentIntl().formatMessage(messages.signInAgain));
      return;
    }
    if (result.error.code === 'CONFLICT') {
      // Time is up or a proctor ended the attempt: main has submitted every saved answer.
      endExam({ reason: 'ended' });
      return;
    }
    // Put it back unless something newer was typed meanwhile, then try again.
    if (box.answer === undefined && input.answer !== undefined) box.answer = input.answer;
    if (box.flagged === undefined && input.flagged !== undefined) box.flagged = input.flagged;
    patchAnswer(questionId, { status: 'error' });
    useExamStore.setState({ saveProblem: describe(result.error) });
    const delay = RETRY_MS[Math.min(box.failures, RETRY_MS.length - 1)] ?? 2_000;
    box.failures += 1;
    schedule(questionId, delay);
  })();
  return box.inFlight;
}

/** Records an answer and saves it: at once for a click, after a short pause for typing. */
export function answer(questionId: string, value: AnswerValue | null, typing = false): void {
  const box = outboxOf(questionId);
  box.answer = value;
  patchAnswer(questionId, { value, status: 'pending' });
  if (typing) schedule(questionId, TYPING_SAVE_DELAY_MS);
  else {
    if (box.timer !== null) window.clearTimeout(box.timer);
    box.timer = null;
    void send(questionId);
  }
}

export function toggleFlag(questionId: string): void {
  const current = useExamStore.getState().answers[questionId];
  if (!current) return;
  const box = outboxOf(questionId);
  box.flagged = !current.flagged;
  patchAnswer(questionId, { flagged: !current.flagged, status: 'pending' });
  void send(questionId);
}

/** Sends everything waiting (leaving a question, before submit) and waits for it. */
export async function flushAll(): Promise<void> {
  const work: Array<Promise<void>> = [];
  for (const [questionId, box] of outboxes) {
    if (box.timer !== null) {
      window.clearTimeout(box.timer);
      box.timer = null;
    }
    work.push(box.inFlight ?? send(questionId));
  }
  await Promise.all(work);
  // A save that was waiting behind one in flight goes now.
  const rest = [...outboxes].filter(([, b]) => b.answer !== undefined || b.flagged !== undefined);
  if (rest.length > 0) await Promise.all(rest.map(([id]) => send(id)));
}

export function goTo(index: number): void {
  const { session } = useExamStore.getState();
  if (!session) return;
  const clamped = Math.min(Math.max(0, index), session.questions.length - 1);
  void flushAll();
  useExamStore.setState({ index: clamped, reviewing: false });
}

export function openReview(): void {
  void flushAll();
  useExamStore.setState({ reviewing: true });
}

export const isAnswered = (value: AnswerValue | null): boolean => {
  if (value === null) return false;
  switch (value.type) {
    case 'multiple_response':
      return value.optionIds.length > 0;
    case 'short_answer':
    case 'essay':
      return value.text.trim() !== '';
    case 'matching':
      return matchingAnswered(value);
    case 'ordering':
      return value.order.length > 0;
    case 'cloze':
      return clozeAnswered(value);
    default:
      return true;
  }
};

/**
 * Has main count a start of the question's audio clip (durable, like a save,
 * so the play limit holds through a crash). Answers null once counted, or the
 * reason main refused the play.
 */
export async function recordAudioPlay(questionId: string, hash: string): Promise<string | null> {
  const attemptId = useExamStore.getState().session?.attemptId;
  if (attemptId === undefined) return currentIntl().formatMessage(messages.noExamOpen);
  const result = await call('exams.recordPlay', { attemptId, questionId, hash });
  if (!result.ok) return shownError(result.error);
  const { plays } = result.value;
  useExamStore.setState((s) => ({ audioPlays: { ...s.audioPlays, [questionId]: plays } }));
  return null;
}
