/** What changed: field -> [before, after]. */
export type ChangeSet = Record<string, [unknown, unknown]>;

export interface AuditEntry {
  id: string;
  userId: string | null;
  userName: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  changes: ChangeSet | null;
  createdAt: string | null;
  deviceId: string | null;
  seq: number | null;
}
