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
import { hashSecret } from '../auth/passwords';
import { randomCode } from '../exams/codes';
import type { ExamRuntime } from '../exams/exam-runtime';
import { closeAttempt } from '../exams/submission';
import type { ServiceEnv } from '../service-env';

/** Ended attempts stay on the console this long, so a proctor sees each sitting through. */
const ENDED_VISIBLE_MS = 12 * 3_600_000;

/**
 * The proctor console: watching the attempts of the centre, and the three
 * interventions (extra time, resume code, ending an attempt). Each works
 * offline against this computer's database and is audited.
 */
export class ProctorService {
  constructor(
    private readonly env: ServiceEnv,
    private readonly runtime: ExamRuntime,
  ) {}

  private view(r: ProctorAttemptRow): ProctorAttempt {
    const a = r.attempt;
    const status = attemptStatusSchema.catch('in_progress').parse(a.status);
    const live = this.runtime.get(a.id);
    let elapsedMs = a.elapsedMs;
    let extraMs = a.extraTimeMs;
    if (live) {
      elapsedMs = this.runtime.elapsedNow(live);
      extraMs = live.extraMs;
    } else if (status === 'in_progress' && a.clockPersistedAt) {
      // Another computer runs it: estimate from its last persisted tick.
      elapsedMs += Math.max(0, this.env.clock.nowMs() - Date.parse(a.clockPersistedAt));
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
      extraMs,
      elapsedMs,
      remainingMs: status === 'in_progress' ? remainingMs(elapsedMs, a.timeLimitMs, extraMs) : null,
      answeredCount: r.answered,
      questionCount: r.questionCount,
      integrity: counts,
      integrityTotal: total,
      awaitingResumeCode: live?.awaitingResumeCode ?? false,
    };
  }

  async attempts(tenant: TenantContext): Promise<ProctorAttempt[]> {
    const since = new Date(this.env.clock.nowMs() - ENDED_VISIBLE_MS).toISOString();
    const rows = await proctorAttemptRows(this.env.db(), tenant, since);
    return rows.map((r) => this.view(r));
  }

  private async one(tenant: TenantContext, attemptId: string): Promise<ProctorAttempt> {
    const found = (await this.attempts(tenant)).find((a) => a.attemptId === attemptId);
    if (!found) throw notFound('Attempt');
    return found;
  }

  private async openAttempt(tenant: TenantContext, attemptId: string): Promise<AttemptRow> {
    const row = await getAttemptRow(this.env.db(), tenant, attemptId);
    if ((row.status ?? 'in_progress') !== 'in_progress')
      throw conflict('This attempt has already ended');
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
    if (row.timeLimitMs === null)
      throw conflict('This test is untimed; there is no time to extend');
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

  async issueResumeCode(tenant: TenantContext, attemptId: string): Promise<IssuedCode> {
    const row = await this.openAttempt(tenant, attemptId);
    const code = randomCode(6);
    const hash = await hashSecret(code, this.env.scrypt);
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
        { submittedBy: 'proctor', elapsedMs: clocked.elapsedMs, reason: input.reason },
      );
    }
    return this.one(tenant, row.id);
  }

  async issueStartCode(tenant: TenantContext, testId: string): Promise<IssuedCode> {
    const test = await getTestRow(this.env.db(), tenant, testId);
    if (test.status !== 'published') throw conflict('Only a published test can have a start code');
    const code = randomCode(6);
    const hash = await hashSecret(code, this.env.scrypt);
    const issuedAt = nowIsoOf(this.env);
    await mutate(this.env, tenant, async (tx) => {
      await updateTestRow(tx, tenant, testId, { startCodeHash: hash }, issuedAt);
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
