import { listDeviceKeys, listSignedHeads, unattributedRows } from '@db/repositories/audit-signing';
import { listDevices } from '@db/repositories/devices';
import type { TenantContext } from '@db/tenant';
import type { ChainRow } from '@shared/audit/chain';
import {
  verifySignedDevice,
  type SignatureChecks,
  type SignedChainBreak,
} from '@shared/audit/signed-chain';
import type { ServiceEnv } from '../service-env';
import type { AuditEvidence } from './audit-evidence';
import { AUDIT_KEY_ACTION, preChainDigest } from './chain-signing';
import { registryKey, registryMacMatches } from './registry-key';
import { verifySignature } from './signature';
import { readWitnessed } from './witness-file';

export interface SignedEvidence {
  /** Every device the organisation knows of: enrolled, registered, signed or witnessed. */
  deviceIds: string[];
  /** The first signed-chain break of a device whose hash chain already verified. */
  check(deviceId: string, rows: readonly ChainRow[]): SignedChainBreak | null;
  isSigned(deviceId: string): boolean;
  /** The first row with no device that no device's registration attested, after every `check`. */
  unattributed(): SignedChainBreak | null;
  unattributedCount: number;
}

/** The pre-chain rows a verified registration row attests, by id. */
function attestedBy(rows: readonly ChainRow[]): Array<[string, string]> {
  return rows.flatMap((row) => {
    if (row.action !== AUDIT_KEY_ACTION || row.changes === null) return [];
    const changes = JSON.parse(row.changes) as { preChainRows?: Record<string, string> };
    return Object.entries(changes.preChainRows ?? {});
  });
}

/** Reads what signed chains are checked against, once per verify. */
export async function signedEvidence(
  env: ServiceEnv,
  tenant: TenantContext,
  evidence: AuditEvidence,
): Promise<SignedEvidence> {
  const db = env.db();
  const keys = new Map((await listDeviceKeys(db, tenant)).map((k) => [k.deviceId, k]));
  const heads = new Map((await listSignedHeads(db, tenant)).map((h) => [h.deviceId, h]));
  const enrolled = (await listDevices(db, tenant, env.deviceId)).map((d) => d.id);
  const witnessed = readWitnessed(evidence.dataDir, tenant.clientId);
  const orphans = await unattributedRows(db, tenant);
  const secret = await evidence.enrolmentSecret();
  const macKey = secret ? registryKey(secret, tenant.clientId) : null;
  const checks: SignatureChecks = {
    signature: verifySignature,
    enrolment: macKey ? (text, mac) => registryMacMatches(macKey, text, mac) : null,
  };
  const ownPublicKey = evidence.ownPublicKey();
  const attested = new Map<string, string>();
  return {
    deviceIds: [...new Set([...enrolled, ...keys.keys(), ...heads.keys(), ...witnessed.keys()])],
    check(deviceId, rows) {
      const found = verifySignedDevice(
        {
          deviceId,
          rows,
          entry: keys.get(deviceId) ?? null,
          head: heads.get(deviceId) ?? null,
          witnessed: witnessed.get(deviceId) ?? null,
          ownPublicKey: deviceId === env.deviceId ? ownPublicKey : null,
        },
        checks,
      );
      // An enrolled device whose every row and record is gone leaves only its enrolment.
      if (!found && rows.length === 0 && enrolled.includes(deviceId))
        return { kind: 'missing_chain', deviceId, seq: 1 };
      if (!found) for (const [id, digest] of attestedBy(rows)) attested.set(id, digest);
      return found;
    },
    isSigned: (deviceId) => keys.has(deviceId) && heads.has(deviceId),
    unattributed() {
      const forged = orphans.find((row) => attested.get(row.id) !== preChainDigest(row));
      return forged
        ? {
            kind: 'unattributed_row',
            rowId: forged.id,
            action: forged.action,
            createdAt: forged.createdAt,
          }
        : null;
    },
    unattributedCount: orphans.length,
  };
}
