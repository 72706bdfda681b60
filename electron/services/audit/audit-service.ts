import {
  auditFacets,
  chainHeads,
  chainRows,
  listAudit,
  saveReceipts,
  sha256Hex,
  type AuditFilter,
} from '@db/repositories/audit-logs';
import type { TenantContext } from '@db/tenant';
import {
  describeBreak,
  verifyDeviceChain,
  verifyDeviceHead,
  verifySaveReceipts,
  type ChainRow,
} from '@shared/audit/chain';
import { breakField, describeSignedBreak } from '@shared/audit/signed-chain';
import type { AuditEntry } from '@shared/domain/audit';
import type { AuditVerification } from '@shared/domain/audit-verify';
import { csvLine } from '@shared/interchange/csv-text';
import type { ServiceEnv } from '../service-env';
import type { AuditEvidence } from './audit-evidence';
import { signedEvidence } from './signed-verify';

/**
 * Walks every device's chain: each row's hash (over every field), its link
 * to the row before, no gaps in seq, the device's head record; then what
 * signed chains add (signed-verify.ts): the key in the registry, the signed
 * head, the heads this computer witnessed, every registered device present
 * and no row without a device; then every attempt's save receipt.
 */
export async function verifyAudit(
  env: ServiceEnv,
  tenant: TenantContext,
  evidence: AuditEvidence,
): Promise<AuditVerification> {
  const rows = await chainRows(env.db(), tenant);
  const heads = new Map((await chainHeads(env.db(), tenant)).map((h) => [h.deviceId, h]));
  const signed = await signedEvidence(env, tenant, evidence);
  const byDevice = new Map<string, ChainRow[]>();
  for (const row of rows) {
    const key = row.deviceId ?? '';
    const list = byDevice.get(key) ?? [];
    list.push(row);
    byDevice.set(key, list);
  }
  for (const deviceId of [...heads.keys(), ...signed.deviceIds])
    if (!byDevice.has(deviceId)) byDevice.set(deviceId, []);
  const devices: AuditVerification['devices'] = [];
  let firstBreak: AuditVerification['firstBreak'] = null;
  // Chain and head breaks come first, then save receipts, then what signing adds (the same order as before it).
  let firstSigned: AuditVerification['firstBreak'] = null;
  for (const [deviceId, list] of [...byDevice].sort(([a], [b]) => a.localeCompare(b))) {
    const head = heads.get(deviceId) ?? null;
    const chainBreak = verifyDeviceChain(list, sha256Hex);
    const headBreak = chainBreak ? null : verifyDeviceHead(list, head);
    const signedBreak = chainBreak || headBreak ? null : signed.check(deviceId, list);
    const broken = chainBreak ?? headBreak;
    devices.push({
      deviceId,
      rows: list.length,
      headSeq: head?.seq ?? null,
      ok: broken === null && signedBreak === null,
      signed: signed.isSigned(deviceId),
    });
    if (signedBreak && !firstSigned) {
      firstSigned = {
        kind: signedBreak.kind,
        deviceId,
        seq: 'seq' in signedBreak ? signedBreak.seq : null,
        rowId: null,
        field: breakField(signedBreak.kind),
        message: describeSignedBreak(signedBreak),
      };
    }
    if (broken && !firstBreak) {
      const rowId = 'rowId' in broken ? broken.rowId : null;
      const row = list.find((r) => r.id === rowId);
      firstBreak = {
        kind: broken.kind,
        deviceId,
        seq:
          'seq' in broken
            ? broken.seq
            : 'expectedSeq' in broken
              ? broken.expectedSeq
              : broken.lastSeq,
        rowId,
        field: breakField(broken.kind),
        message: describeBreak(broken, row),
      };
    }
  }
  if (!firstBreak) {
    const receipts = await saveReceipts(env.db(), tenant);
    const rowHashes = new Set(rows.flatMap((r) => (r.hash === null ? [] : [r.hash])));
    const receiptBreak = verifySaveReceipts(receipts, rowHashes);
    if (receiptBreak) {
      // The column that holds the receipt whose row is gone: an answer's, or an older attempt clock's.
      const gone = receipts.find(
        (r) => r.attemptId === receiptBreak.attemptId && !rowHashes.has(r.hash),
      );
      firstBreak = {
        kind: receiptBreak.kind,
        deviceId: '',
        seq: null,
        rowId: null,
        field: gone?.field ?? breakField(receiptBreak.kind),
        message: describeBreak(receiptBreak),
      };
    }
  }
  firstBreak ??= firstSigned;
  if (!firstBreak) {
    const unattributed = signed.unattributed();
    if (unattributed) {
      firstBreak = {
        kind: unattributed.kind,
        deviceId: '',
        seq: null,
        rowId: unattributed.kind === 'unattributed_row' ? unattributed.rowId : null,
        field: breakField(unattributed.kind),
        message: describeSignedBreak(unattributed),
      };
    }
  }
  return {
    ok: firstBreak === null,
    checkedRows: rows.length + signed.unattributedCount,
    devices,
    firstBreak,
    verifiedAt: new Date(env.clock.nowMs()).toISOString(),
  };
}

export const AUDIT_CSV_COLUMNS = [
  'created_at',
  'user',
  'user_id',
  'action',
  'resource_type',
  'resource_id',
  'changes',
  'device_id',
  'seq',
  'id',
] as const;

/** The filtered audit log as CSV, newest first, for an auditor's spreadsheet. */
export async function exportAuditCsv(
  env: ServiceEnv,
  tenant: TenantContext,
  filter: AuditFilter,
): Promise<{ fileName: string; csv: string; rows: number }> {
  const entries = await listAudit(env.db(), tenant, { ...filter, limit: filter.limit ?? 100_000 });
  const lines = [AUDIT_CSV_COLUMNS.join(',')];
  for (const e of entries) {
    lines.push(
      csvLine([
        e.createdAt,
        e.userName,
        e.userId,
        e.action,
        e.resourceType,
        e.resourceId,
        e.changes === null ? '' : JSON.stringify(e.changes),
        e.deviceId,
        e.seq,
        e.id,
      ]),
    );
  }
  const stamp = new Date(env.clock.nowMs()).toISOString().slice(0, 10);
  return {
    fileName: `audit-log-${stamp}.csv`,
    csv: `${lines.join('\r\n')}\r\n`,
    rows: entries.length,
  };
}

export function readAudit(
  env: ServiceEnv,
  tenant: TenantContext,
  filter: AuditFilter,
): Promise<AuditEntry[]> {
  return listAudit(env.db(), tenant, filter);
}

/** The actions and resource types the trail holds, for its filters. */
export function readAuditFacets(
  env: ServiceEnv,
  tenant: TenantContext,
): Promise<{ actions: string[]; resourceTypes: string[] }> {
  return auditFacets(env.db(), tenant);
}
