import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { attempts } from '../schema/index';

/** An attempt is running on this computer: pulls (which briefly block saves) become rarer. */
export async function examRunningOn(db: Db, deviceId: string): Promise<boolean> {
  const rows = await db
    .select({ id: attempts.id })
    .from(attempts)
    .where(and(eq(attempts.deviceId, deviceId), eq(attempts.status, 'in_progress')))
    .limit(1);
  return rows.length > 0;
}
