import { randomBytes } from 'node:crypto';
import { nowIsoOf } from '@db/env';
import { commitAnswerSave } from '@db/repositories/answer-saves';
import { commitMediaPlay } from '@db/repositories/media-plays';
import { mutate } from '@db/mutation';
import { getAttemptRow, type AttemptRow } from '@db/repositories/attempts';
import type { Db } from '@db/client';
import {
  insertAttempt,
  listAnswers,
  paperOf,
  paperQuestions,
  paperSources,
  studentAttemptsAt,
  updateAttemptFields,
  withRunningClock,
} from '@db/repositories/exam-attempts';
import { insertIntegrityEvent } from '@db/repositories/integrity-events';
import { getTestRow } from '@db/repositories/tests';
import { listPinHolders } from '@db/repositories/profiles';
import type { TenantContext } from '@db/tenant';
import { toBool } from '@db/rows';
import { conflict, forbidden, invalid, invalidText, notFound, refusal } from '@shared/api/result';
import { waitValues } from '@shared/api/service-words';
import { diffObjects } from '@shared/audit/diff';
import { drawPaper } from '@shared/delivery/paper';
import { attemptStatusSchema } from '@shared/domain/attempts';
import { isWithinWindow } from '@shared/domain/delivery';
import type {
  ExamClockView,
  ExamResult,
  ExamSession,
  PlayReceipt,
  SaveReceipt,
  SubmittedBy,
} from '@shared/domain/exam';
import { isAnswerable, type AnswerValue } from '@shared/domain/questions';
import { scoreVisibleToStudent, showScoreSchema } from '@shared/domain/tests';
import { accommodatedRules } from '@shared/domain/accommodations';
import { studentAccommodationAt } from '../accommodations/student-accommodation';
import { verifySealedSecret } from '../auth/sealed-hashes';
import type { ServiceEnv } from '../service-env';
import { answerIdFor } from './answer-id';
import { answerProblem } from './answer-fit';
import { guessAudit, lockoutDetail } from '../auth/guess-audit';
import { buildExamSession } from './exam-view';
import { testSealingOf } from '@db/repositories/sealed-tests';
import { SealedTestRelease } from '../sealing/test-release';
import type { ExamRuntime, LiveAttempt } from './exam-runtime';

/**
 * The student's side of an exam: start, resume, save, submit, result. The
 * clock lives in the ExamRuntime; everything here is checked against the
 * signed-in student's own attempts.
 */
export class ExamService {
  private readonly lastReport = new Map<string, number>();
  private readonly sealedRelease: SealedTestRelease;

  constructor(
    private readonly env: ServiceEnv,
    private readonly runtime: ExamRuntime,
  ) {
    this.sealedRelease = new SealedTestRelease(env.clock);
  }

  private clockOf(live: LiveAttempt): ExamClockView {
    const elapsedMs = this.runtime.elapsedNow(live);
    return {
      limitMs: live.limitMs,
      accommodationMs: live.accommodationMs,
      extraMs: live.extraMs,
      elapsedMs,
      remainingMs: this.runtime.remaining(live, elapsedMs),
      breaks: {
        allowanceMs: live.breakAllowanceMs,
        usedMs: this.runtime.breakUsedNow(live),
        state: live.breakState,
      },
    };
  }

  /**
   * Checks a start or resume code. Wrong codes are counted on this computer for
   * this test or attempt (not per student or sign-in), in the database, on the
   * app's uptime; a lockout is recorded for the proctor.
   */
  private async checkCode(
    tenant: TenantContext,
    check: {
      kind: 'start_code' | 'resume_code';
      /** The test (start codes) or the attempt (resume codes) the code opens. */
      target: string;
      code: string;
      hash: string | null;
      field: 'startCode' | 'resumeCode';
    },
  ): Promise<void> {
    await this.env.guesses.withTarget(check.kind, check.target, async (gate) => {
      if (gate.remainingMs > 0) {
        throw refusal('FORBIDDEN', 'guess.tooManyCodes', waitValues(gate.remainingMs), check.field);
      }
      const owner = {
        clientId: tenant.clientId,
        column: check.kind === 'start_code' ? 'tests.start_code_hash' : 'attempts.resume_code_hash',
        rowId: check.target,
      } as const;
      if (await verifySealedSecret(owner, check.code, check.hash, this.env.scrypt)) {
        await this.env.transaction((tx) => gate.right(tx.db, tenant.clientId));
        return;
      }
      const attemptId = check.kind === 'resume_code' ? check.target : null;
      const wrong = await mutate(this.env, tenant, async (tx) => {
        const counted = await gate.wrong(tx, tenant.clientId);
        if (counted.lockedForMs !== null && attemptId !== null) {
          await insertIntegrityEvent(tx, tenant, {
            id: this.env.ids(),
            attemptId,
            kind: 'guess_lockout',
            detail: lockoutDetail(check.kind, counted),
            deviceId: this.env.deviceId,
            occurredAt: nowIsoOf(this.env),
          });
        }
        return {
          value: counted,
          audit: guessAudit(
            check.kind,
            attemptId === null
              ? { type: 'test', id: check.target }
              : { type: 'attempt', id: attemptId },
            counted,
          ),
        };
      });
      if (wrong.lockedForMs !== null) {
        throw refusal('FORBIDDEN', 'guess.codeLocked', waitValues(wrong.lockedForMs), check.field);
      }
      throw invalid(check.field, 'sentence.codeNotRight');
    });
  }

  async start(
    tenant: TenantContext,
    input: { testId: string; startCode?: string | undefined },
    sessionKey: string,
  ): Promise<ExamSession> {
    const test = await getTestRow(this.env.db(), tenant, input.testId);
    if (test.status !== 'published') throw notFound('test');
    const { used, openId } = await studentAttemptsAt(this.env.db(), tenant, test.id);
    if (openId) return this.resume(tenant, { attemptId: openId }, sessionKey);
    // A sealed test opens by its start code (checked below) or, without one, only at its start time.
    const sealing = await testSealingOf(this.env.db(), tenant, test.id);
    if (sealing?.sealed && !sealing.startCodeRequired) this.sealedRelease.requireTime(sealing);
    const accommodation = await studentAccommodationAt(this.env.db(), tenant, test.id);
    const rules = accommodatedRules(
      {
        timerMinutes: test.timer,
        availableFrom: test.availableFrom,
        availableUntil: test.availableUntil,
        attemptsAllowed: test.attemptsAllowed,
      },
      accommodation?.terms ?? null,
    );
    if (!isWithinWindow(this.env.clock.nowMs(), rules.availableFrom, rules.availableUntil)) {
      throw conflict('exam.notOpen');
    }
    if (used >= rules.attemptsAllowed) {
      throw conflict('exam.attemptsUsed', { count: rules.attemptsAllowed });
    }
    if (toBool(test.startCodeRequired)) {
      if (input.startCode === undefined) throw invalid('startCode', 'sentence.enterStartCode');
      if (test.startCodeHash === null) {
        throw conflict('exam.noStartCode');
      }
      await this.checkCode(tenant, {
        kind: 'start_code',
        target: test.id,
        code: input.startCode,
        hash: test.startCodeHash,
        field: 'startCode',
      });
      if (sealing?.sealed) this.sealedRelease.releaseWithCode(sealing, input.startCode);
    }
    const sources = await paperSources(this.env.db(), tenant, test.id);
    if (sources.length === 0) throw conflict('exam.noQuestions');
    const seed = randomBytes(16).toString('hex');
    const paper = drawPaper(seed, sources, toBool(test.shuffle));
    const attemptId = this.env.ids();
    const nowIso = nowIsoOf(this.env);
    const row = await mutate(this.env, tenant, async (tx) => {
      await insertAttempt(tx, tenant, {
        id: attemptId,
        testId: test.id,
        attemptNo: used + 1,
        testVersion: test.version,
        seed,
        paper,
        timeLimitMs: test.timer === null ? null : test.timer * 60_000,
        accommodationMs: rules.accommodationMs,
        breakAllowanceMs: rules.breakAllowanceMs,
        deviceId: this.env.deviceId,
        nowIso,
      });
      return {
        value: await withRunningClock(tx, tenant, await getAttemptRow(tx, tenant, attemptId)),
        audit: {
          action: 'attempt.start',
          resourceType: 'attempt',
          resourceId: attemptId,
          changes: diffObjects(null, {
            status: 'in_progress',
            testId: test.id,
            attemptNo: used + 1,
            testVersion: test.version,
            questions: paper.entries.length,
            shuffled: paper.shuffled,
            timeLimitMs: test.timer === null ? null : test.timer * 60_000,
            // What the student's accommodation gave, when it gave anything.
            ...(accommodation && {
              accommodationMs: rules.accommodationMs,
              breakAllowanceMs: rules.breakAllowanceMs,
              accommodationIds: accommodation.sourceIds,
            }),
          }),
        },
      };
    });
    const live = await this.runtime.register(row);
    this.runtime.notify((l) => l.attemptOpened?.(attemptId, sessionKey));
    return buildExamSession(this.env.db(), tenant, row, this.clockOf(live));
  }

  async resume(
    tenant: TenantContext,
    input: { attemptId: string; resumeCode?: string | undefined },
    sessionKey: string,
  ): Promise<ExamSession> {
    const row = await getAttemptRow(this.env.db(), tenant, input.attemptId);
    if ((row.status ?? 'in_progress') !== 'in_progress') throw conflict('exam.attemptEnded');
    let live = this.runtime.get(row.id);
    const elsewhere = !live && row.deviceId !== this.env.deviceId;
    if (!live && !elsewhere) live = await this.runtime.revive(row, 'restart');
    const needsCode = elsewhere || (live?.awaitingResumeCode ?? false);
    if (needsCode) {
      if (input.resumeCode === undefined) {
        throw invalid('resumeCode', elsewhere ? 'exam.startedElsewhere' : 'exam.interrupted');
      }
      await this.checkCode(tenant, {
        kind: 'resume_code',
        target: row.id,
        code: input.resumeCode,
        hash: row.resumeCodeHash,
        field: 'resumeCode',
      });
    }
    const nowIso = nowIsoOf(this.env);
    await mutate(this.env, tenant, async (tx) => {
      if (needsCode) {
        // A resume code works once.
        await updateAttemptFields(tx, tenant, row.id, {
          resumeCodeHash: null,
          ...(elsewhere && { deviceId: this.env.deviceId }),
          updatedAt: nowIso,
        });
        await insertIntegrityEvent(tx, tenant, {
          id: this.env.ids(),
          attemptId: row.id,
          kind: elsewhere ? 'device_change' : 'resume_code_used',
          detail: elsewhere ? { previousDevice: row.deviceId } : null,
          deviceId: this.env.deviceId,
          occurredAt: nowIso,
        });
      }
      return {
        value: null,
        audit: {
          action: 'attempt.resume',
          resourceType: 'attempt',
          resourceId: row.id,
          changes: needsCode
            ? diffObjects(
                { resumeCode: '(issued)', deviceId: row.deviceId },
                { resumeCode: '(used)', deviceId: this.env.deviceId },
              )
            : null,
        },
      };
    });
    if (elsewhere)
      live = await this.runtime.revive({ ...row, deviceId: this.env.deviceId }, 'device_change');
    if (!live) throw refusal('INTERNAL', 'exam.clockNotStarted', {});
    live.awaitingResumeCode = false;
    if (live.ending || !this.runtime.get(row.id)) throw conflict('exam.attemptEnded');
    const fresh = await getAttemptRow(this.env.db(), tenant, row.id);
    this.runtime.notify((l) => l.attemptOpened?.(row.id, sessionKey));
    return buildExamSession(this.env.db(), tenant, fresh, this.clockOf(live));
  }

  /** The live attempt a student may write to, or the reason they may not. */
  private async writable(tenant: TenantContext, attemptId: string): Promise<LiveAttempt> {
    const live = this.runtime.get(attemptId);
    if (live && live.studentId === tenant.profileId && live.clientId === tenant.clientId) {
      if (!live.ending && this.runtime.remaining(live) === 0) {
        // Time ran out between two clock steps: submit now, so the answer below is the result.
        await this.runtime.expire(live).catch(() => undefined);
      }
      if (live.ending || this.runtime.remaining(live) === 0) {
        throw conflict('exam.timeUp');
      }
      if (live.awaitingResumeCode) throw forbidden('exam.resumeCodeFirst');
      // The clock is paused for a break, so nothing is answered or submitted in it.
      if (live.breakId !== null) throw forbidden('exam.onBreak');
      return live;
    }
    const row = await getAttemptRow(this.env.db(), tenant, attemptId);
    if ((row.status ?? 'in_progress') !== 'in_progress') {
      throw conflict('exam.endedNothingSaved');
    }
    throw conflict('exam.runningElsewhere');
  }

  async save(
    tenant: TenantContext,
    input: {
      attemptId: string;
      questionId: string;
      answer?: AnswerValue | null | undefined;
      flagged?: boolean | undefined;
    },
  ): Promise<SaveReceipt> {
    const live = await this.writable(tenant, input.attemptId);
    const entry = live.entries.get(input.questionId);
    if (!entry) throw invalid('questionId', 'exam.notOnPaper');
    const answer = input.answer;
    if (answer) {
      const problem = answerProblem(entry.shape, answer);
      if (problem) throw invalidText(problem.field, problem.message);
    } else if (answer === null && entry.type === 'description') {
      throw invalid('answer', 'exam.passageNoAnswer');
    }
    const nowIso = nowIsoOf(this.env);
    const elapsedMs = this.runtime.elapsedNow(live);
    await commitAnswerSave(this.env.transaction, tenant, {
      answerId: answerIdFor(live.attemptId, entry.questionId),
      auditId: this.env.ids(),
      attemptId: live.attemptId,
      questionId: entry.questionId,
      versionId: entry.versionId,
      answer,
      flagged: input.flagged,
      elapsedMs,
      nowIso,
      deviceId: this.env.deviceId,
    });
    this.runtime.markPersisted(live);
    return {
      questionId: entry.questionId,
      flagged: input.flagged ?? null,
      savedAt: nowIso,
      clock: this.clockOf(live),
    };
  }

  /** Counts a start of a question's audio clip, within the question's play limit. */
  async recordPlay(
    tenant: TenantContext,
    input: { attemptId: string; questionId: string; hash: string },
  ): Promise<PlayReceipt> {
    const live = await this.writable(tenant, input.attemptId);
    const entry = live.entries.get(input.questionId);
    if (!entry) throw invalid('questionId', 'exam.notOnPaper');
    if (!entry.shape.audio.has(input.hash)) {
      throw invalid('hash', 'exam.noSuchRecording');
    }
    const limit = entry.shape.playLimit;
    const plays = await commitMediaPlay(this.env.transaction, tenant, {
      playId: answerIdFor(live.attemptId, `${entry.questionId}\u0000${input.hash}`),
      auditId: this.env.ids(),
      attemptId: live.attemptId,
      questionId: entry.questionId,
      sha256: input.hash,
      limit,
      nowIso: nowIsoOf(this.env),
      deviceId: this.env.deviceId,
    });
    return {
      questionId: entry.questionId,
      hash: input.hash,
      plays,
      playsLeft: limit === null ? null : Math.max(0, limit - plays),
    };
  }

  /** The student asks their proctor for a rest break. */
  async requestBreak(tenant: TenantContext, attemptId: string): Promise<ExamClockView> {
    const live = await this.writable(tenant, attemptId);
    await this.runtime.breaks.request(tenant, live);
    return this.clockOf(live);
  }

  /** The student comes back from a break, or withdraws the request. */
  async endBreak(tenant: TenantContext, attemptId: string): Promise<ExamClockView> {
    const live = this.runtime.get(attemptId);
    if (!live || live.studentId !== tenant.profileId || live.clientId !== tenant.clientId) {
      await this.writable(tenant, attemptId);
      throw conflict('exam.notRunningHere');
    }
    if (live.ending) throw conflict('exam.attemptEnded');
    await this.runtime.breaks.endOrWithdraw(tenant, live);
    return this.clockOf(live);
  }

  async submit(tenant: TenantContext, attemptId: string): Promise<ExamResult> {
    const live = await this.writable(tenant, attemptId).catch(async (error: unknown) => {
      // Submitting twice (a double click, or time ran out meanwhile) answers with the result.
      const row = await getAttemptRow(this.env.db(), tenant, attemptId);
      if ((row.status ?? 'in_progress') !== 'in_progress') return null;
      throw error;
    });
    if (live) await this.runtime.end(live, 'student', tenant);
    return this.result(tenant, attemptId);
  }

  async result(tenant: TenantContext, attemptId: string): Promise<ExamResult> {
    const row = await getAttemptRow(this.env.db(), tenant, attemptId);
    const status = attemptStatusSchema.catch('in_progress').parse(row.status);
    const test = await getTestRow(this.env.db(), tenant, row.testId).catch(() => null);
    const showScore = showScoreSchema.catch('immediately').parse(test?.showScore);
    const answers = await listAnswers(this.env.db(), tenant, row.id);
    const answered = answers.filter((a) => a.answer !== null);
    const pendingCount = answered.filter((a) => a.marksObtained === null).length;
    const visible = scoreVisibleToStudent(showScore, status);
    return {
      attemptId: row.id,
      testName: test?.testName ?? 'Exam',
      status,
      submittedAt: row.submittedAt,
      submittedBy: (row.submittedBy as SubmittedBy | null) ?? null,
      showScore,
      score: visible ? row.score : null,
      totalMarks: visible ? row.totalMarks : null,
      pendingCount: status === 'in_progress' ? 0 : pendingCount,
      answeredCount: answered.length,
      questionCount: await answerableCount(this.env.db(), tenant, row, answers.length),
    };
  }

  async reportIntegrity(
    tenant: TenantContext,
    input: { attemptId: string; kind: string; detail?: string | undefined },
  ): Promise<null> {
    const live = this.runtime.get(input.attemptId);
    if (!live || live.studentId !== tenant.profileId || live.clientId !== tenant.clientId) {
      await getAttemptRow(this.env.db(), tenant, input.attemptId);
      return null;
    }
    // A flapping window reports once a second at most per kind.
    const key = `${input.attemptId}:${input.kind}`;
    const now = this.env.clock.monotonicMs();
    if (now - (this.lastReport.get(key) ?? Number.NEGATIVE_INFINITY) < 1_000) return null;
    this.lastReport.set(key, now);
    await mutate(this.env, tenant, async (tx) => {
      await insertIntegrityEvent(tx, tenant, {
        id: this.env.ids(),
        attemptId: input.attemptId,
        kind: input.kind,
        detail: input.detail === undefined ? null : { note: input.detail },
        deviceId: this.env.deviceId,
        occurredAt: nowIsoOf(this.env),
      });
      return {
        value: null,
        audit: {
          action: 'attempt.integrity',
          resourceType: 'attempt',
          resourceId: input.attemptId,
          changes: { integrity: [null, input.kind] },
        },
      };
    });
    return null;
  }

  /**
   * A proctor's PIN, typed on the student's computer, lets the locked exam close.
   * Checked offline. Wrong PINs are counted on this computer for the whole
   * organisation's PINs (any proctor's PIN works, so any of them is the target),
   * in the database: signing out and in as another student, restarting the app
   * or moving the clock does not reset the count.
   */
  async unlockQuit(tenant: TenantContext, pin: string): Promise<{ unlocked: true }> {
    return this.env.guesses.withTarget('pin', tenant.clientId, async (gate) => {
      if (gate.remainingMs > 0) {
        throw refusal('FORBIDDEN', 'guess.tooManyPins', waitValues(gate.remainingMs), 'pin');
      }
      const staff = await listPinHolders(this.env.db(), tenant);
      let proctorId: string | null = null;
      for (const p of staff) {
        const owner = {
          clientId: tenant.clientId,
          column: 'profiles.pin_hash',
          rowId: p.id,
        } as const;
        if (await verifySealedSecret(owner, pin, p.pinHash, this.env.scrypt)) {
          proctorId = p.id;
          break;
        }
      }
      const live = this.runtime.forStudent(tenant.profileId);
      if (!proctorId) {
        const wrong = await mutate(this.env, tenant, async (tx) => {
          const counted = await gate.wrong(tx, tenant.clientId);
          if (counted.lockedForMs !== null && live) {
            await insertIntegrityEvent(tx, tenant, {
              id: this.env.ids(),
              attemptId: live.attemptId,
              kind: 'guess_lockout',
              detail: lockoutDetail('pin', counted),
              deviceId: this.env.deviceId,
              occurredAt: nowIsoOf(this.env),
            });
          }
          return {
            value: counted,
            audit: guessAudit('pin', { type: 'attempt', id: live?.attemptId ?? null }, counted),
          };
        });
        if (wrong.lockedForMs !== null) {
          throw refusal('FORBIDDEN', 'guess.pinLocked', waitValues(wrong.lockedForMs), 'pin');
        }
        throw invalid('pin', 'sentence.pinNotRight');
      }
      await mutate(this.env, tenant, async (tx) => {
        await gate.right(tx, tenant.clientId);
        if (live) {
          await insertIntegrityEvent(tx, tenant, {
            id: this.env.ids(),
            attemptId: live.attemptId,
            kind: 'quit_unlocked',
            detail: { proctorId },
            deviceId: this.env.deviceId,
            occurredAt: nowIsoOf(this.env),
          });
        }
        return {
          value: null,
          audit: {
            action: 'lockdown.quit_unlocked',
            resourceType: 'attempt',
            resourceId: live?.attemptId ?? null,
            changes: { quitUnlockedBy: [null, proctorId] },
          },
        };
      });
      this.runtime.notify((l) => l.quitUnlocked?.(tenant.profileId));
      return { unlocked: true } as const;
    });
  }
}

/** The questions on an attempt's paper a student answers: descriptions are read, not counted. */
async function answerableCount(
  db: Db,
  tenant: TenantContext,
  row: AttemptRow,
  fallback: number,
): Promise<number> {
  const paper = paperOf(row);
  if (!paper) return fallback;
  const questions = await paperQuestions(db, tenant, paper);
  return paper.entries.filter((e) => {
    const type = questions.get(e.questionId)?.type;
    return type === undefined || isAnswerable(type);
  }).length;
}
