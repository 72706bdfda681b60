import * as questionsRepo from '@db/repositories/questions';
import { createHash } from 'node:crypto';
import * as sealedMediaRepo from '@db/repositories/sealed-media';
import * as sealedTestsRepo from '@db/repositories/sealed-tests';
import type { TenantContext } from '@db/tenant';
import { ApiError } from '@shared/api/result';
import type { ValueCase } from './admin-repository-cases';

/** The repository module sealed tests are read and written through. */
export const sealedTestRepositoryModules: Record<string, Record<string, unknown>> = {
  'sealed-tests': sealedTestsRepo,
  'sealed-media': sealedMediaRepo,
};

/** Reads a value or answers [] where the read refuses another organisation's id. */
async function orNone(read: () => Promise<string[]>): Promise<string[]> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return [];
    throw error;
  }
}

/**
 * Reads of sealed tests, run in sealed-test-repositories.test.ts on a world
 * where organisation B's test is sealed and so is its question.
 */
export const sealedTestValueCases: ValueCase[] = [
  {
    fn: 'testSealingOf',
    label: "B's sealed test",
    values: async (w, t) => {
      const s = await sealedTestsRepo.testSealingOf(w.db, t, w.b.testId);
      return s === null ? [] : [`${s.id}:${String(s.sealed)}`];
    },
    isB: (w, v) => v === `${w.b.testId}:true`,
  },
  {
    fn: 'questionIdsOfTest',
    label: "B's sealed test",
    values: (w, t) => sealedTestsRepo.questionIdsOfTest(w.db, t, w.b.testId),
    isB: (w, v) => v === w.b.questionId,
  },
  {
    fn: 'otherTestsListing',
    label: "B's question, asked for another test",
    values: (w, t: TenantContext) =>
      sealedTestsRepo.otherTestsListing(w.db, t, 'no-such-test', [w.b.questionId]),
    isB: () => true,
  },
  {
    fn: 'sealedByOtherTest',
    label: "B's sealed question, asked for another test",
    values: (w, t) => sealedTestsRepo.sealedByOtherTest(w.db, t, 'no-such-test', [w.b.questionId]),
    isB: (w, v) => v === w.b.questionId,
  },
  {
    fn: 'sealingTestOfQuestion',
    label: "B's sealed question",
    values: (w, t) =>
      orNone(async () => {
        const testId = await questionsRepo.sealingTestOfQuestion(w.db, t, w.b.questionId);
        return testId === null ? [] : [testId];
      }),
    isB: (w, v) => v === w.b.testId,
  },
];

/**
 * Reads of sealed tests' media, on the same world: B's sealed question shows
 * B's image (`w.b.mediaHash`), so B's test holds a sealed copy of it, and a
 * plain question of B's shows `B_PLAIN_MEDIA`.
 */
export const B_PLAIN_MEDIA = 'b'.repeat(64);

export const sealedMediaValueCases: ValueCase[] = [
  {
    fn: 'testsSealingMedia',
    label: "B's sealed image",
    values: (w, t) => sealedMediaRepo.testsSealingMedia(w.db, t, w.b.mediaHash),
    isB: (w, v) => v === w.b.testId,
  },
  {
    fn: 'mediaSealedForTest',
    label: "B's sealed test",
    values: (w, t) => sealedMediaRepo.mediaSealedForTest(w.db, t, w.b.testId),
    isB: (w, v) => v === w.b.mediaHash,
  },
  {
    fn: 'readSealedMediaBytes',
    label: "B's sealed image",
    values: async (w, t) => {
      const read = await sealedMediaRepo.readSealedMediaBytes(w.db, t, w.b.mediaHash);
      return read ? [createHash('sha256').update(read.bytes).digest('hex')] : [];
    },
    isB: (w, v) => v === w.b.mediaHash,
  },
  {
    fn: 'mediaShownByTest',
    label: "B's sealed test",
    values: (w, t) => sealedTestsRepo.mediaShownByTest(w.db, t, w.b.testId),
    isB: (w, v) => v === w.b.mediaHash,
  },
  {
    fn: 'plainRowsShowingMedia',
    label: "B's plain question's image",
    values: async (w, t) =>
      (await sealedTestsRepo.plainRowsShowingMedia(w.db, t, B_PLAIN_MEDIA)) > 0 ? ['shown'] : [],
    isB: (_w, v) => v === 'shown',
  },
];

/** Writes aimed at B's test or questions from A (sealed-test-repositories.test.ts checks B's rows stay as they were). */
export const sealedTestWriteFns = [
  'setTestSealing',
  'sealQuestionContent',
  'unsealQuestionContent',
  'insertSealedMediaChunks',
  'sealTestMedia',
  'unsealTestMedia',
] as const;

export const sealedTestNotTenantScoped: Record<string, string> = {
  sealedTestsHere:
    'runs at start and after a pull, before any session reads, so main holds the key of each sealed test of every organisation whose key this computer holds; never answered to a session',
  sealingTestOfRow: 'reads the envelope of a row already read under its tenant; reads nothing',
  openedText: 'opens a stem already read under its tenant; reads nothing',
  SealedTestLockedError: 'an error type',
  SealedContentError: 'an error type',
  newTestKey: 'makes random bytes; reads nothing',
  useTestKey: 'holds a key in this process; reads nothing',
  hasTestKey: 'asks whether this process holds a key; reads nothing',
  releaseTestKeysOf: 'lets go of keys this process holds; reads nothing',
  isTestSealed: 'reads a column value',
  sealingTestOf: 'reads the test id out of a sealed value; reads nothing',
  sealContent: 'encrypts a column value for the place it names; reads nothing',
  openContent: 'decrypts a column value for the place it names; reads nothing',
  readTestKeyWraps: 'parses a column value; reads nothing',
  wrapTestKey: 'encrypts a key under the organisation key or a start code; reads nothing',
  unwrapTestKey: 'decrypts a key wrap; reads nothing',
  SealedMediaError: 'an error type',
  sealMediaChunk: 'encrypts a media chunk for the place it names; reads nothing',
  openMediaChunk: 'decrypts a media chunk for the place it names; reads nothing',
  gcmSeal: 'encrypts bytes under a key it is given; reads nothing',
  gcmOpen: 'decrypts bytes under a key it is given; reads nothing',
  gcmFrameBytes: 'counts the bytes of a sealed frame; reads nothing',
};

export function sealedTestCoveredFunctionNames(): string[] {
  return [
    ...sealedTestValueCases.map((c) => c.fn),
    ...sealedMediaValueCases.map((c) => c.fn),
    ...sealedTestWriteFns,
    ...Object.keys(sealedTestNotTenantScoped),
  ];
}
