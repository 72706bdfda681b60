import type { Db } from './client';
import type { DataEnv } from './env';
import { appendAudit, type AuditDraft } from './repositories/audit-logs';
import type { Actor } from './tenant';

export interface MutationResult<T> {
  value: T;
  audit: AuditDraft;
}

/**
 * The one way a service changes data: the work and exactly one audit row commit
 * together, or neither does.
 */
export async function mutate<T>(
  env: DataEnv,
  actor: Actor,
  work: (tx: Db) => Promise<MutationResult<T>>,
): Promise<T> {
  return env.transaction(async (tx) => {
    const { value, audit } = await work(tx.db);
    await appendAudit(tx.sql, env, actor, audit);
    return value;
  });
}
