import { and, asc, eq, notLike } from 'drizzle-orm';
import type { Db } from '../client';
import { questions } from '../schema/index';
import { TEST_SEALED_PREFIX } from '../sealing/test-content';
import type { TenantContext } from '../tenant';
import { filterConditions, type QuestionFilter } from './questions';

/** Ids and marks of the live questions that match a filter (none of a sealed test), in a stable order, for a random draw. */
export async function drawCandidates(
  db: Db,
  tenant: TenantContext,
  filter: Pick<QuestionFilter, 'tag' | 'difficulty' | 'type'>,
): Promise<Array<{ id: string; marks: number }>> {
  const rows = await db
    .select({ id: questions.id, marks: questions.marks })
    .from(questions)
    .where(
      and(
        eq(questions.clientId, tenant.clientId),
        ...filterConditions(tenant, { ...filter, state: 'live' }),
        // A sealed test's questions are its own until it is released.
        notLike(questions.questionText, `${TEST_SEALED_PREFIX}%`),
      ),
    )
    .orderBy(asc(questions.id));
  return rows.map((r) => ({ id: r.id, marks: r.marks ?? 1 }));
}
