import * as examAttemptsRepo from '@db/repositories/exam-attempts';
import * as profilesRepo from '@db/repositories/profiles';
import * as testDeliveryRepo from '@db/repositories/test-delivery';
import type { ValueCase } from './admin-repository-cases';

/** The repository module the exam and proctor services read tests through. */
export const deliveryRepositoryModules: Record<string, Record<string, unknown>> = {
  'test-delivery': testDeliveryRepo,
};

/**
 * Reads of the exam runtime, the proctor console and the PIN unlock. Run in
 * delivery-queries.test.ts on a world where organisation B also has a PIN
 * holder and a published, proctored test with negative marking, so every
 * value below exists for B.
 */
export const deliveryValueCases: ValueCase[] = [
  {
    fn: 'listPinHolders',
    label: 'all',
    values: async (w, t) => (await profilesRepo.listPinHolders(w.db, t)).map((p) => p.id),
    isB: (w, v) => v === w.b.adminId,
  },
  {
    fn: 'studentAttemptCounts',
    label: "B's student, asked under each organisation",
    values: async (w, t) =>
      (
        await examAttemptsRepo.studentAttemptCounts(w.db, {
          ...t,
          role: 'student',
          profileId: w.b.studentId,
        })
      ).map((c) => c.testId),
    isB: (w, v) => v === w.b.testId,
  },
  {
    fn: 'attemptControl',
    label: "B's attempt",
    values: async (w, t) =>
      (await examAttemptsRepo.attemptControl(w.db, t, w.b.attemptId)) ? [w.b.attemptId] : [],
    isB: (w, v) => v === w.b.attemptId,
  },
  {
    fn: 'startCodeRequiredOf',
    label: "B's proctored test",
    values: async (w, t) => [
      `required:${String(await testDeliveryRepo.startCodeRequiredOf(w.db, t, w.b.testId))}`,
    ],
    isB: (_w, v) => v === 'required:true',
  },
  {
    fn: 'negativeMarkingOf',
    label: "B's test with negative marking",
    values: async (w, t) => [
      `negative:${String(await testDeliveryRepo.negativeMarkingOf(w.db, t, w.b.testId))}`,
    ],
    isB: (_w, v) => v === 'negative:true',
  },
  {
    fn: 'listProctorTests',
    label: 'published tests',
    values: async (w, t) => (await testDeliveryRepo.listProctorTests(w.db, t)).map((x) => x.id),
    isB: (w, v) => v === w.b.testId,
  },
];

/** Writes that take no id to aim at another organisation (tested in delivery-queries.test.ts). */
export const deliveryOwnTenantWriteFns = ['insertSubscription'] as const;

export const deliveryNotTenantScoped: Record<string, string> = {
  insertPlan: 'the plan catalogue is shared by every organisation and has no tenant column',
  hasAnyOrganisation:
    'asked at start-up, before any organisation or session exists, to decide whether to seed the demo',
};

export function deliveryCoveredFunctionNames(): string[] {
  return [
    ...deliveryValueCases.map((c) => c.fn),
    ...deliveryOwnTenantWriteFns,
    ...Object.keys(deliveryNotTenantScoped),
  ];
}
