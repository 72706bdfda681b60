import { and, eq, exists, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLogs, clients, profiles } from '../schema/index';

/**
 * The audit action of seeding the demo organisation. Its row (resource: the
 * organisation itself, written by no person) is what marks an organisation as
 * the demo one: audit rows are never changed or deleted and they sync with
 * the organisation, and no API method can write this action.
 */
export const DEMO_SEED_ACTION = 'demo.seed';

export interface DemoAccountRow {
  id: string;
  clientId: string | null;
  organisation: string;
  name: string;
  email: string;
  role: string;
  passwordHash: string | null;
}

/**
 * The people with these emails who can still sign in, in organisations the
 * demo seed marked; nothing from any other organisation.
 */
export async function demoOrganisationAccounts(
  db: Db,
  emails: readonly string[],
): Promise<DemoAccountRow[]> {
  if (emails.length === 0) return [];
  const seeded = db
    .select({ id: auditLogs.id })
    .from(auditLogs)
    .where(
      and(
        eq(auditLogs.action, DEMO_SEED_ACTION),
        eq(auditLogs.resourceType, 'client'),
        eq(auditLogs.resourceId, clients.id),
        eq(auditLogs.clientId, clients.id),
        isNull(auditLogs.userId),
      ),
    );
  return db
    .select({
      id: profiles.id,
      clientId: profiles.clientId,
      organisation: clients.name,
      name: profiles.name,
      email: profiles.email,
      role: profiles.role,
      passwordHash: profiles.passwordHash,
    })
    .from(profiles)
    .innerJoin(clients, eq(clients.id, profiles.clientId))
    .where(
      and(
        inArray(profiles.email, [...emails]),
        eq(profiles.active, 1),
        isNull(profiles.deletedAt),
        exists(seeded),
      ),
    );
}

/** The organisations the demo seed marked, by id (on a computer there is at most one). */
export async function demoOrganisationIds(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: clients.id })
    .from(clients)
    .where(
      exists(
        db
          .select({ id: auditLogs.id })
          .from(auditLogs)
          .where(
            and(
              eq(auditLogs.action, DEMO_SEED_ACTION),
              eq(auditLogs.resourceType, 'client'),
              eq(auditLogs.resourceId, clients.id),
              eq(auditLogs.clientId, clients.id),
              isNull(auditLogs.userId),
            ),
          ),
      ),
    );
  return rows.map((r) => r.id);
}
