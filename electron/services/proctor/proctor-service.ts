import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { getAttemptRow, type AttemptRow } from '@db/repositories/attempts';
import {
  proctorAttemptRows,
  updateAttemptFields,
  withRunningClock,
  type ProctorAttemptRow,
} from '@db/repositories/exam-attempts';
import { getTestRow, updateTestRow } from '@db/repositories/tests';
import { listProctorTests } from '@db/repositories/test-delivery';
import type { TenantContext } from '@db/tenant';
import { conflict, notFound } from '@shared/api/result';
import { attemptStatusSchema } from '@shared/domain/attempts';
import type { IntegrityKind, IssuedCode, ProctorAttempt, ProctorTest } from '@shared/domain/exam';
import { remainingMs } from '@shared/exam-clock/clock-policy';
import { breakLeftMs, splitCharge } from '@shared/exam-clock/rest-breaks';
import { breakStateSchema } from '@shared/domain/breaks';
import { insertBreak, openBreakOf, updateBreak } from '@db/repositories/attempt-breaks';
import { newSealedHash } from '../auth/sealed-hashes';
import { randomCode } from '../exams/codes';
import type { ExamRuntime } from '../exams/exam-runtime';
import { closeAttempt } from '../exams/submission';
import type { ServiceEnv } from '../service-env';
import { wrapsWithStartCode } from '../sealing/sealed-tests';
import { DescriptionCounts } from './description-counts';

/** Ended attempts stay on the console this long, so a proctor sees each sitting through. */
const ENDED_VISIBLE_MS = 12 * 3_600_000;

/**
 * The proctor console: watching the attempts of the centre, and the three
 * interventions (extra time, resume code, ending an attempt). Each works
 * offline against this computer's database and is audited.
 */
export class ProctorService {
  private readonly descriptions = new DescriptionCounts();

  constructor(
    private readonly env: ServiceEnv,
    private readonly runtime: ExamRuntime,
  ) {}

  private view(r: ProctorAttemptRow, descriptions: number): ProctorAttempt {
    const a = r.attempt;
    const status = attemptStatusSchema.catch('in_progress').parse(a.status);
    const live = this.runtime.get(a.id);
    let elapsedMs = a.elapsedMs;
    let extraMs = a.extraTimeMs;
    let breakUsedMs = a.breakUsedMs;
    const open = breakStateSchema.catch(null).parse(r.openBreakStatus);
    let breakState = status === 'in_progress' ? open : null;
    if (live) {
      elapsedMs = this.runtime.elapsedNow(live);
      extraMs = live.extraMs;
      breakUsedMs = this.runtime.breakUsedNow(live);
      breakState = live.breakState;
    } else if (status === 'in_progress' && a.clockPersistedAt) {
      // Another computer runs it: estimate from its last persisted tick (a break there pauses it).
      const since = Math.max(0, this.env.clock.nowMs() - Date.parse(a.clockPersistedAt));
      const split = splitCharge(since, open === 'running', {
        allowanceMs: a.breakAllowanceMs,
        usedMs: breakUsedMs,
      });
      elapsedMs += split.examMs;
      breakUsedMs += split.breakMs;
    }
    const counts: Partial<Record<IntegrityKind, number>> = {};
    let total = 0;
    for (const [kind, n] of r.integrity) {
      counts[kind as IntegrityKind] = n;
      total += n;
    }
    return {
      attemptId: a.id,
      testId: a.testId,
      testName: r.testName,
      studentId: a.studentId,
      studentName: r.studentName,
      status,
      deviceId: a.deviceId,
      onThisDevice: live !== undefined,
      startedAt: a.startedAt,
      submittedAt: a.submittedAt,
      submittedBy: a.submittedBy,
      lastSavedAt: a.lastSavedAt,
      limitMs: a.timeLimitMs,
      accommodationMs: a.accommodationMs,
      extraMs,
      elapsedMs,
      remainingMs:
        status === 'in_progress'
          ? remainingMs(
              elapsedMs,
              a.timeLimitMs === null ? null : a.timeLimitMs + a.accommodationMs,
              extraMs,
            )
          : null,
      answeredCount: r.answered,
      // A description is read, not answered: it is no question in the count, as the student's.
      questionCount: r.questionCount - descriptions,
      integrity: counts,
      integrityTotal: total,
      awaitingResumeCode: live?.awaitingResumeCode ?? false,
      breaks: { allowanceMs: a.breakAllowanceMs, usedMs: breakUsedMs, state: breakState },
    };
  }

  async attempts(tenant: TenantContext): Promise<ProctorAttempt[]> {
    const since = new Date(this.env.clock.nowMs() - ENDED_VISIBLE_MS).toISOString();
    const rows = await proctorAttemptRows(this.env.db(), tenant, since);
    const descriptions = await this.descriptions.of(
      this.env.db(),
      tenant,
      rows.map((r) => r.attempt.id),
    );
    return rows.map((r) => this.view(r, descriptions.get(r.attempt.id) ?? 0));
  }

  private async one(tenant: TenantContext, attemptId: string): Promise<ProctorAttempt> {
    const found = (await this.attempts(tenant)).find((a) => a.attemptId === attemptId);
    if (!found) throw notFound('attempt');
    return found;
  }

  private async openAttempt(tenant: TenantContext, attemptId: string): Promise<AttemptRow> {
    const row = await getAttemptRow(this.env.db(), tenant, attemptId);
    if ((row.status ?? 'in_progress') !== 'in_progress') throw conflict('exam.alreadyEnded');
    return row;
  }

  tests(tenant: TenantContext): Promise<ProctorTest[]> {
    return listProctorTests(this.env.db(), tenant);
  }

  async extendTime(
    tenant: TenantContext,
    input: { attemptId: string; minutes: number; reason: string },
  ): Promise<ProctorAttempt> {
    const row = await this.openAttempt(tenant, input.attemptId);
    if (row.timeLimitMs === null) throw conflict('proctor.untimedExtend');
    const addMs = input.minutes * 60_000;
    await mutate(this.env, tenant, async (tx) => {
      const current = await getAttemptRow(tx, tenant, row.id);
      const after = current.extraTimeMs + addMs;
      await updateAttemptFields(tx, tenant, row.id, {
        extraTimeMs: after,
        updatedAt: nowIsoOf(this.env),
      });
      return {
        value: null,
        audit: {
          action: 'attempt.extend_time',
          resourceType: 'attempt',
          resourceId: row.id,
          changes: { extraTimeMs: [current.extraTimeMs, after], reason: [null, input.reason] },
        },
      };
    });
    const live = this.runtime.get(row.id);
    if (live) {
      live.extraMs += addMs;
      this.runtime.changed(live);
    }
    return this.one(tenant, row.id);
  }

  /**
   * Approves the break the student asked for, or gives one they asked for
   * aloud. Where the attempt runs here the clock pauses now; where it runs on
   * another computer, the approval starts the break there when it arrives.
   */
  async approveBreak(tenant: TenantContext, attemptId: string): Promise<ProctorAttempt> {
    const row = await withRunningClock(
      this.env.db(),
      tenant,
      await this.openAttempt(tenant, attemptId),
    );
    if (row.timeLimitMs === null) throw conflict('proctor.untimedPause');
    if (row.breakAllowanceMs === 0) throw conflict('proctor.noBreakArranged');
    const live = this.runtime.get(row.id);
    const usedMs = live ? this.runtime.breakUsedNow(live) : row.breakUsedMs;
    if (breakLeftMs({ allowanceMs: row.breakAllowanceMs, usedMs }) === 0)
      throw conflict('proctor.breakUsed');
    const open = await openBreakOf(this.env.db(), tenant, row.id);
    if (open?.status === 'running') throw conflict('proctor.onBreak');
    if (open?.status === 'approved') throw conflict('proctor.breakApproved');
    const requested = open?.status === 'requested' ? { id: open.id } : null;
    if (live && !live.ending) {
      await this.runtime.breaks.approveHere(tenant, live, requested);
      return this.one(tenant, row.id);
    }
    const nowIso = nowIsoOf(this.env);
    await mutate(this.env, tenant, async (tx) => {
      if (requested) {
        await updateBreak(tx, tenant, requested.id, 'requested', {
          status: 'approved',
          approvedAt: nowIso,
          approvedBy: tenant.profileId,
          updatedAt: nowIso,
        });
      } else {
        await insertBreak(tx, tenant, {
          id: this.env.ids(),
          attemptId: row.id,
          status: 'approved',
          requestedAt: null,
          approvedAt: nowIso,
          approvedBy: tenant.profileId,
          startedAt: null,
          deviceId: row.deviceId,
          nowIso,
        });
      }
      return {
        value: null,
        audit: {
          action: 'attempt.break_approve',
          resourceType: 'attempt',
          resourceId: row.id,
          changes: {
            break: [requested ? 'requested' : null, 'approved'],
            breakLeftMs: [null, breakLeftMs({ allowanceMs: row.breakAllowanceMs, usedMs })],
          },
        },
      };
    });
    return this.one(tenant, row.id);
  }

  async issueResumeCode(tenant: TenantContext, attemptId: string): Promise<IssuedCode> {
    const row = await this.openAttempt(tenant, attemptId);
    const code = randomCode(6);
    const hash = await newSealedHash(
      { clientId: tenant.clientId, column: 'attempts.resume_code_hash', rowId: row.id },
      code,
      this.env.scrypt,
    );
    const issuedAt = nowIsoOf(this.env);
    await mutate(this.env, tenant, async (tx) => {
      await updateAttemptFields(tx, tenant, row.id, { resumeCodeHash: hash, updatedAt: issuedAt });
      return {
        value: null,
        // The code itself is never written down; only that one was issued, and by whom.
        audit: {
          action: 'attempt.resume_code',
          resourceType: 'attempt',
          resourceId: row.id,
          changes: { resumeCode: [row.resumeCodeHash === null ? null : '(replaced)', '(new)'] },
        },
      };
    });
    return { code, issuedAt };
  }

  async endAttempt(
    tenant: TenantContext,
    input: { attemptId: string; reason: string },
  ): Promise<ProctorAttempt> {
    const row = await this.openAttempt(tenant, input.attemptId);
    const live = this.runtime.get(row.id);
    if (live) {
      await this.runtime.end(live, 'proctor', tenant, input.reason);
    } else {
      // Runs on another computer: close it here with the answers synced so far;
      // that computer stops the exam when it next syncs.
      const clocked = await withRunningClock(this.env.db(), tenant, row);
      await closeAttempt(
        this.env,
        tenant,
        { clientId: tenant.clientId, profileId: row.studentId, role: 'student' },
        row.id,
        {
          submittedBy: 'proctor',
          elapsedMs: clocked.elapsedMs,
          breakUsedMs: clocked.breakUsedMs,
          reason: input.reason,
        },
      );
    }
    return this.one(tenant, row.id);
  }

  async issueStartCode(tenant: TenantContext, testId: string): Promise<IssuedCode> {
    const test = await getTestRow(this.env.db(), tenant, testId);
    if (test.status !== 'published') throw conflict('proctor.startCodePublished');
    const code = randomCode(6);
    const hash = await newSealedHash(
      { clientId: tenant.clientId, column: 'tests.start_code_hash', rowId: testId },
      code,
      this.env.scrypt,
    );
    const issuedAt = nowIsoOf(this.env);
    await mutate(this.env, tenant, async (tx) => {
      // A sealed test's key is wrapped under the new code too, so the code releases it.
      const sealedKeyWraps = await wrapsWithStartCode(tx, tenant, testId, code);
      await updateTestRow(
        tx,
        tenant,
        testId,
        { startCodeHash: hash, ...(sealedKeyWraps !== null && { sealedKeyWraps }) },
        issuedAt,
      );
      return {
        value: null,
        audit: {
          action: 'test.start_code',
          resourceType: 'test',
          resourceId: testId,
          changes: { startCode: [test.startCodeHash === null ? null : '(replaced)', '(new)'] },
        },
      };
    });
    return { code, issuedAt };
  }
}
