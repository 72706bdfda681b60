import * as answerSummariesRepo from '@db/repositories/answer-summaries';
import * as auditRepo from '@db/repositories/audit-logs';
import * as gradebookRepo from '@db/repositories/gradebook';
import * as gradingRepo from '@db/repositories/grading';
import * as itemAnalysisRepo from '@db/repositories/item-analysis';
import * as questionDrawRepo from '@db/repositories/question-draw';
import * as questionExportRepo from '@db/repositories/question-export';
import * as questionImportRepo from '@db/repositories/question-import';
import * as questionTagsRepo from '@db/repositories/question-tags';
import * as regradeRepo from '@db/repositories/regrade';
import * as testLifecycleRepo from '@db/repositories/test-lifecycle';
import * as usageRepo from '@db/repositories/usage';
import type { TenantContext } from '@db/tenant';
import { SECOND_TENANT_DEVICE, SECOND_TENANT_RECEIPT } from '../../helpers/second-tenant';
import type { TenancyWorld } from './repository-cases';

/** The admin-mode repository modules, by file name. */
export const adminRepositoryModules: Record<string, Record<string, unknown>> = {
  'answer-summaries': answerSummariesRepo,
  gradebook: gradebookRepo,
  grading: gradingRepo,
  'item-analysis': itemAnalysisRepo,
  'question-draw': questionDrawRepo,
  'question-export': questionExportRepo,
  'question-import': questionImportRepo,
  'question-tags': questionTagsRepo,
  regrade: regradeRepo,
  'test-lifecycle': testLifecycleRepo,
  usage: usageRepo,
};

const at = '2026-06-01T09:00:00.000Z';

/** Asked from organisation A with an id of B's: NOT_FOUND, nothing written. */
export const adminByIdCases: Array<{
  fn: string;
  label: string;
  run: (w: TenancyWorld) => Promise<unknown>;
}> = [
  {
    fn: 'gradebookAttempts',
    label: "B's test",
    run: (w) => gradebookRepo.gradebookAttempts(w.db, w.a, w.b.testId),
  },
  {
    fn: 'integrityCounts',
    label: "B's test",
    run: (w) => gradebookRepo.integrityCounts(w.db, w.a, w.b.testId),
  },
  {
    fn: 'pendingGradingCounts',
    label: "B's test",
    run: (w) => gradebookRepo.pendingGradingCounts(w.db, w.a, w.b.testId),
  },
  {
    fn: 'finishedAttemptIds',
    label: "B's test",
    run: (w) => regradeRepo.finishedAttemptIds(w.db, w.a, w.b.testId),
  },
  {
    fn: 'analysisAttempts',
    label: "B's test",
    run: (w) => itemAnalysisRepo.analysisAttempts(w.db, w.a, w.b.testId),
  },
  {
    fn: 'writeAnswerSummary',
    label: "B's attempt",
    run: (w) => answerSummariesRepo.writeAnswerSummary(w.db, w.a, w.b.attemptId, at),
  },
  {
    fn: 'attemptCountsForTest',
    label: "B's test",
    run: (w) => testLifecycleRepo.attemptCountsForTest(w.db, w.a, w.b.testId),
  },
  {
    fn: 'pinTestQuestions',
    label: "B's test",
    run: (w) =>
      testLifecycleRepo.pinTestQuestions(
        w.db,
        w.a,
        w.b.testId,
        new Map([[w.b.questionId, null]]),
        at,
      ),
  },
  {
    fn: 'softDeleteTest',
    label: "B's test",
    run: (w) => testLifecycleRepo.softDeleteTest(w.db, w.a, w.b.testId, at),
  },
  {
    fn: 'regradeInput',
    label: "B's test",
    run: (w) => regradeRepo.regradeInput(w.db, w.a, w.b.testId),
  },
  {
    fn: 'setAnswerScore',
    label: "B's answer",
    run: (w) =>
      regradeRepo.setAnswerScore(w.db, w.a, w.b.answerId, {
        marks: 0,
        isCorrect: false,
        nowIso: at,
      }),
  },
  {
    fn: 'gradingRows',
    label: "B's test",
    run: (w) => gradingRepo.gradingRows(w.db, w.a, { testId: w.b.testId }),
  },
  {
    fn: 'getGradingRow',
    label: "B's answer",
    run: (w) => gradingRepo.getGradingRow(w.db, w.a, w.b.answerId),
  },
  {
    fn: 'setAnswerGrade',
    label: "B's answer",
    run: (w) =>
      gradingRepo.setAnswerGrade(w.db, w.a, w.b.answerId, { marks: 0, comment: 'x', nowIso: at }),
  },
  {
    fn: 'attemptTally',
    label: "B's attempt",
    run: (w) => gradingRepo.attemptTally(w.db, w.a, w.b.attemptId),
  },
  {
    fn: 'setAttemptResult',
    label: "B's attempt",
    run: (w) =>
      gradingRepo.setAttemptResult(w.db, w.a, w.b.attemptId, {
        score: 0,
        status: 'graded',
        nowIso: at,
      }),
  },
];

/**
 * Reads whose results are values rather than rows: asked by A they hold none
 * of B's (by the `isB` test), asked by B they hold some.
 */
export interface ValueCase {
  fn: string;
  label: string;
  values: (w: TenancyWorld, tenant: TenantContext) => Promise<string[]>;
  isB: (w: TenancyWorld, value: string) => boolean;
}

const isBId = (w: TenancyWorld, v: string) =>
  [w.b.questionId, w.b.questionVersionId, w.b.testId, w.b.attemptId, w.b.answerId].includes(v);

export const adminValueCases: ValueCase[] = [
  {
    fn: 'answerSummariesOfAttempts',
    label: "B's attempt",
    values: async (w, t) => {
      // B's attempt gets its summary, written as B; A may not write it (writeAnswerSummary's case).
      await answerSummariesRepo.writeAnswerSummary(w.db, t, w.b.attemptId, at).catch(() => null);
      return [
        ...(await answerSummariesRepo.answerSummariesOfAttempts(w.db, t, [w.b.attemptId])).keys(),
      ];
    },
    isB: isBId,
  },
  {
    fn: 'answerCellsOf',
    label: "B's attempt",
    values: async (w, t) =>
      (await itemAnalysisRepo.answerCellsOf(w.db, t, [w.b.attemptId])).map((c) => c.attemptId),
    isB: isBId,
  },
  {
    fn: 'questionsForExport',
    label: "A's and B's question ids",
    values: async (w, t) =>
      (
        await questionExportRepo.questionsForExport(w.db, t, {
          ids: [w.fx.questionId, w.b.questionId],
        })
      ).map((q) => q.id),
    isB: isBId,
  },
  {
    fn: 'drawCandidates',
    label: 'tagged geography',
    values: async (w, t) =>
      (await questionDrawRepo.drawCandidates(w.db, t, { tag: 'geography' })).map((q) => q.id),
    isB: isBId,
  },
  {
    fn: 'questionTextsFor',
    label: "B's question and version",
    values: async (w, t) => [
      ...(
        await gradingRepo.questionTextsFor(w.db, t, [
          { questionId: w.b.questionId, questionVersionId: w.b.questionVersionId },
        ])
      ).keys(),
    ],
    isB: isBId,
  },
  {
    fn: 'liveFingerprints',
    label: 'all',
    values: async (w, t) => [...(await questionImportRepo.liveFingerprints(w.db, t))],
    isB: (_w, v) => v.includes('(southfield)'),
  },
  {
    fn: 'tagCounts',
    label: 'all',
    values: async (w, t) => (await questionTagsRepo.tagCounts(w.db, t)).map((c) => c.tag),
    isB: (_w, v) => v === 'southfield-only',
  },
  {
    fn: 'countUsage',
    label: 'questions, against a bank B alone has grown',
    values: async (w, t) => [`questions:${await usageRepo.countUsage(w.db, t, 'max_questions')}`],
    isB: (_w, v) => v === 'questions:2',
  },
  {
    fn: 'chainHeads',
    label: 'all',
    values: async (w, t) => (await auditRepo.chainHeads(w.db, t)).map((h) => h.deviceId),
    isB: (_w, v) => v === SECOND_TENANT_DEVICE,
  },
  {
    fn: 'saveReceipts',
    label: 'all',
    values: async (w, t) => (await auditRepo.saveReceipts(w.db, t)).map((r) => r.hash),
    isB: (_w, v) => v === SECOND_TENANT_RECEIPT,
  },
  {
    fn: 'auditFacets',
    label: 'actions',
    values: async (w, t) => (await auditRepo.auditFacets(w.db, t)).actions,
    isB: (_w, v) => v === 'southfield.only',
  },
];

/** Writes that take no id to aim at another organisation. */
export const adminOwnTenantWriteFns = ['insertQuestionBatch'] as const;

export const adminNotTenantScoped: Record<string, string> = {
  questionFingerprint: 'maps columns to a comparison key',
  importRowBytes: 'estimates the push body of rows not written yet; reads nothing',
  filterConditions:
    'builds the WHERE of listQuestions, questionsForExport and drawCandidates; tested through them',
};

export function adminCoveredFunctionNames(): string[] {
  return [
    ...adminByIdCases.map((c) => c.fn),
    ...adminValueCases.map((c) => c.fn),
    ...adminOwnTenantWriteFns,
    ...Object.keys(adminNotTenantScoped),
  ];
}
