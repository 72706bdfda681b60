import type { ApiMethods, ExamApiBridge } from '@shared/api/bridge';
import {
  apiContract,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '@shared/api/contract';
import type { ApiErrorBody, ApiResult } from '@shared/api/result';
import { validationError } from '@shared/api/validation-error';
import type { ExamClockView, SaveReceipt, SavedAnswer } from '@shared/domain/exam';
import { plainIssueMessage } from '@shared/validation/messages';

/** What the HTTP bridge answers when the preview host cannot be reached. */
export const unreachable: ApiErrorBody = {
  code: 'INTERNAL',
  message:
    'The exam service on this computer is not answering. Your saved answers are safe; retrying.',
};

interface HeldCall {
  release: () => void;
}

/**
 * An in-memory exam service behind the same bridge the preload and the HTTP
 * transport give the renderer. It checks every input against the contract's
 * schema like the router does (answering refusals in the router's words), keeps what each save committed, and can be told
 * to fail or to hold answers back, as a busy or unreachable main would.
 */
export class FakeExamApi {
  /** Every call in the order it arrived, with its input as sent. */
  readonly calls: Array<{ method: MethodName; input: unknown }> = [];
  /** What is committed, per question: the last save that succeeded. */
  readonly committed = new Map<string, SavedAnswer>();
  /** Each save's answer as it was committed, in commit order. */
  readonly commits: Array<{ questionId: string; answer: SavedAnswer['answer'] }> = [];
  private readonly failures: ApiErrorBody[] = [];
  private holding = false;
  private readonly held: HeldCall[] = [];
  private clock: ExamClockView = {
    limitMs: null,
    accommodationMs: 0,
    extraMs: 0,
    elapsedMs: 0,
    remainingMs: null,
    breaks: { allowanceMs: 0, usedMs: 0, state: null },
  };
  private down: ApiErrorBody | null = null;
  private readonly served = new Map<MethodName, (input: unknown) => Promise<ApiResult<unknown>>>();

  readonly bridge: ExamApiBridge;

  constructor() {
    const methods = Object.fromEntries(
      (Object.keys(apiContract) as MethodName[]).map((method) => [
        method,
        (input: unknown) => this.dispatch(method, input),
      ]),
    ) as unknown as ApiMethods;
    this.bridge = { methods, events: { on: () => () => undefined } };
  }

  /** Answers `method` with `handler` (given the parsed input) instead of refusing it. */
  serve<K extends MethodName>(
    method: K,
    handler: (input: MethodInput<K>) => Promise<ApiResult<MethodOutput<K>>>,
  ): void {
    this.served.set(method, handler as (input: unknown) => Promise<ApiResult<unknown>>);
  }

  /** Back to an empty, answering service. */
  reset(clock: ExamClockView): void {
    this.calls.length = 0;
    this.committed.clear();
    this.commits.length = 0;
    this.failures.length = 0;
    this.held.length = 0;
    this.holding = false;
    this.down = null;
    this.served.clear();
    this.clock = clock;
  }

  /** The next `count` saves answer this error, then saves work again. */
  failNext(count: number, error: ApiErrorBody = unreachable): void {
    for (let i = 0; i < count; i += 1) this.failures.push(error);
  }

  /** Every save fails with this error until `recover()`. */
  goDown(error: ApiErrorBody = unreachable): void {
    this.down = error;
  }

  recover(): void {
    this.down = null;
  }

  /** Saves wait (a slow disk, a busy main) until `release()`. */
  hold(): void {
    this.holding = true;
  }

  /** Answers the held saves in the order they arrived and stops holding. */
  release(): void {
    this.holding = false;
    for (const call of this.held.splice(0)) call.release();
  }

  get heldCount(): number {
    return this.held.length;
  }

  savesFor(questionId: string): Array<MethodInput<'exams.saveAnswer'>> {
    return this.calls
      .filter((c) => c.method === 'exams.saveAnswer')
      .map((c) => c.input as MethodInput<'exams.saveAnswer'>)
      .filter((i) => i.questionId === questionId);
  }

  private async dispatch(method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
    this.calls.push({ method, input });
    const parsed = apiContract[method].input.safeParse(input, { error: plainIssueMessage });
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    const served = this.served.get(method);
    if (served) return served(parsed.data);
    if (method !== 'exams.saveAnswer') {
      throw new Error(`The renderer called ${method}, which this fake does not serve`);
    }
    if (this.holding) await new Promise<void>((release) => this.held.push({ release }));
    const failure = this.down ?? this.failures.shift();
    if (failure) return { ok: false, error: failure };
    return { ok: true, value: this.save(input as MethodInput<'exams.saveAnswer'>) };
  }

  /** The real save's rules: an omitted answer keeps the saved one, null clears it. */
  private save(input: MethodInput<'exams.saveAnswer'>): SaveReceipt {
    const before = this.committed.get(input.questionId);
    const savedAt = new Date().toISOString();
    const answer = input.answer !== undefined ? input.answer : (before?.answer ?? null);
    const flagged = input.flagged ?? before?.flagged ?? false;
    this.committed.set(input.questionId, {
      questionId: input.questionId,
      answer,
      flagged,
      savedAt,
    });
    if (input.answer !== undefined) this.commits.push({ questionId: input.questionId, answer });
    return {
      questionId: input.questionId,
      flagged: input.flagged ?? null,
      savedAt,
      clock: this.clock,
    };
  }
}
