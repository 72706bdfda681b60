import { getOrganisation } from '@db/repositories/organisations';
import type { TenantContext } from '@db/tenant';
import { apiContract, type MethodName } from '@shared/api/contract';
import { isOpenWhen } from '@shared/api/define';
import type { ReadOnlyState } from '@shared/domain/write-access';
import type { ServiceEnv } from '../services/service-env';

/**
 * A reason a tenant may not write, checked before every mutating call.
 * Returning null lets the call through; `method` null asks only whether the
 * organisation is read-only at all (for the banner staff see).
 */
export type WriteGuard = (
  tenant: TenantContext,
  method: MethodName | null,
) => Promise<string | null>;

/** Why the organisation is read-only in one state right now, or null. */
export interface ReadOnlyCheck {
  state: ReadOnlyState;
  reason: (tenant: TenantContext) => Promise<string | null>;
}

export const INACTIVE_MESSAGE =
  'Your organisation is inactive: you can sign in and read, but not change anything.';

/** The organisation switched off by an admin. */
export function inactiveOrganisation(env: ServiceEnv): ReadOnlyCheck {
  return {
    state: 'inactive',
    reason: async (tenant) =>
      (await getOrganisation(env.db(), tenant)).active ? null : INACTIVE_MESSAGE,
  };
}

/**
 * One guard per read-only state. Reading is never refused; a mutating method
 * passes when its contract entry says it stays open in that state
 * (`openWhen`), and is refused with the state's reason otherwise.
 */
export function writeGuardsOf(checks: readonly ReadOnlyCheck[]): WriteGuard[] {
  return checks.map((check) => async (tenant, method) => {
    if (method === null) return check.reason(tenant);
    const spec = apiContract[method];
    return !spec.mutates || isOpenWhen(spec, check.state) ? null : check.reason(tenant);
  });
}

/** The first reason any guard gives, or null. */
export async function firstRefusal(
  guards: readonly WriteGuard[],
  tenant: TenantContext,
  method: MethodName | null,
): Promise<string | null> {
  for (const guard of guards) {
    const reason = await guard(tenant, method);
    if (reason) return reason;
  }
  return null;
}
