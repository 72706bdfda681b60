import type { Db } from './client';
import type { DataEnv } from './env';
import { appendAudit, type AuditDraft } from './repositories/audit-logs';
import { noteCommittedChange } from './search/bank-search';
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
  const { value, audit } = await env.transaction(async (tx) => {
    const result = await work(tx.db);
    await appendAudit(tx.sql, env, actor, result.audit);
    return result;
  });
  // The audit row names what changed; the bank's search index reads a changed question again.
  noteCommittedChange(env.db(), audit.resourceType, audit.resourceId);
  return value;
}
