import * as questionsRepo from '@db/repositories/questions';
import * as bankRows from '@db/search/bank-rows';
import * as bankSearch from '@db/search/bank-search';
import type { TenantContext } from '@db/tenant';
import type { TenancyWorld } from './repository-cases';

const idsOf = (rows: ReadonlyArray<{ id: string }>): string[] => rows.map((r) => r.id);

/** The bank search on its index: asked by A it holds none of B's questions, asked by B some. */
export const searchListCases: Array<{
  fn: string;
  label: string;
  ids: (w: TenancyWorld, tenant: TenantContext) => Promise<string[]>;
}> = [
  {
    fn: 'searchQuestionBank',
    label: 'searching a text both have, deleted too',
    ids: async (w, t) =>
      idsOf(
        (await bankSearch.searchQuestionBank(w.db, t, { search: 'capital city', state: 'all' }))
          .items,
      ),
  },
  {
    fn: 'searchQuestionBank',
    label: "on B's test",
    ids: async (w, t) =>
      idsOf((await bankSearch.searchQuestionBank(w.db, t, { testId: w.b.testId })).items),
  },
  {
    fn: 'questionSummariesInOrder',
    label: "A's and B's question",
    ids: async (w, t) =>
      idsOf(
        await questionsRepo.questionSummariesInOrder(w.db, t, [w.fx.questionId, w.b.questionId]),
      ),
  },
  {
    fn: 'testQuestionIdSet',
    label: "B's test",
    ids: async (w, t) => [...(await bankRows.testQuestionIdSet(w.db, t, w.b.testId))],
  },
];

/** The search index's own reads and notices, and why none of them needs a tenancy case. */
export const searchNotTenantScoped: Record<string, string> = {
  bankRowsAfter:
    'reads every organisation’s questions in the local file into the search index; every search through it is scoped by organisation (searchQuestionBank, covered above)',
  bankRowsByIds: 'reads changed questions into the search index (see bankRowsAfter)',
  bankStamps: 'reads every question’s change stamp for the search index (see bankRowsAfter)',
  noteCommittedChange: 'marks a question for the search index to read again; reads nothing',
  noteBankPulled: 'marks the search index to check every question after a pull; reads nothing',
};

export function searchCoveredFunctionNames(): string[] {
  return [...searchListCases.map((c) => c.fn), ...Object.keys(searchNotTenantScoped)];
}
