import type { Db } from '@db/client';
import { paperDescriptionCounts } from '@db/repositories/paper-descriptions';
import type { TenantContext } from '@db/tenant';

/**
 * The descriptions on each attempt's paper, for the console's count of
 * questions (a description is read, not answered). A paper never changes once
 * drawn, so a settled count is kept and the console's read, every few
 * seconds, asks the database only about attempts it has not seen settled.
 * Only attempts still on the console are kept.
 */
export class DescriptionCounts {
  private readonly settled = new Map<string, Map<string, number>>();

  async of(
    db: Db,
    tenant: Pick<TenantContext, 'clientId'>,
    attemptIds: readonly string[],
  ): Promise<Map<string, number>> {
    const known = this.settled.get(tenant.clientId) ?? new Map<string, number>();
    const missing = attemptIds.filter((id) => !known.has(id));
    const found = missing.length > 0 ? await paperDescriptionCounts(db, tenant, missing) : null;
    const counts = new Map<string, number>();
    const kept = new Map<string, number>();
    for (const id of attemptIds) {
      const settled = known.get(id);
      if (settled !== undefined) {
        counts.set(id, settled);
        kept.set(id, settled);
        continue;
      }
      const f = found?.get(id);
      counts.set(id, f?.descriptions ?? 0);
      if (f?.settled === true) kept.set(id, f.descriptions);
    }
    this.settled.set(tenant.clientId, kept);
    return counts;
  }
}
