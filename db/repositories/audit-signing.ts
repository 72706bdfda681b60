import { and, desc, eq, gte, isNotNull, isNull } from 'drizzle-orm';
import type { ChainRow } from '@shared/audit/chain';
import type { DeviceKeyEntry, SignedHead } from '@shared/audit/signed-chain';
import type { Db } from '../client';
import { auditLogs, auditSignedHeads, deviceKeys } from '../schema/index';
import type { OrgScope } from './devices';

/** Every column a row's hash is over, as a ChainRow. */
const chainRowColumns = {
  id: auditLogs.id,
  clientId: auditLogs.clientId,
  userId: auditLogs.userId,
  action: auditLogs.action,
  resourceType: auditLogs.resourceType,
  resourceId: auditLogs.resourceId,
  changes: auditLogs.changes,
  createdAt: auditLogs.createdAt,
  deviceId: auditLogs.deviceId,
  seq: auditLogs.seq,
  prevHash: auditLogs.prevHash,
  hash: auditLogs.hash,
  ipAddress: auditLogs.ipAddress,
  hashVersion: auditLogs.hashVersion,
};

/** The key the registry holds for a device of the organisation, or null. */
export async function deviceKeyOf(
  db: Db,
  scope: OrgScope,
  deviceId: string,
): Promise<DeviceKeyEntry | null> {
  const rows = await db
    .select()
    .from(deviceKeys)
    .where(and(eq(deviceKeys.deviceId, deviceId), eq(deviceKeys.clientId, scope.clientId)))
    .limit(1);
  return rows[0] ?? null;
}

/** Writes this device's own registry row (each device writes only its own). */
export async function putDeviceKey(db: Db, entry: DeviceKeyEntry): Promise<void> {
  await db
    .insert(deviceKeys)
    .values(entry)
    .onConflictDoUpdate({
      target: deviceKeys.deviceId,
      set: {
        clientId: entry.clientId,
        publicKey: entry.publicKey,
        registeredAt: entry.registeredAt,
        enrolmentMac: entry.enrolmentMac,
      },
    });
}

export async function listDeviceKeys(db: Db, scope: OrgScope): Promise<DeviceKeyEntry[]> {
  return db.select().from(deviceKeys).where(eq(deviceKeys.clientId, scope.clientId));
}

/** The newest row of a device's chain (not its head record): what its next signed head names. */
export async function chainTip(
  db: Db,
  deviceId: string,
): Promise<{ seq: number; hash: string } | null> {
  const rows = await db
    .select({ seq: auditLogs.seq, hash: auditLogs.hash })
    .from(auditLogs)
    .where(and(eq(auditLogs.deviceId, deviceId), isNotNull(auditLogs.hash)))
    .orderBy(desc(auditLogs.seq))
    .limit(1);
  const tip = rows[0];
  return tip && tip.seq !== null && tip.hash !== null ? { seq: tip.seq, hash: tip.hash } : null;
}

export async function signedHeadOf(db: Db, deviceId: string): Promise<SignedHead | null> {
  const rows = await db
    .select()
    .from(auditSignedHeads)
    .where(eq(auditSignedHeads.deviceId, deviceId))
    .limit(1);
  return rows[0] ?? null;
}

/** Writes this device's own signed head (each device writes only its own). */
export async function putSignedHead(db: Db, head: SignedHead): Promise<void> {
  await db
    .insert(auditSignedHeads)
    .values(head)
    .onConflictDoUpdate({
      target: auditSignedHeads.deviceId,
      set: {
        clientId: head.clientId,
        seq: head.seq,
        hash: head.hash,
        signedAt: head.signedAt,
        signature: head.signature,
      },
    });
}

export async function listSignedHeads(db: Db, scope: OrgScope): Promise<SignedHead[]> {
  return db.select().from(auditSignedHeads).where(eq(auditSignedHeads.clientId, scope.clientId));
}

/** The organisation's rows that name no device: no chain vouches for them. */
export async function unattributedRows(db: Db, scope: OrgScope): Promise<ChainRow[]> {
  return db
    .select(chainRowColumns)
    .from(auditLogs)
    .where(and(eq(auditLogs.clientId, scope.clientId), isNull(auditLogs.deviceId)))
    .orderBy(auditLogs.createdAt, auditLogs.id);
}

/** A device's rows from `fromSeq` on, in order, with every hashed field. */
export async function deviceChainFrom(
  db: Db,
  deviceId: string,
  fromSeq: number,
): Promise<ChainRow[]> {
  return db
    .select(chainRowColumns)
    .from(auditLogs)
    .where(and(eq(auditLogs.deviceId, deviceId), gte(auditLogs.seq, fromSeq)))
    .orderBy(auditLogs.seq);
}
