import * as examAttemptsRepo from '@db/repositories/exam-attempts';
import * as profilesRepo from '@db/repositories/profiles';
import * as mediaRepo from '@db/repositories/media';
import * as mediaPlaysRepo from '@db/repositories/media-plays';
import * as paperDescriptionsRepo from '@db/repositories/paper-descriptions';
import * as testDeliveryRepo from '@db/repositories/test-delivery';
import type { ValueCase } from './admin-repository-cases';

/** The repository module the exam and proctor services read tests through. */
export const deliveryRepositoryModules: Record<string, Record<string, unknown>> = {
  'test-delivery': testDeliveryRepo,
  media: mediaRepo,
  'media-plays': mediaPlaysRepo,
  'paper-descriptions': paperDescriptionsRepo,
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
    fn: 'scoringOptionsOf',
    label: "B's test with negative marking and per-position ordering",
    values: async (w, t) => {
      const o = await testDeliveryRepo.scoringOptionsOf(w.db, t, w.b.testId);
      return [`negative:${String(o.negativeMarking)}`, `ordering:${o.orderingCredit}`];
    },
    isB: (_w, v) => v === 'negative:true' || v === 'ordering:per_position',
  },
  {
    fn: 'findMedia',
    label: "B's image, by its hash",
    values: async (w, t) => {
      const row = await mediaRepo.findMedia(w.db, t, w.b.mediaHash);
      return row ? [row.id] : [];
    },
    isB: (w, v) => v === mediaRepo.mediaIdOf(w.b.clientId, w.b.mediaHash),
  },
  {
    fn: 'readMediaBytes',
    label: "B's image, by its hash",
    values: async (w, t) => {
      const stored = await mediaRepo.readMediaBytes(w.db, t, w.b.mediaHash);
      return stored ? [stored.row.clientId] : [];
    },
    isB: (w, v) => v === w.b.clientId,
  },
  {
    fn: 'storedChunkCount',
    label: "B's image, by its hash",
    values: async (w, t) => [`chunks:${await mediaRepo.storedChunkCount(w.db, t, w.b.mediaHash)}`],
    isB: (_w, v) => v === 'chunks:1',
  },
  {
    fn: 'mediaBytesUsed',
    label: 'all',
    // A's demo media are thousands of bytes; B's one image is 70.
    values: async (w, t) => [`bytes:${await mediaRepo.mediaBytesUsed(w.db, t)}`],
    isB: (_w, v) => v === 'bytes:70',
  },
  {
    fn: 'ownAttemptPapers',
    label: "B's student, asked under each organisation",
    values: async (w, t) =>
      (await mediaRepo.ownAttemptPapers(w.db, { ...t, role: 'student', profileId: w.b.studentId }))
        .attemptIds,
    isB: (w, v) => v === w.b.attemptId,
  },
  {
    fn: 'playCounts',
    label: "B's attempt",
    values: async (w, t) => [...(await mediaPlaysRepo.playCounts(w.db, t, w.b.attemptId)).keys()],
    isB: (w, v) => v === w.b.questionId,
  },
  {
    fn: 'paperDescriptionCounts',
    label: "B's attempt",
    values: async (w, t) => [
      ...(await paperDescriptionsRepo.paperDescriptionCounts(w.db, t, [w.b.attemptId])).keys(),
    ],
    isB: (w, v) => v === w.b.attemptId,
  },
  {
    fn: 'listProctorTests',
    label: 'published tests',
    values: async (w, t) => (await testDeliveryRepo.listProctorTests(w.db, t)).map((x) => x.id),
    isB: (w, v) => v === w.b.testId,
  },
];

/** Writes that take no id to aim at another organisation (tested in delivery-queries.test.ts). */
export const deliveryOwnTenantWriteFns = [
  'insertSubscription',
  'insertMedia',
  'insertMediaChunks',
] as const;

export const deliveryNotTenantScoped: Record<string, string> = {
  mediaIdOf: 'builds an id from the organisation and a hash',
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
