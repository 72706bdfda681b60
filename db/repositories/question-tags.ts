import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { parseJson } from '../rows';
import { questions } from '../schema/index';
import type { TenantContext } from '../tenant';
import { liveImportRows } from './staged-imports';

/** Every tag on live questions with how many use it, most used first (the bank's tag filter). */
export async function tagCounts(
  db: Db,
  tenant: TenantContext,
): Promise<Array<{ tag: string; count: number }>> {
  const rows = await db
    .select({ tags: questions.tags })
    .from(questions)
    .where(
      and(
        eq(questions.clientId, tenant.clientId),
        isNull(questions.deletedAt),
        isNotNull(questions.tags),
        liveImportRows(questions.importId),
      ),
    );
  const counts = new Map<string, number>();
  for (const row of rows) {
    const tags = parseJson<unknown>(row.tags, []);
    if (!Array.isArray(tags)) continue;
    for (const t of tags) if (typeof t === 'string') counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
