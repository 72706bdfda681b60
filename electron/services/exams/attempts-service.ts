import { getAttempt, listAttempts, type AttemptFilter } from '@db/repositories/attempts';
import type { TenantContext } from '@db/tenant';
import type { AttemptSummary } from '@shared/domain/attempts';
import type { ServiceEnv } from '../service-env';

/** Attempts the caller may see: a student only their own, staff every one in the organisation. */
export function readAttempts(
  env: ServiceEnv,
  tenant: TenantContext,
  filter: AttemptFilter,
): Promise<AttemptSummary[]> {
  return listAttempts(env.db(), tenant, filter);
}

export function readAttempt(
  env: ServiceEnv,
  tenant: TenantContext,
  id: string,
): Promise<AttemptSummary> {
  return getAttempt(env.db(), tenant, id);
}
