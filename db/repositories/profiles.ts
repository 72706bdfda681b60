import { and, asc, eq, inArray, isNotNull, isNull, like, or, type SQL } from 'drizzle-orm';
import { notFound } from '@shared/api/result';
import type { Person } from '@shared/domain/organisation';
import { roleSchema, type Role } from '@shared/domain/roles';
import type { Db, SyncClient } from '../client';
import { keptRead } from '../kept-read';
import { fromBool, toBool } from '../rows';
import { profiles } from '../schema/index';
import type { TenantContext } from '../tenant';
import { liveImportRows } from './staged-imports';

export type ProfileRow = typeof profiles.$inferSelect;

export function toPerson(row: ProfileRow): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: roleSchema.catch('student').parse(row.role),
    active: toBool(row.active, true),
    lockedUntil: row.lockedUntil,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/**
 * The sign-in lookup: by email, before anyone is signed in, so it is the one
 * query that cannot be tenant-scoped. It returns the row only to the auth service.
 */
export async function findForSignIn(db: Db, email: string): Promise<ProfileRow | undefined> {
  const rows = await db
    .select()
    .from(profiles)
    .where(
      and(
        eq(profiles.email, normaliseEmail(email)),
        isNull(profiles.deletedAt),
        liveImportRows(profiles.importId),
      ),
    )
    .limit(1);
  return rows[0];
}

/** What every API call re-reads about the signed-in person: who, where, which role, and whether active. */
export interface SessionStanding {
  id: string;
  clientId: string | null;
  role: string | null;
  active: number | null;
}

/**
 * The signed-in person's standing, read by primary key alone, with the same
 * rules as `getSessionProfile` checked on the row: in this organisation, not
 * deleted, and not a row of an import still staged (the rare imported row
 * takes the full query). It runs before every API call, and the full query's
 * staged-import subquery cost more to prepare and run than the answer save's
 * own writes. Its statement is kept (../kept-read.ts): prepared through the
 * query builder at every call, it was a quarter of an answer save's
 * processor time.
 */
const standingRead = keptRead<
  SessionStanding & { deletedAt: string | null; importId: string | null }
>(
  `SELECT id, client_id AS clientId, role, active, deleted_at AS deletedAt, import_id AS importId
     FROM profiles WHERE id = ? LIMIT 1`,
);

export async function getSessionStanding(
  database: { client: SyncClient; db: Db },
  tenant: TenantContext,
): Promise<SessionStanding | undefined> {
  const row = await standingRead(database.client, tenant.profileId);
  if (row !== undefined && row.importId !== null) return getSessionProfile(database.db, tenant);
  if (!row || row.clientId !== tenant.clientId || row.deletedAt !== null) return undefined;
  return { id: row.id, clientId: row.clientId, role: row.role, active: row.active };
}

/** Re-reads the signed-in person on each call, so a deactivation takes effect at once. */
export async function getSessionProfile(
  db: Db,
  tenant: TenantContext,
): Promise<ProfileRow | undefined> {
  const rows = await db
    .select()
    .from(profiles)
    .where(
      and(
        eq(profiles.id, tenant.profileId),
        eq(profiles.clientId, tenant.clientId),
        isNull(profiles.deletedAt),
        liveImportRows(profiles.importId),
      ),
    )
    .limit(1);
  return rows[0];
}

async function getRow(db: Db, tenant: TenantContext, id: string): Promise<ProfileRow> {
  const rows = await db
    .select()
    .from(profiles)
    .where(
      and(
        eq(profiles.id, id),
        eq(profiles.clientId, tenant.clientId),
        isNull(profiles.deletedAt),
        liveImportRows(profiles.importId),
      ),
    )
    .limit(1);
  const row = rows[0];
  // Students may only see themselves.
  if (!row || (tenant.role === 'student' && row.id !== tenant.profileId)) throw notFound('person');
  return row;
}

export async function getPerson(db: Db, tenant: TenantContext, id: string): Promise<Person> {
  return toPerson(await getRow(db, tenant, id));
}

export interface PeopleFilter {
  role?: Role | undefined;
  search?: string | undefined;
  includeInactive?: boolean | undefined;
}

export async function listPeople(
  db: Db,
  tenant: TenantContext,
  filter: PeopleFilter = {},
): Promise<Person[]> {
  // A staged import's people stay out until the import is live.
  const conditions: SQL[] = [
    eq(profiles.clientId, tenant.clientId),
    isNull(profiles.deletedAt),
    liveImportRows(profiles.importId),
  ];
  if (tenant.role === 'student') conditions.push(eq(profiles.id, tenant.profileId));
  if (filter.role) conditions.push(eq(profiles.role, filter.role));
  if (!filter.includeInactive) conditions.push(eq(profiles.active, 1));
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[%_]/g, '')}%`;
    const match = or(like(profiles.name, pattern), like(profiles.email, pattern));
    if (match) conditions.push(match);
  }
  const rows = await db
    .select()
    .from(profiles)
    .where(and(...conditions))
    .orderBy(asc(profiles.name));
  return rows.map(toPerson);
}

export async function emailTaken(db: Db, email: string): Promise<boolean> {
  // Email is UNIQUE across the whole database (the published schema), so this check is global.
  const rows = await db
    .select({ id: profiles.id })
    .from(profiles)
    .where(eq(profiles.email, normaliseEmail(email)))
    .limit(1);
  return rows.length > 0;
}

export interface NewPerson {
  id: string;
  name: string;
  email: string;
  role: Role;
  passwordHash: string;
  /** A proctor's or admin's PIN (hashed), which unlocks a locked exam on a student's computer. */
  pinHash?: string | null | undefined;
  nowIso: string;
  /** A people import's staged row: hidden until that import is live. */
  importId?: string | undefined;
}

export async function insertPerson(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  person: NewPerson,
): Promise<Person> {
  await db.insert(profiles).values({
    id: person.id,
    clientId: tenant.clientId,
    name: person.name,
    email: normaliseEmail(person.email),
    role: person.role,
    passwordHash: person.passwordHash,
    pinHash: person.pinHash ?? null,
    active: 1,
    failedLoginCount: 0,
    createdAt: person.nowIso,
    updatedAt: person.nowIso,
    importId: person.importId ?? null,
  });
  const rows = await db.select().from(profiles).where(eq(profiles.id, person.id)).limit(1);
  const row = rows[0];
  if (!row) throw notFound('person');
  return toPerson(row);
}

export interface PersonPatch {
  name?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
  passwordHash?: string | undefined;
  pinHash?: string | null | undefined;
}

export async function updatePerson(
  db: Db,
  tenant: TenantContext,
  id: string,
  patch: PersonPatch,
  nowIso: string,
): Promise<{ before: Person; after: Person }> {
  const before = await getRow(db, tenant, id);
  await db
    .update(profiles)
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.role !== undefined && { role: patch.role }),
      ...(patch.active !== undefined && { active: fromBool(patch.active) }),
      ...(patch.passwordHash !== undefined && {
        passwordHash: patch.passwordHash,
        failedLoginCount: 0,
        lockedUntil: null,
      }),
      ...(patch.pinHash !== undefined && { pinHash: patch.pinHash }),
      updatedAt: nowIso,
    })
    .where(and(eq(profiles.id, id), eq(profiles.clientId, tenant.clientId)));
  return { before: toPerson(before), after: toPerson(await getRow(db, tenant, id)) };
}

/** Whether a person of the caller's organisation has a PIN (its hash never leaves main). */
export async function hasPin(db: Db, tenant: TenantContext, id: string): Promise<boolean> {
  return (await getRow(db, tenant, id)).pinHash !== null;
}

export interface PinHolder {
  id: string;
  pinHash: string;
}

/** The organisation's active proctors and admins with a PIN, by name: whose PIN unlocks a locked exam. */
export async function listPinHolders(db: Db, tenant: TenantContext): Promise<PinHolder[]> {
  const rows = await db
    .select({ id: profiles.id, pinHash: profiles.pinHash })
    .from(profiles)
    .where(
      and(
        eq(profiles.clientId, tenant.clientId),
        inArray(profiles.role, ['proctor', 'admin']),
        eq(profiles.active, 1),
        isNull(profiles.deletedAt),
        isNotNull(profiles.pinHash),
        liveImportRows(profiles.importId),
      ),
    )
    .orderBy(profiles.name);
  return rows.flatMap((r) => (r.pinHash === null ? [] : [{ id: r.id, pinHash: r.pinHash }]));
}

/** Sign-in bookkeeping; scoped by the row's own organisation, which the caller already holds. */
export async function recordSignInResult(
  db: Db,
  row: Pick<ProfileRow, 'id' | 'clientId'>,
  result: {
    failedLoginCount: number;
    lockedUntil: string | null;
    lastLoginAt?: string | undefined;
  },
): Promise<void> {
  await db
    .update(profiles)
    .set({
      failedLoginCount: result.failedLoginCount,
      lockedUntil: result.lockedUntil,
      ...(result.lastLoginAt !== undefined && { lastLoginAt: result.lastLoginAt }),
    })
    .where(
      and(
        eq(profiles.id, row.id),
        row.clientId === null ? isNull(profiles.clientId) : eq(profiles.clientId, row.clientId),
      ),
    );
}

/**
 * Replaces a person's password hash with the same password hashed at a higher
 * cost, in the sign-in's transaction. Only while the stored hash is still the
 * one the sign-in checked: a password reset that landed meanwhile is kept.
 * Returns whether the hash was replaced.
 */
export async function upgradePasswordHash(
  db: Db,
  row: Pick<ProfileRow, 'id' | 'clientId'>,
  checkedHash: string,
  upgradedHash: string,
): Promise<boolean> {
  const replaced = await db
    .update(profiles)
    .set({ passwordHash: upgradedHash })
    .where(
      and(
        eq(profiles.id, row.id),
        row.clientId === null ? isNull(profiles.clientId) : eq(profiles.clientId, row.clientId),
        eq(profiles.passwordHash, checkedHash),
      ),
    )
    .returning({ id: profiles.id });
  return replaced.length > 0;
}
