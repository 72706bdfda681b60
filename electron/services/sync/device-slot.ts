import type { Db } from '@db/client';
import { getDeviceRow, tenantOrganisationId } from '@db/repositories/devices';
import { requireWithinLimit } from '../billing/entitlements';

/**
 * Refuses to enrol a computer that would take the organisation past its
 * plan's `max_devices`. A computer that already holds a place (enrolled and
 * not un-enrolled) keeps it, so re-enrolling is never refused.
 */
export async function requireDeviceSlot(db: Db, deviceId: string): Promise<void> {
  const orgId = await tenantOrganisationId(db);
  if (!orgId) return;
  const scope = { clientId: orgId };
  const own = await getDeviceRow(db, scope, deviceId);
  if (own && own.unenrolledAt === null) return;
  await requireWithinLimit(db, scope, 'max_devices');
}
