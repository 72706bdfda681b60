/** The result of checking the audit chain of every device of the organisation. */
export interface AuditVerification {
  ok: boolean;
  checkedRows: number;
  devices: Array<{ deviceId: string; rows: number; headSeq: number | null; ok: boolean }>;
  /** The first broken link, named: which device, which row, what is wrong. */
  firstBreak: {
    kind: string;
    deviceId: string;
    seq: number | null;
    rowId: string | null;
    message: string;
  } | null;
  verifiedAt: string;
}
