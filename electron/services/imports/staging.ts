import { writeInBoundedTransactions, type BoundedWrite } from '@db/bounded-writes';
import {
  beginStagedImport,
  deleteStagedRows,
  deleteUnrecordedMediaChunks,
  dropStagedImport,
  unfinishedImportsOfDevice,
  type StagedImportKind,
} from '@db/repositories/staged-imports';
import type { DataEnv } from '@db/env';
import { nowIsoOf } from '@db/env';
import type { TenantContext } from '@db/tenant';
import type { Tx } from '@db/transaction';

/** Staged rows deleted per transaction when an import is cleaned away (each well under the push bound). */
const CLEAN_ROWS_PER_TRANSACTION = 500;

/** Files whose unrecorded chunks are deleted per transaction. */
const CLEAN_FILES_PER_TRANSACTION = 20;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Stages rows for an import in bounded transactions, then runs `goLive`, the
 * one small transaction that makes them visible. If anything fails or the
 * signal fires before that commit, the staged rows are cleaned away and the
 * error is thrown on; should the process die instead, the next start cleans
 * them (`cleanUnfinishedImports`). Nothing of the import is visible before
 * `goLive` commits.
 */
export async function stageThenGoLive<T, R>(
  env: DataEnv,
  tenant: TenantContext,
  staged: { id: string; kind: StagedImportKind },
  items: readonly T[],
  write: Omit<BoundedWrite<T>, 'write'> & {
    write: (tx: Tx, chunk: readonly T[], importId: string) => Promise<void>;
    /**
     * Writes what goes with the staged rows (media chunks), after them: the
     * clean-up finds those files through the staged rows that show them.
     */
    afterRows?: () => Promise<void>;
  },
  goLive: () => Promise<R>,
): Promise<R> {
  await env.transaction((tx) =>
    beginStagedImport(tx.db, tenant, {
      ...staged,
      deviceId: env.deviceId,
      nowIso: nowIsoOf(env),
    }),
  );
  try {
    await writeInBoundedTransactions(env.transaction, items, {
      ...write,
      write: (tx, chunk) => write.write(tx, chunk, staged.id),
    });
    await write.afterRows?.();
    return await goLive();
  } catch (error) {
    await discardStagedImport(env, tenant, staged);
    throw error;
  }
}

/** Deletes a staged import's rows a bounded transaction at a time, then the import itself. */
export async function discardStagedImport(
  env: Pick<DataEnv, 'transaction'>,
  scope: Pick<TenantContext, 'clientId'>,
  staged: { id: string; kind: StagedImportKind },
): Promise<number> {
  let removed = 0;
  const mediaRefs = new Set<string>();
  for (;;) {
    const n = await env.transaction((tx) =>
      deleteStagedRows(tx.db, scope, staged, CLEAN_ROWS_PER_TRANSACTION, mediaRefs),
    );
    removed += n;
    if (n === 0) break;
    await yieldToEventLoop();
  }
  // The chunks of files the import would have added go too: no file row will ever record them.
  const files = [...mediaRefs];
  for (let at = 0; at < files.length; at += CLEAN_FILES_PER_TRANSACTION) {
    const group = files.slice(at, at + CLEAN_FILES_PER_TRANSACTION);
    await env.transaction((tx) => deleteUnrecordedMediaChunks(tx.db, scope, group));
    await yieldToEventLoop();
  }
  await env.transaction((tx) => dropStagedImport(tx.db, scope, staged.id));
  return removed;
}

/**
 * At start: this device's imports that never went live (the app was closed
 * or died while one ran) are cleaned away. Another device's staging is left
 * to that device.
 */
export async function cleanUnfinishedImports(
  env: Pick<DataEnv, 'db' | 'transaction' | 'deviceId'>,
): Promise<{ imports: number; rows: number }> {
  const unfinished = await unfinishedImportsOfDevice(env.db(), env.deviceId);
  let rows = 0;
  for (const staged of unfinished) {
    rows += await discardStagedImport(env, { clientId: staged.clientId }, staged);
  }
  return { imports: unfinished.length, rows };
}
