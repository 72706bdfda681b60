import { and, eq, inArray } from 'drizzle-orm';
import type { PaperEntry } from '@shared/delivery/paper';
import type { Db } from '../client';
import { questions, questionVersions } from '../schema/index';
import type { TenantContext } from '../tenant';

/** How a paper entry is known in `descriptionsAmong`: its pinned version, or its question. */
export const entryKey = (e: Pick<PaperEntry, 'questionId' | 'versionId'>): string =>
  e.versionId ?? e.questionId;

/**
 * Which of these paper entries (of any number of papers) are descriptions,
 * read and not answered, by `entryKey`: two queries, however many papers.
 */
export async function descriptionsAmong(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  entries: readonly Pick<PaperEntry, 'questionId' | 'versionId'>[],
): Promise<Set<string>> {
  const versionIds = [...new Set(entries.flatMap((e) => (e.versionId ? [e.versionId] : [])))];
  const headIds = [...new Set(entries.filter((e) => !e.versionId).map((e) => e.questionId))];
  const out = new Set<string>();
  if (versionIds.length > 0) {
    const rows = await db
      .select({ id: questionVersions.id })
      .from(questionVersions)
      .where(
        and(
          inArray(questionVersions.id, versionIds),
          eq(questionVersions.clientId, tenant.clientId),
          eq(questionVersions.questionType, 'description'),
        ),
      );
    for (const r of rows) out.add(r.id);
  }
  if (headIds.length > 0) {
    const rows = await db
      .select({ id: questions.id })
      .from(questions)
      .where(
        and(
          inArray(questions.id, headIds),
          eq(questions.clientId, tenant.clientId),
          eq(questions.questionType, 'description'),
        ),
      );
    for (const r of rows) out.add(r.id);
  }
  return out;
}
