import { drawCandidates } from '@db/repositories/question-draw';
import { getTest } from '@db/repositories/tests';
import type { TenantContext } from '@db/tenant';
import { invalid } from '@shared/api/result';
import type { Difficulty, QuestionType } from '@shared/domain/questions';
import { drawSample, seededRandom, seedFrom } from '@shared/domain/random-draw';
import type { TestDetail } from '@shared/domain/tests';
import type { ServiceEnv } from '../service-env';
import { setTestQuestions } from './tests-service';

export interface DrawInput {
  id: string;
  count: number;
  tag?: string | undefined;
  difficulty?: Difficulty | undefined;
  type?: QuestionType | undefined;
  /** Marks for each drawn question; each question's own marks when absent. */
  marks?: number | undefined;
}

function describeFilter(input: DrawInput): string {
  const parts = [
    input.tag && `tagged "${input.tag}"`,
    input.difficulty,
    input.type?.replace('_', ' '),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/**
 * Adds `count` questions drawn at random from the bank by tag, difficulty and
 * type, leaving out those already in the test. The draw is fixed when it is
 * made: every student sees the same questions.
 */
export async function drawRandomQuestions(
  env: ServiceEnv,
  tenant: TenantContext,
  input: DrawInput,
): Promise<TestDetail> {
  const test = await getTest(env.db(), tenant, input.id);
  const already = new Set(test.questions.map((q) => q.questionId));
  const pool = (await drawCandidates(env.db(), tenant, input)).filter((c) => !already.has(c.id));
  if (pool.length < input.count) {
    throw invalid('count', 'tests.drawTooFew', {
      count: pool.length,
      filter: describeFilter(input),
    });
  }
  const drawn = drawSample(pool, input.count, seededRandom(seedFrom(env.ids())));
  return setTestQuestions(env, tenant, input.id, [
    ...test.questions.map((q) => ({ questionId: q.questionId, marks: q.marks })),
    ...drawn.map((d) => ({ questionId: d.id, marks: input.marks ?? d.marks })),
  ]);
}
