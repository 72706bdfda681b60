import { and, asc, eq, inArray } from 'drizzle-orm';
import type { QuestionRecord } from '@shared/domain/bank';
import type { Db } from '../client';
import { questions } from '../schema/index';
import type { TenantContext } from '../tenant';
import { filterConditions, toQuestionRecord, type QuestionFilter } from './questions';

/** Every question matching a bank filter (or the listed ids), oldest first, for export. */
export async function questionsForExport(
  db: Db,
  tenant: TenantContext,
  select: { ids?: readonly string[] | undefined; filter?: QuestionFilter | undefined },
): Promise<QuestionRecord[]> {
  const conditions = filterConditions(tenant, select.filter ?? {});
  if (select.ids) conditions.push(inArray(questions.id, [...select.ids]));
  const rows = await db
    .select()
    .from(questions)
    .where(and(eq(questions.clientId, tenant.clientId), ...conditions))
    .orderBy(asc(questions.createdAt), asc(questions.id));
  return rows.map(toQuestionRecord);
}
