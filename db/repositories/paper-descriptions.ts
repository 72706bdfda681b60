import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { attempts, questions, questionVersions } from '../schema/index';
import type { TenantContext } from '../tenant';

export interface PaperDescriptions {
  /** Entries of the paper whose question is a description. */
  descriptions: number;
  /**
   * True when every entry is pinned to a version this computer has: versions
   * never change, so the count is final. An entry that pinned none, or whose
   * version has not arrived yet, may still change it.
   */
  settled: boolean;
}

/** Attempts are asked for in parts, well inside the engine's limit on bound values. */
const PART = 500;

/**
 * How many descriptions are on each of these attempts' papers, counted in
 * SQL (the papers are never sent over): each entry's type is its pinned
 * version's, or its question's for an entry that pinned none, each found by
 * primary key. An entry whose question this computer lacks is no description.
 * An attempt of another organisation is not in the answer.
 */
export async function paperDescriptionCounts(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  attemptIds: readonly string[],
): Promise<Map<string, PaperDescriptions>> {
  const versionId = sql`json_extract(entry.value, '$.versionId')`;
  const questionId = sql`json_extract(entry.value, '$.questionId')`;
  const versionType = sql`(SELECT ${questionVersions.questionType} FROM ${questionVersions} WHERE ${questionVersions.id} = ${versionId} AND ${questionVersions.clientId} = ${tenant.clientId})`;
  const headType = sql`(SELECT ${questions.questionType} FROM ${questions} WHERE ${versionId} IS NULL AND ${questions.id} = ${questionId} AND ${questions.clientId} = ${tenant.clientId})`;
  // A paper this app cannot read has no entries, as reading it would find.
  const entries = sql`json_each(CASE WHEN json_valid(${attempts.paper}) THEN ${attempts.paper} END, '$.entries') AS entry`;
  const out = new Map<string, PaperDescriptions>();
  for (let at = 0; at < attemptIds.length; at += PART) {
    const rows = await db
      .select({
        id: attempts.id,
        descriptions: sql<number>`(SELECT count(*) FROM ${entries} WHERE coalesce(${versionType}, ${headType}) = 'description')`,
        unsettled: sql<number>`(SELECT count(*) FROM ${entries} WHERE ${versionType} IS NULL)`,
      })
      .from(attempts)
      .where(
        and(
          eq(attempts.clientId, tenant.clientId),
          inArray(attempts.id, attemptIds.slice(at, at + PART)),
        ),
      );
    for (const r of rows) {
      out.set(r.id, { descriptions: r.descriptions, settled: r.unsettled === 0 });
    }
  }
  return out;
}
