import { and, count, eq, isNull } from 'drizzle-orm';
import type { LimitKey } from '@shared/domain/entitlements';
import type { Db } from '../client';
import { devices, profiles, questions, tests } from '../schema/index';
import type { TenantContext } from '../tenant';
import { liveImportRows } from './staged-imports';

/** How much of each plan limit the organisation uses now. */
export async function countUsage(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  key: LimitKey,
): Promise<number> {
  const rows = await (() => {
    switch (key) {
      case 'max_students':
        return db
          .select({ n: count() })
          .from(profiles)
          .where(
            and(
              eq(profiles.clientId, tenant.clientId),
              eq(profiles.role, 'student'),
              eq(profiles.active, 1),
              isNull(profiles.deletedAt),
              liveImportRows(profiles.importId),
            ),
          );
      case 'max_published_tests':
        return db
          .select({ n: count() })
          .from(tests)
          .where(
            and(
              eq(tests.clientId, tenant.clientId),
              eq(tests.status, 'published'),
              isNull(tests.deletedAt),
            ),
          );
      case 'max_devices':
        // An un-enrolled device gives its place back.
        return db
          .select({ n: count() })
          .from(devices)
          .where(and(eq(devices.clientId, tenant.clientId), isNull(devices.unenrolledAt)));
      case 'max_questions':
        return db
          .select({ n: count() })
          .from(questions)
          .where(
            and(
              eq(questions.clientId, tenant.clientId),
              isNull(questions.deletedAt),
              liveImportRows(questions.importId),
            ),
          );
    }
  })();
  return rows[0]?.n ?? 0;
}
