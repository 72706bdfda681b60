import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { tenantOrganisationId } from '@db/repositories/devices';
import { insertSetAside } from '@db/repositories/sync-set-aside';
import type { SyncEngine } from '@db/sync/engine';
import { constraintTarget } from '@shared/sync/errors';
import type { ServiceEnv } from '../service-env';

/** Columns never copied into a set-aside record: they are secrets. */
const SECRET_COLUMNS = new Set([
  'password_hash',
  'pin_hash',
  'start_code_hash',
  'resume_code_hash',
]);

const snapshotSchema = z.object({
  table: z.string(),
  reason: z.string(),
  rows: z.record(z.string(), z.record(z.string(), z.unknown())),
});
type Snapshot = z.infer<typeof snapshotSchema>;

function redact(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, SECRET_COLUMNS.has(k) && v !== null ? '[removed]' : v]),
  );
}

/**
 * When the server refuses a push on a UNIQUE value (two computers created
 * different rows with the same email offline), the engine drops this device's
 * row on the next rebase without a word. Before that happens, the rows of the
 * named table are copied aside; after the next pull, any that vanished are
 * recorded in `sync_set_aside` (synced, audited) for an admin, and the status
 * says so. The copy is written to a file first, so a crash in between loses nothing.
 */
export class ConstraintGuard {
  constructor(
    private readonly env: ServiceEnv,
    private readonly engine: SyncEngine,
    private readonly snapshotPath: string,
  ) {}

  get pending(): boolean {
    return existsSync(this.snapshotPath);
  }

  /** Copies the rows of the table a constraint failure names. Returns false if it names none we can copy. */
  async capture(raw: string): Promise<boolean> {
    const target = constraintTarget(raw);
    if (!target) return false;
    const copy = await this.engine.snapshotTable(target.table);
    if (!copy) return false;
    const previous = this.read();
    const snapshot: Snapshot = {
      table: copy.table,
      reason: `The server already has a ${copy.table} row with the same ${target.columns.join(', ') || 'unique value'} (created on another computer).`,
      rows: {
        ...(previous?.table === copy.table ? previous.rows : {}),
        ...Object.fromEntries(copy.rows.map((r) => [String(r.id), r])),
      },
    };
    writeFileSync(this.snapshotPath, JSON.stringify(snapshot), { mode: 0o600 });
    return true;
  }

  private read(): Snapshot | null {
    if (!existsSync(this.snapshotPath)) return null;
    try {
      const parsed = snapshotSchema.safeParse(JSON.parse(readFileSync(this.snapshotPath, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /**
   * After a pull: records every copied row that is no longer in the local
   * database. Returns how many were set aside.
   */
  async settle(): Promise<number> {
    const snapshot = this.read();
    if (!snapshot) return 0;
    const ids = Object.keys(snapshot.rows);
    const present = await this.engine.idsStillPresent(snapshot.table, ids);
    const lost = ids.filter((id) => !present.has(id));
    const orgId = await tenantOrganisationId(this.env.db());
    for (const id of lost) {
      const row = snapshot.rows[id] ?? {};
      const clientId = typeof row.client_id === 'string' ? row.client_id : orgId;
      if (!clientId) continue;
      await mutate(this.env, { clientId, profileId: null }, async (tx) => {
        const setAsideId = this.env.ids();
        await insertSetAside(
          tx,
          { clientId },
          {
            id: setAsideId,
            deviceId: this.env.deviceId,
            tableName: snapshot.table,
            rowId: id,
            reason: snapshot.reason,
            row: redact(row),
            createdAt: nowIsoOf(this.env),
          },
        );
        return {
          value: setAsideId,
          audit: {
            action: 'sync.set_aside',
            resourceType: snapshot.table,
            resourceId: id,
            changes: { setAside: [null, snapshot.reason] },
          },
        };
      });
    }
    rmSync(this.snapshotPath, { force: true });
    return lost.length;
  }
}
