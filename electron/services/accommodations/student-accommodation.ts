import type { Db } from '@db/client';
import { studentAccommodationRows, toTerms } from '@db/repositories/accommodations';
import type { TenantContext } from '@db/tenant';
import { resolveAccommodation, type ResolvedAccommodation } from '@shared/domain/accommodations';

/** The signed-in student's live accommodation rows, as the resolver reads them. */
async function ownRows(db: Db, tenant: TenantContext) {
  return (await studentAccommodationRows(db, tenant, tenant.profileId)).map((r) => ({
    id: r.id,
    testId: r.testId,
    updatedAt: r.updatedAt,
    ...toTerms(r),
  }));
}

/** What the signed-in student is given at one test, or null. */
export async function studentAccommodationAt(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<ResolvedAccommodation | null> {
  return resolveAccommodation(await ownRows(db, tenant), testId);
}

/** What the signed-in student is given at each of many tests (one read for the list of exams). */
export async function studentAccommodationsAt(
  db: Db,
  tenant: TenantContext,
  testIds: readonly string[],
): Promise<Map<string, ResolvedAccommodation | null>> {
  const rows = await ownRows(db, tenant);
  return new Map(testIds.map((id) => [id, resolveAccommodation(rows, id)]));
}
