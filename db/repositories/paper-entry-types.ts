import { and, eq, inArray } from 'drizzle-orm';
import type { PaperEntry } from '@shared/delivery/paper';
import type { Db } from '../client';
import { questions, questionVersions } from '../schema/index';
import type { TenantContext } from '../tenant';

type EntryRef = Pick<PaperEntry, 'questionId' | 'versionId'>;

/** How a paper entry is known in `entryTypes`: its pinned version, or its question. */
export const entryKey = (e: EntryRef): string => e.versionId ?? e.questionId;

/**
 * The question type of each of these paper entries (of any number of
 * papers), by `entryKey`: the pinned version's, or the question's for an
 * entry that pinned none. Two queries, however many papers.
 */
export async function entryTypes(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  entries: readonly EntryRef[],
): Promise<Map<string, string>> {
  const versionIds = [...new Set(entries.flatMap((e) => (e.versionId ? [e.versionId] : [])))];
  const headIds = [...new Set(entries.filter((e) => !e.versionId).map((e) => e.questionId))];
  const out = new Map<string, string>();
  if (versionIds.length > 0) {
    const rows = await db
      .select({ id: questionVersions.id, type: questionVersions.questionType })
      .from(questionVersions)
      .where(
        and(
          inArray(questionVersions.id, versionIds),
          eq(questionVersions.clientId, tenant.clientId),
        ),
      );
    for (const r of rows) out.set(r.id, r.type);
  }
  if (headIds.length > 0) {
    const rows = await db
      .select({ id: questions.id, type: questions.questionType })
      .from(questions)
      .where(and(inArray(questions.id, headIds), eq(questions.clientId, tenant.clientId)));
    for (const r of rows) out.set(r.id, r.type);
  }
  return out;
}
