import type { Db } from '@db/client';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import {
  endedBreakMs,
  insertBreak,
  openBreakOf,
  updateBreak,
} from '@db/repositories/attempt-breaks';
import { persistAttemptClock } from '@db/repositories/exam-attempts';
import type { Actor, TenantContext } from '@db/tenant';
import { conflict } from '@shared/api/result';
import { breakLeftMs } from '@shared/exam-clock/rest-breaks';
import type { ServiceEnv } from '../service-env';
import type { ExamRuntime, LiveAttempt } from './exam-runtime';

/** The student's own view of their attempt, for the repositories' scope. */
const studentOf = (live: LiveAttempt): TenantContext => ({
  clientId: live.clientId,
  profileId: live.studentId,
  role: 'student',
});

/** The clock's own doing (the allowance ran out, an approval arrived): audited with no person. */
const systemOf = (live: LiveAttempt): Actor => ({ clientId: live.clientId, profileId: null });

/**
 * Rest breaks of the attempts this computer runs. A break pauses the exam
 * clock only once a proctor approved it, and only for the break time the
 * student's accommodation gives (shared/exam-clock/rest-breaks.ts); each
 * request, approval, start and end is its own audited change, and the break
 * time is kept apart from exam time (`attempt_breaks.used_ms`,
 * `break_used_ms` on the clock). Every start and end first steps the clock to
 * now, so the time before it is charged as it was.
 */
export class RestBreaks {
  constructor(
    private readonly env: ServiceEnv,
    private readonly runtime: ExamRuntime,
  ) {}

  /** Writes the clock as it stands, inside a break's transaction. */
  private async persistIn(tx: Db, live: LiveAttempt, nowIso: string): Promise<void> {
    await persistAttemptClock(tx, live, live.attemptId, {
      elapsedMs: live.clock.elapsedMs,
      breakUsedMs: live.breakUsedMs,
      nowIso,
    });
  }

  /** The student asks for a break; the clock runs on until a proctor approves it. */
  async request(tenant: TenantContext, live: LiveAttempt): Promise<void> {
    if (live.limitMs === null) throw conflict('breaks.untimed');
    if (live.breakAllowanceMs === 0) throw conflict('breaks.noneArranged');
    const left = breakLeftMs({
      allowanceMs: live.breakAllowanceMs,
      usedMs: this.runtime.breakUsedNow(live),
    });
    if (left === 0) throw conflict('breaks.allUsed');
    if (live.breakState === 'running') throw conflict('breaks.onBreak');
    if (live.breakState !== null) throw conflict('breaks.asked');
    const nowIso = nowIsoOf(this.env);
    await mutate(this.env, tenant, async (tx) => {
      await insertBreak(tx, tenant, {
        id: this.env.ids(),
        attemptId: live.attemptId,
        status: 'requested',
        requestedAt: nowIso,
        approvedAt: null,
        approvedBy: null,
        startedAt: null,
        deviceId: this.env.deviceId,
        nowIso,
      });
      return {
        value: null,
        audit: {
          action: 'attempt.break_request',
          resourceType: 'attempt',
          resourceId: live.attemptId,
          changes: { break: [null, 'requested'] },
        },
      };
    });
    live.breakState = 'requested';
  }

  /** The student is back (the clock runs again), or withdraws a break not running yet. */
  async endOrWithdraw(tenant: TenantContext, live: LiveAttempt): Promise<void> {
    const breakId = live.breakId;
    if (breakId !== null) {
      await this.runtime.settle(live);
      await this.end(live, breakId, tenant, 'student');
      return;
    }
    const open = await openBreakOf(this.env.db(), tenant, live.attemptId);
    if (!open) throw conflict('breaks.notOnBreak');
    const nowIso = nowIsoOf(this.env);
    await mutate(this.env, tenant, async (tx) => {
      await updateBreak(tx, tenant, open.id, open.status, {
        status: 'cancelled',
        endedAt: nowIso,
        endedBy: 'student',
        updatedAt: nowIso,
      });
      return {
        value: null,
        audit: {
          action: 'attempt.break_cancel',
          resourceType: 'attempt',
          resourceId: live.attemptId,
          changes: { break: [open.status, 'cancelled'] },
        },
      };
    });
    live.breakState = null;
  }

  /**
   * A proctor approves, on the computer running the attempt: the break starts
   * now, in the same change as the approval.
   */
  async approveHere(
    proctor: TenantContext,
    live: LiveAttempt,
    requested: { id: string } | null,
  ): Promise<void> {
    await this.runtime.settle(live);
    const nowIso = nowIsoOf(this.env);
    const breakId = requested?.id ?? this.env.ids();
    await mutate(this.env, proctor, async (tx) => {
      if (requested) {
        await updateBreak(tx, proctor, requested.id, 'requested', {
          status: 'running',
          approvedAt: nowIso,
          approvedBy: proctor.profileId,
          startedAt: nowIso,
          updatedAt: nowIso,
        });
      } else {
        await insertBreak(tx, proctor, {
          id: breakId,
          attemptId: live.attemptId,
          status: 'running',
          requestedAt: null,
          approvedAt: nowIso,
          approvedBy: proctor.profileId,
          startedAt: nowIso,
          deviceId: this.env.deviceId,
          nowIso,
        });
      }
      await this.persistIn(tx, live, nowIso);
      return {
        value: null,
        audit: {
          action: 'attempt.break_approve',
          resourceType: 'attempt',
          resourceId: live.attemptId,
          changes: {
            break: [requested ? 'requested' : null, 'running'],
            breakLeftMs: [
              null,
              breakLeftMs({ allowanceMs: live.breakAllowanceMs, usedMs: live.breakUsedMs }),
            ],
          },
        },
      };
    });
    live.breakId = breakId;
    live.breakState = 'running';
    this.runtime.markPersisted(live);
    this.runtime.changed(live);
  }

  /**
   * What another computer changed about this attempt's breaks, read at each
   * persist: an approval arriving through sync starts the break here.
   */
  async follow(live: LiveAttempt): Promise<void> {
    if (live.breakId !== null || live.ending) return;
    const open = await openBreakOf(this.env.db(), studentOf(live), live.attemptId);
    const before = live.breakState;
    if (open?.status === 'approved') {
      await this.startApproved(live, open.id);
      return;
    }
    live.breakState = open && open.status !== 'running' ? open.status : null;
    if (live.breakState !== before) this.runtime.changed(live);
  }

  private async startApproved(live: LiveAttempt, breakId: string): Promise<void> {
    await this.runtime.settle(live);
    const nowIso = nowIsoOf(this.env);
    const student = studentOf(live);
    await mutate(this.env, systemOf(live), async (tx) => {
      await updateBreak(tx, student, breakId, 'approved', {
        status: 'running',
        startedAt: nowIso,
        updatedAt: nowIso,
      });
      await this.persistIn(tx, live, nowIso);
      return {
        value: null,
        audit: {
          action: 'attempt.break_start',
          resourceType: 'attempt',
          resourceId: live.attemptId,
          changes: { break: ['approved', 'running'] },
        },
      };
    });
    live.breakId = breakId;
    live.breakState = 'running';
    this.runtime.markPersisted(live);
    this.runtime.changed(live);
  }

  /** The break time is used up: the break ends and the exam clock runs again. */
  async endForAllowance(live: LiveAttempt): Promise<void> {
    if (live.breakId === null) return;
    await this.end(live, live.breakId, systemOf(live), 'allowance');
  }

  /** Ends a running break at the clock's last step. */
  private async end(
    live: LiveAttempt,
    breakId: string,
    actor: Actor,
    endedBy: 'student' | 'allowance',
  ): Promise<void> {
    const nowIso = nowIsoOf(this.env);
    const student = studentOf(live);
    await mutate(this.env, actor, async (tx) => {
      const thisBreak = Math.max(
        0,
        Math.round(live.breakUsedMs - (await endedBreakMs(tx, student, live.attemptId))),
      );
      await updateBreak(tx, student, breakId, 'running', {
        status: 'ended',
        endedAt: nowIso,
        endedBy,
        usedMs: thisBreak,
        updatedAt: nowIso,
      });
      await this.persistIn(tx, live, nowIso);
      return {
        value: null,
        audit: {
          action: 'attempt.break_end',
          resourceType: 'attempt',
          resourceId: live.attemptId,
          changes: {
            break: ['running', 'ended'],
            breakMs: [null, thisBreak],
            ...(endedBy === 'allowance' && { endedBy: [null, 'allowance'] }),
          },
        },
      };
    });
    live.breakId = null;
    live.breakState = null;
    this.runtime.markPersisted(live);
    this.runtime.changed(live);
  }
}
