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
import type { AuditEntry } from '@shared/domain/audit';
import type { AuditVerification } from '@shared/domain/audit-verify';
import { csvLine } from '@shared/interchange/csv-text';
import type { ServiceEnv } from '../service-env';

/**
 * Walks every device's chain: each row's hash, its link to the row before, no
 * gaps in seq, the device's head record and every attempt's save receipt (so
 * deleting or replacing the newest rows shows).
 */
export async function verifyAudit(
  env: ServiceEnv,
  tenant: TenantContext,
): Promise<AuditVerification> {
  const rows = await chainRows(env.db(), tenant);
  const heads = new Map((await chainHeads(env.db(), tenant)).map((h) => [h.deviceId, h]));
  const byDevice = new Map<string, ChainRow[]>();
  for (const row of rows) {
    const key = row.deviceId ?? '';
    const list = byDevice.get(key) ?? [];
    list.push(row);
    byDevice.set(key, list);
  }
  for (const deviceId of heads.keys()) if (!byDevice.has(deviceId)) byDevice.set(deviceId, []);
  const devices: AuditVerification['devices'] = [];
  let firstBreak: AuditVerification['firstBreak'] = null;
  for (const [deviceId, list] of [...byDevice].sort(([a], [b]) => a.localeCompare(b))) {
    const head = heads.get(deviceId) ?? null;
    const chainBreak = verifyDeviceChain(list, sha256Hex);
    const headBreak = chainBreak ? null : verifyDeviceHead(list, head);
    const broken = chainBreak ?? headBreak;
    devices.push({ deviceId, rows: list.length, headSeq: head?.seq ?? null, ok: broken === null });
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
        message: describeBreak(broken, row),
      };
    }
  }
  if (!firstBreak) {
    const receiptBreak = verifySaveReceipts(
      await saveReceipts(env.db(), tenant),
      new Set(rows.flatMap((r) => (r.hash === null ? [] : [r.hash]))),
    );
    if (receiptBreak) {
      firstBreak = {
        kind: receiptBreak.kind,
        deviceId: '',
        seq: null,
        rowId: null,
        message: describeBreak(receiptBreak),
      };
    }
  }
  return {
    ok: firstBreak === null,
    checkedRows: rows.length,
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
