import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { questions } from '../schema/index';
import type { TenantContext } from '../tenant';
import { filterConditions, type QuestionFilter } from './questions';

/** Ids and marks of the live questions that match a filter, in a stable order, for a random draw. */
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
      ),
    )
    .orderBy(asc(questions.id));
  return rows.map((r) => ({ id: r.id, marks: r.marks ?? 1 }));
}
