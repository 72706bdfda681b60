import { studentAttemptCounts } from '@db/repositories/exam-attempts';
import { listTests } from '@db/repositories/tests';
import type { TenantContext } from '@db/tenant';
import { accommodatedRules } from '@shared/domain/accommodations';
import { isWithinWindow, type AvailableTest } from '@shared/domain/delivery';
import { studentAccommodationsAt } from '../accommodations/student-accommodation';
import type { ServiceEnv } from '../service-env';

/**
 * Published tests, open now, that this student still has attempts for (or has
 * one in progress), each with the student's accommodation applied: their own
 * window, their extra attempts, their extra time and rest breaks.
 */
export async function availableTests(
  env: ServiceEnv,
  tenant: TenantContext,
): Promise<AvailableTest[]> {
  const published = await listTests(env.db(), tenant, { status: 'published' });
  const counts = await studentAttemptCounts(env.db(), tenant);
  const byTest = new Map(counts.map((c) => [c.testId, c]));
  const accommodations = await studentAccommodationsAt(
    env.db(),
    tenant,
    published.map((t) => t.id),
  );
  const nowMs = env.clock.nowMs();
  return published
    .map((t) => {
      const c = byTest.get(t.id);
      const rules = accommodatedRules(t, accommodations.get(t.id)?.terms ?? null);
      return {
        id: t.id,
        name: t.name,
        description: t.description,
        timerMinutes: t.timerMinutes,
        questionCount: t.questionCount,
        totalMarks: t.totalMarks,
        attemptsAllowed: rules.attemptsAllowed,
        attemptsUsed: c?.used ?? 0,
        availableFrom: rules.availableFrom,
        availableUntil: rules.availableUntil,
        accommodationMs: rules.accommodationMs,
        breakAllowanceMs: rules.breakAllowanceMs,
        startCodeRequired: t.startCodeRequired,
        allowReview: t.allowReview,
        inProgressAttemptId: c?.openAttemptId ?? null,
      };
    })
    .filter(
      (t) =>
        t.inProgressAttemptId !== null ||
        (isWithinWindow(nowMs, t.availableFrom, t.availableUntil) &&
          t.attemptsUsed < t.attemptsAllowed),
    );
}
