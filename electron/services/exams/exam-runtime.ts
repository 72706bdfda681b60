import { nowIsoOf } from '@db/env';
import type { AttemptRow } from '@db/repositories/attempts';
import {
  attemptControl,
  inProgressOnDevice,
  type ClockedAttemptRow,
  paperOf,
  paperQuestions,
  persistAttemptClock,
  unscoredOnDevice,
  withRunningClock,
} from '@db/repositories/exam-attempts';
import { openBreakOf } from '@db/repositories/attempt-breaks';
import { startCodeRequiredOf } from '@db/repositories/test-delivery';
import type { Actor } from '@db/tenant';
import type { PaperEntry } from '@shared/delivery/paper';
import type { StoredQuestion } from '@shared/domain/bank';
import type { IntegrityKind, SubmittedBy } from '@shared/domain/exam';
import type { OpenBreakStatus } from '@shared/domain/breaks';
import type { QuestionType } from '@shared/domain/questions';
import {
  advanceClock,
  remainingMs,
  resumeClock,
  startClock,
  type ClockAnomaly,
  type ClockReading,
  type ClockStep,
  type RunningClock,
} from '@shared/exam-clock/clock-policy';
import { splitCharge, type ChargeSplit } from '@shared/exam-clock/rest-breaks';
import { ApiError } from '@shared/api/result';
import type { ServiceEnv } from '../service-env';
import { answerShapeOf, type AnswerShape } from './answer-fit';
import { recordIntegrity } from './integrity';
import { RestBreaks } from './rest-breaks';
import type { Scheduler } from './scheduler';
import { closeAttempt, scoreSubmitted, studentTenantOf } from './submission';

/** How often the clock steps (and the timer on screen updates). */
export const TICK_MS = 1_000;
/** How often the elapsed time is written to the database between saves. */
export const PERSIST_MS = 5_000;

export interface LiveEntry extends PaperEntry {
  type: QuestionType;
  /** What an answer (and a play) may name, for checking a save at once. */
  shape: AnswerShape;
}

/** An attempt whose clock runs in this process. */
export interface LiveAttempt {
  attemptId: string;
  clientId: string;
  studentId: string;
  testId: string;
  /** The time allowed this student: the test's with their accommodation's (null: untimed). */
  limitMs: number | null;
  /** How much of `limitMs` the accommodation gave, for the student's announcement. */
  accommodationMs: number;
  /** Extra time from proctors. */
  extraMs: number;
  /** Exam time only; rest break time is counted apart in `breakUsedMs`. */
  clock: RunningClock;
  breakAllowanceMs: number;
  /** Rest break time taken up to `clock.lastMonoMs`. */
  breakUsedMs: number;
  /** The break running now: the clock charges it instead of the exam. */
  breakId: string | null;
  /** The break not over yet (asked for, approved elsewhere and not started here, or running). */
  breakState: OpenBreakStatus | null;
  lastPersistMonoMs: number;
  entries: Map<string, LiveEntry>;
  /** The app restarted under a proctored attempt: the student needs a resume code to go on. */
  awaitingResumeCode: boolean;
  /** Closing is under way (time up, submit, or a proctor ending it). */
  ending: boolean;
}

/** What the Electron shell listens to (the lockdown window); plain Node runs without it. */
export interface ExamListener {
  attemptOpened?(attemptId: string, sessionKey: string): void;
  attemptClosed?(attemptId: string, studentId: string): void;
  quitUnlocked?(studentId: string): void;
}

/**
 * The exam clocks of the attempts this computer runs. Steps every second on
 * the monotonic clock, persists the elapsed time every few seconds (and at
 * every save, through `elapsedNow`), records clock anomalies, and submits an
 * attempt when its time is up, whatever the renderer is doing.
 */
export class ExamRuntime {
  private readonly live = new Map<string, LiveAttempt>();
  private readonly listeners = new Set<ExamListener>();
  private stopTicking: (() => void) | null = null;
  private slept = false;
  private readonly lastReport = new Map<string, number>();
  private ticking: Promise<void> | null = null;
  /** Background work (integrity records, expiry); awaited by `idle()` in tests and on close. */
  private readonly pending = new Set<Promise<unknown>>();
  /** Starting and ending rest breaks, each audited. */
  readonly breaks: RestBreaks;

  constructor(
    private readonly env: ServiceEnv,
    private readonly scheduler: Scheduler,
    private readonly logError: (what: string, error: unknown) => void,
  ) {
    this.breaks = new RestBreaks(env, this);
  }

  reading(): ClockReading {
    return { monoMs: this.env.clock.monotonicMs(), wallMs: this.env.clock.nowMs() };
  }

  /** Brings back the clocks of this device's open attempts and scores any left unscored. */
  async start(): Promise<void> {
    for (const row of await unscoredOnDevice(this.env.db(), this.env.deviceId)) {
      await scoreSubmitted(this.env, row).catch((e: unknown) => this.logError('score on start', e));
    }
    for (const row of await inProgressOnDevice(this.env.db(), this.env.deviceId)) {
      try {
        await this.revive(row, 'restart');
      } catch (error) {
        this.logError('revive attempt', error);
      }
    }
    this.stopTicking = this.scheduler.every(TICK_MS, () => {
      if (!this.ticking) {
        this.ticking = this.tick()
          .catch((e: unknown) => this.logError('exam clock', e))
          .finally(() => (this.ticking = null));
      }
    });
  }

  subscribe(listener: ExamListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(fn: (l: ExamListener) => void): void {
    for (const l of this.listeners) {
      try {
        fn(l);
      } catch (error) {
        this.logError('exam listener', error);
      }
    }
  }

  get(attemptId: string): LiveAttempt | undefined {
    return this.live.get(attemptId);
  }

  all(): LiveAttempt[] {
    return [...this.live.values()];
  }

  /** The live attempt of one student, if any (the lockdown asks which exam a window runs). */
  forStudent(studentId: string): LiveAttempt | undefined {
    return this.all().find((a) => a.studentId === studentId && !a.ending);
  }

  /** Starts the clock of a new attempt (elapsed 0, now). */
  async register(row: ClockedAttemptRow): Promise<LiveAttempt> {
    const live = await this.build(row, startClock(this.reading(), row.elapsedMs), false);
    this.live.set(row.id, live);
    return live;
  }

  /**
   * Brings an attempt's clock back from what was persisted, charging the time
   * the app was down (see shared/exam-clock/clock-policy.ts), and records why.
   */
  async revive(stored: AttemptRow, why: 'restart' | 'device_change'): Promise<LiveAttempt> {
    const row = await withRunningClock(this.env.db(), { clientId: stored.clientId ?? '' }, stored);
    const persistedAtMs = row.clockPersistedAt ? Date.parse(row.clockPersistedAt) : null;
    const step = resumeClock(
      {
        elapsedMs: row.elapsedMs,
        persistedAtMs: Number.isNaN(persistedAtMs) ? null : persistedAtMs,
      },
      this.reading(),
    );
    const proctored = await this.isProctored(row);
    const live = await this.build(
      row,
      startClock(this.reading(), row.elapsedMs),
      proctored || why === 'device_change',
    );
    // A break running when the app went down goes on: the downtime is break time while it lasts.
    const open = await openBreakOf(this.env.db(), studentTenantOf(row), row.id);
    if (open?.status === 'running') {
      live.breakId = open.id;
      live.breakState = 'running';
    } else if (open) live.breakState = open.status;
    const split = this.apply(live, step);
    this.live.set(row.id, live);
    if (split.exhausted) await this.breaks.endForAllowance(live);
    await this.persist(live);
    await this.record(
      live,
      step.anomaly,
      why === 'device_change' ? { previousDevice: row.deviceId } : {},
    );
    if (this.remaining(live) === 0) await this.expire(live);
    return live;
  }

  private async isProctored(row: AttemptRow): Promise<boolean> {
    return startCodeRequiredOf(this.env.db(), { clientId: row.clientId ?? '' }, row.testId);
  }

  private async build(
    row: ClockedAttemptRow,
    clock: RunningClock,
    awaitingResumeCode: boolean,
  ): Promise<LiveAttempt> {
    const paper = paperOf(row);
    const tenant = studentTenantOf(row);
    const questions = paper
      ? await paperQuestions(this.env.db(), tenant, paper)
      : new Map<string, StoredQuestion>();
    const entries = new Map<string, LiveEntry>();
    for (const e of paper?.entries ?? []) {
      const q = questions.get(e.questionId);
      if (q) entries.set(e.questionId, { ...e, type: q.type, shape: answerShapeOf(e, q) });
    }
    return {
      attemptId: row.id,
      clientId: tenant.clientId,
      studentId: row.studentId,
      testId: row.testId,
      limitMs: row.timeLimitMs === null ? null : row.timeLimitMs + row.accommodationMs,
      accommodationMs: row.accommodationMs,
      extraMs: row.extraTimeMs,
      clock,
      breakAllowanceMs: row.breakAllowanceMs,
      breakUsedMs: row.breakUsedMs,
      breakId: null,
      breakState: null,
      lastPersistMonoMs: clock.lastMonoMs,
      entries,
      awaitingResumeCode,
      ending: false,
    };
  }

  /** How the time since the last step shares out between the exam and a running break. */
  private sinceStep(live: LiveAttempt): ChargeSplit {
    return splitCharge(
      Math.max(0, this.env.clock.monotonicMs() - live.clock.lastMonoMs),
      live.breakId !== null,
      { allowanceMs: live.breakAllowanceMs, usedMs: live.breakUsedMs },
    );
  }

  /** Exam time used right now, without waiting for the next step (a running break adds none). */
  elapsedNow(live: LiveAttempt): number {
    return live.clock.elapsedMs + this.sinceStep(live).examMs;
  }

  /** Rest break time taken right now. */
  breakUsedNow(live: LiveAttempt): number {
    return live.breakUsedMs + this.sinceStep(live).breakMs;
  }

  /**
   * Takes a clock step into the attempt: what the step charged goes to the
   * exam, or to a running break as far as the allowance lasts.
   */
  private apply(live: LiveAttempt, step: ClockStep): ChargeSplit {
    const split = splitCharge(step.chargedMs, live.breakId !== null, {
      allowanceMs: live.breakAllowanceMs,
      usedMs: live.breakUsedMs,
    });
    live.clock = { ...step.clock, elapsedMs: live.clock.elapsedMs + split.examMs };
    live.breakUsedMs += split.breakMs;
    return split;
  }

  /**
   * Steps one attempt's clock to now, recording any anomaly: a break starts or
   * ends at a step, so the time before it is charged as it was.
   */
  async settle(live: LiveAttempt): Promise<void> {
    const step = advanceClock(live.clock, this.reading());
    this.apply(live, step);
    await this.record(live, step.anomaly);
  }

  remaining(live: LiveAttempt, elapsed = this.elapsedNow(live)): number | null {
    return remainingMs(elapsed, live.limitMs, live.extraMs);
  }

  /** A save persisted the clock in its own transaction. */
  markPersisted(live: LiveAttempt): void {
    live.lastPersistMonoMs = this.env.clock.monotonicMs();
  }

  /**
   * An integrity event seen by the shell (the exam window lost focus, a second
   * display, a blocked shortcut). At most one per kind per attempt a second,
   * so a flapping window cannot flood the log.
   */
  report(
    attemptId: string,
    kind: IntegrityKind,
    detail: Record<string, unknown> | null = null,
  ): void {
    const live = this.live.get(attemptId);
    if (!live || live.ending) return;
    const key = `${attemptId}:${kind}`;
    const now = this.env.clock.monotonicMs();
    if (now - (this.lastReport.get(key) ?? Number.NEGATIVE_INFINITY) < 1_000) return;
    this.lastReport.set(key, now);
    this.schedule(
      recordIntegrity(
        this.env,
        { clientId: live.clientId, profileId: live.studentId },
        attemptId,
        kind,
        detail,
      ),
    );
  }

  /** The OS is going to sleep / woke up (Electron powerMonitor). */
  suspend(): void {
    this.slept = true;
  }

  resume(): void {
    this.slept = true;
    this.schedule(this.tick());
  }

  /** One step of every live clock. */
  async tick(): Promise<void> {
    const now = this.reading();
    const slept = this.slept;
    this.slept = false;
    for (const live of [...this.live.values()]) {
      if (live.ending) continue;
      const step = advanceClock(live.clock, now, { slept });
      const split = this.apply(live, step);
      if (step.anomaly) await this.record(live, step.anomaly);
      if (split.exhausted && live.breakId !== null) await this.breaks.endForAllowance(live);
      const remaining = this.remaining(live, live.clock.elapsedMs);
      this.toStudent(live.studentId, (key) =>
        this.env.events.emit(
          'clock.tick',
          {
            attemptId: live.attemptId,
            remainingMs: remaining,
            elapsedMs: live.clock.elapsedMs,
            breakUsedMs: live.breakUsedMs,
          },
          key,
        ),
      );
      if (remaining === 0) await this.expire(live);
      else if (now.monoMs - live.lastPersistMonoMs >= PERSIST_MS || step.anomaly)
        await this.persist(live);
    }
  }

  /**
   * Writes the elapsed time. The clock's heartbeat is not an API call and has
   * no audit row of its own; answers, extensions and submits are audited. It
   * also reads back what another device may have changed through sync: extra
   * time from a proctor, or the attempt ended elsewhere.
   */
  async persist(live: LiveAttempt): Promise<void> {
    const nowIso = nowIsoOf(this.env);
    // Refused when the attempt has ended meanwhile (through sync); the read below handles that.
    // A transaction like every other write, so it waits its turn behind a pull's apply.
    await this.env
      .transaction((tx) =>
        persistAttemptClock(tx.db, live, live.attemptId, {
          elapsedMs: live.clock.elapsedMs,
          breakUsedMs: live.breakUsedMs,
          nowIso,
        }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof ApiError && error.code === 'NOT_FOUND')) throw error;
      });
    live.lastPersistMonoMs = this.env.clock.monotonicMs();
    const row = await attemptControl(this.env.db(), live, live.attemptId);
    if (!row) return;
    if (row.extraTimeMs !== live.extraMs) {
      live.extraMs = row.extraTimeMs;
      this.changed(live);
    }
    if ((row.status ?? 'in_progress') !== 'in_progress') {
      this.drop(live, row.status ?? 'submitted', row.submittedBy ?? 'proctor');
      return;
    }
    await this.breaks.follow(live);
  }

  private async record(
    live: LiveAttempt,
    anomaly: ClockAnomaly | null,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    if (!anomaly) return;
    const { kind, ...detail } = anomaly;
    const actor: Actor = { clientId: live.clientId, profileId: null };
    await recordIntegrity(this.env, actor, live.attemptId, kind, {
      ...detail,
      ...extra,
    });
  }

  /** Time is up: submit with every saved answer. */
  async expire(live: LiveAttempt): Promise<void> {
    await this.end(live, 'timeout', { clientId: live.clientId, profileId: null });
  }

  /** Ends a live attempt (student submit, time up, proctor). */
  async end(
    live: LiveAttempt,
    submittedBy: SubmittedBy,
    actor: Actor,
    reason?: string,
  ): Promise<AttemptRow> {
    live.ending = true;
    try {
      const elapsed = Math.min(
        this.elapsedNow(live),
        live.limitMs === null ? Number.POSITIVE_INFINITY : live.limitMs + live.extraMs,
      );
      const row = await closeAttempt(
        this.env,
        actor,
        { clientId: live.clientId, profileId: live.studentId, role: 'student' },
        live.attemptId,
        { submittedBy, elapsedMs: elapsed, breakUsedMs: this.breakUsedNow(live), reason },
      );
      this.drop(live, row.status ?? 'submitted', submittedBy);
      return row;
    } catch (error) {
      live.ending = false;
      throw error;
    }
  }

  private drop(live: LiveAttempt, status: string, submittedBy: string): void {
    this.live.delete(live.attemptId);
    live.ending = true;
    this.toStudent(live.studentId, (key) =>
      this.env.events.emit('exam.ended', { attemptId: live.attemptId, status, submittedBy }, key),
    );
    this.notify((l) => l.attemptClosed?.(live.attemptId, live.studentId));
  }

  /** Tells the student's open windows that the attempt changed (extra time). */
  changed(live: LiveAttempt): void {
    this.toStudent(live.studentId, (key) =>
      this.env.events.emit('exam.changed', { attemptId: live.attemptId }, key),
    );
  }

  /** Events about an attempt go only to its student's own sessions. */
  private toStudent(studentId: string, send: (sessionKey: string) => void): void {
    for (const s of this.env.sessions.all()) if (s.tenant.profileId === studentId) send(s.key);
  }

  private schedule(work: Promise<unknown>): void {
    const tracked = work.catch((e: unknown) => this.logError('exam clock', e));
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }

  /** Resolves when background work has finished. */
  async idle(): Promise<void> {
    while (this.pending.size > 0 || this.ticking) {
      await Promise.all([...this.pending, this.ticking]);
    }
  }

  /** Persists every clock and stops stepping (app closing). */
  async close(): Promise<void> {
    this.stopTicking?.();
    this.stopTicking = null;
    await this.idle();
    for (const live of this.live.values()) {
      if (live.ending) continue;
      this.apply(live, advanceClock(live.clock, this.reading()));
      await this.persist(live).catch((e: unknown) => this.logError('persist on close', e));
    }
    this.live.clear();
  }
}
