import { and, eq, like } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { attempts, profiles, tests } from '../schema/index';
import type { OrgScope } from './devices';

/** The columns that hold a password, PIN or code hash, by the name the sealing gives them. */
const hashColumns = {
  'profiles.password_hash': {
    table: profiles,
    field: 'passwordHash',
    column: profiles.passwordHash,
    id: profiles.id,
    clientId: profiles.clientId,
  },
  'profiles.pin_hash': {
    table: profiles,
    field: 'pinHash',
    column: profiles.pinHash,
    id: profiles.id,
    clientId: profiles.clientId,
  },
  'tests.start_code_hash': {
    table: tests,
    field: 'startCodeHash',
    column: tests.startCodeHash,
    id: tests.id,
    clientId: tests.clientId,
  },
  'attempts.resume_code_hash': {
    table: attempts,
    field: 'resumeCodeHash',
    column: attempts.resumeCodeHash,
    id: attempts.id,
    clientId: attempts.clientId,
  },
} as const satisfies Record<
  string,
  {
    table: SQLiteTable;
    field: string;
    column: SQLiteColumn;
    id: SQLiteColumn;
    clientId: SQLiteColumn;
  }
>;

export type StoredHashColumn = keyof typeof hashColumns;
export const storedHashColumns = Object.keys(hashColumns) as StoredHashColumn[];

/** A hash still as scrypt wrote it (`scrypt$…`), written before sealing or by an older app. */
export interface PlainHash {
  column: StoredHashColumn;
  id: string;
  hash: string;
}

/** One organisation's hashes that the upgrade at start has still to seal. */
export async function plainHashes(
  db: Db,
  scope: OrgScope,
  column: StoredHashColumn,
  limit: number,
): Promise<PlainHash[]> {
  const c = hashColumns[column];
  const rows = (await db
    .select({ id: c.id, hash: c.column })
    .from(c.table)
    .where(and(eq(c.clientId, scope.clientId), like(c.column, 'scrypt$%')))
    .limit(limit)) as Array<{ id: string; hash: string }>;
  return rows.map((r) => ({ column, id: r.id, hash: r.hash }));
}

/** Writes a hash back sealed, only where it is still the plain one read (a new password meanwhile wins). */
export async function sealHash(
  db: Db,
  scope: OrgScope,
  plain: PlainHash,
  sealed: string,
): Promise<void> {
  const c = hashColumns[plain.column];
  await db
    .update(c.table)
    .set({ [c.field]: sealed })
    .where(and(eq(c.id, plain.id), eq(c.clientId, scope.clientId), eq(c.column, plain.hash)));
}
