import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { attempts, questions } from '../schema/index';
import type { TenantContext } from '../tenant';

/** An attempt is running on this computer: pulls (which briefly block saves) become rarer. */
export async function examRunningOn(db: Db, deviceId: string): Promise<boolean> {
  const rows = await db
    .select({ id: attempts.id })
    .from(attempts)
    .where(and(eq(attempts.deviceId, deviceId), eq(attempts.status, 'in_progress')))
    .limit(1);
  return rows.length > 0;
}

export async function countConflictedQuestions(db: Db, tenant: TenantContext): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(questions)
    .where(and(eq(questions.clientId, tenant.clientId), eq(questions.conflict, 1)));
  return rows[0]?.n ?? 0;
}
