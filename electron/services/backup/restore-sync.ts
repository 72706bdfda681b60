import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { makePrivate } from '@db/backup/database-files';
import {
  CHANGE_ID_HEADROOM,
  dropChangesUpTo,
  moveChangeIdsPast,
  readServerSyncPosition,
  rewriteClientId,
} from '@db/backup/sync-state';
import type { AppDatabase } from '@db/open';
import type { ServerDatabaseOptions } from '@db/server/connection';
import type { RestoredSyncIdentity } from '@shared/domain/backup';

/**
 * What a restored copy must be told about the server. Turso Sync counts, per
 * client id, the last change it applied and the client's pull generation;
 * the copy is older than that count, and as it is it would either be refused
 * by the server for good (the device pulled and pushed again after the copy)
 * or have its next changes skipped as already sent (it pushed again without
 * pulling). So:
 * - `kept`: the server's count is of this copy's generation. The copy keeps
 *   its client id, so the server itself decides which of its unsent changes
 *   it still lacks; the change log's next id moves past the server's count,
 *   so no new change is taken for one it already has.
 * - `renewed`: the device pulled and pushed after the copy, which sends every
 *   change the copy holds (a push after a pull sends the whole log). The copy
 *   gets a new client id and forgets its change log up to where the copy
 *   was; its first pull brings the server's newer rows.
 * - `check-pending`: the server could not be asked. The copy is `kept` with a
 *   wide margin for the ids, and the question is asked again at the next
 *   start (`restore-sync-check.json` in the data folder).
 */
export type RestoreSyncPlan =
  | { identity: 'local-only' }
  | { identity: 'kept'; moveIdsPast: number }
  | { identity: 'renewed'; clientId: string; dropUpTo: number }
  | { identity: 'check-pending'; moveIdsPast: number; position: PendingCheck };

export interface CopyPosition {
  clientId: string | null;
  synced: boolean;
  pullGen: number;
  maxChangeId: number;
}

const pendingCheckSchema = z.object({
  clientId: z.string(),
  pullGen: z.number(),
  maxChangeId: z.number(),
  snapshot: z.string(),
});
export type PendingCheck = z.infer<typeof pendingCheckSchema>;

const PENDING_FILE = 'restore-sync-check.json';

export async function planRestoredSync(
  copy: CopyPosition,
  snapshot: string,
  server: ServerDatabaseOptions | null,
  newClientId: () => string,
): Promise<RestoreSyncPlan> {
  if (!copy.clientId || (!copy.synced && server === null)) return { identity: 'local-only' };
  if (server === null)
    return { identity: 'kept', moveIdsPast: copy.maxChangeId + CHANGE_ID_HEADROOM };
  let recorded: Awaited<ReturnType<typeof readServerSyncPosition>>;
  try {
    recorded = await readServerSyncPosition(server, copy.clientId);
  } catch {
    return {
      identity: 'check-pending',
      moveIdsPast: copy.maxChangeId + CHANGE_ID_HEADROOM,
      position: {
        clientId: copy.clientId,
        pullGen: copy.pullGen,
        maxChangeId: copy.maxChangeId,
        snapshot,
      },
    };
  }
  return decide(copy.pullGen, copy.maxChangeId, recorded, newClientId);
}

function decide(
  pullGen: number,
  maxChangeId: number,
  recorded: { pullGen: number; changeId: number } | null,
  newClientId: () => string,
): RestoreSyncPlan {
  if (recorded && recorded.pullGen > pullGen) {
    return { identity: 'renewed', clientId: newClientId(), dropUpTo: maxChangeId };
  }
  return { identity: 'kept', moveIdsPast: Math.max(maxChangeId, recorded?.changeId ?? 0) };
}

/** The part of the plan done on the closed files (before the engine reads the client id). */
export function applyPlanToFiles(path: string, plan: RestoreSyncPlan): void {
  if (plan.identity === 'renewed') rewriteClientId(path, plan.clientId);
}

/** The part done through the opened database, before anything else writes. */
export async function applyPlanToDatabase(
  database: AppDatabase,
  plan: RestoreSyncPlan,
  dataDir: string,
): Promise<void> {
  if (plan.identity === 'kept' || plan.identity === 'check-pending') {
    await moveChangeIdsPast(database, plan.moveIdsPast + 1);
  }
  if (plan.identity === 'renewed') await dropChangesUpTo(database, plan.dropUpTo);
  if (plan.identity === 'check-pending') {
    const path = join(dataDir, PENDING_FILE);
    writeFileSync(path, JSON.stringify(plan.position, null, 2));
    makePrivate(path);
  }
}

export function identityOf(plan: RestoreSyncPlan): RestoredSyncIdentity {
  return plan.identity;
}

export function readPendingCheck(dataDir: string): PendingCheck | null {
  const path = join(dataDir, PENDING_FILE);
  if (!existsSync(path)) return null;
  try {
    const parsed = pendingCheckSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The check a restore made offline could not: run at start, before the
 * database opens. Answers what to do after it opens (null: nothing).
 */
export async function settlePendingCheck(
  dataDir: string,
  path: string,
  server: ServerDatabaseOptions,
  newClientId: () => string,
): Promise<RestoreSyncPlan | null> {
  const pending = readPendingCheck(dataDir);
  if (!pending) return null;
  let recorded: Awaited<ReturnType<typeof readServerSyncPosition>>;
  try {
    recorded = await readServerSyncPosition(server, pending.clientId);
  } catch {
    return null;
  }
  rmSync(join(dataDir, PENDING_FILE), { force: true });
  const plan = decide(pending.pullGen, pending.maxChangeId, recorded, newClientId);
  if (plan.identity !== 'renewed') return null;
  applyPlanToFiles(path, plan);
  return plan;
}
