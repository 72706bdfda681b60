/** The result of checking the audit chain of every device of the organisation. */
export interface AuditVerification {
  ok: boolean;
  checkedRows: number;
  devices: Array<{
    deviceId: string;
    rows: number;
    headSeq: number | null;
    ok: boolean;
    /** Whether the device's chain head is signed with a registered key (false: an older app's, hashed as before). */
    signed: boolean;
  }>;
  /** The first broken link, named: which device, which row, what is wrong. */
  firstBreak: {
    kind: string;
    deviceId: string;
    seq: number | null;
    rowId: string | null;
    /** The field where the break shows (`hash`, `signature`, `public_key`, `device_id`, ...). */
    field: string;
    message: string;
  } | null;
  verifiedAt: string;
}
