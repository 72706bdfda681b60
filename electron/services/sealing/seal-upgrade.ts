import { writeInBoundedTransactions } from '@db/bounded-writes';
import { organisationIds } from '@db/repositories/organisations';
import { sealedRowOf, sealRows, unsealedRows } from '@db/repositories/sealing-upgrade';
import { hasContentKey } from '@db/sealing/content-keys';
import { sealedLength } from '@db/sealing/content-cipher';
import { plainHashes, sealHash, storedHashColumns } from '@db/repositories/sealing-hashes';
import { sealStoredHash } from '../auth/sealed-hashes';
import { estimateRowBytes } from '@shared/sync/push-limits';
import type { DataEnv } from '@db/env';

/** Rows read per pass; each pass is then written in transactions the push bounds allow. */
const PASS_ROWS = 500;

/**
 * The one-time upgrade at start: answer keys written before sealing (or by an
 * older app on another computer since) are sealed in place, organisation by
 * organisation, for each organisation whose key this computer holds. A row
 * edited in between is left for the next start. Returns how many rows it tried.
 */
export async function sealPlainAnswerKeys(
  env: Pick<DataEnv, 'db' | 'transaction'>,
): Promise<number> {
  let sealed = 0;
  for (const clientId of await organisationIds(env.db())) {
    if (!hasContentKey(clientId)) continue;
    const tried = new Set<string>();
    for (;;) {
      const rows = (await unsealedRows(env.db(), { clientId }, PASS_ROWS)).filter(
        (item) => !tried.has(`${item.table}:${item.row.id}`),
      );
      if (rows.length === 0) break;
      for (const item of rows) tried.add(`${item.table}:${item.row.id}`);
      await writeInBoundedTransactions(env.transaction, rows, {
        weigh: (item) => estimateRowBytes({ ...item.row, ...sealedRowOf(item) }),
        write: (tx, chunk) => sealRows(tx.db, chunk),
      });
      sealed += rows.length;
    }
  }
  return sealed;
}

/**
 * The same for password, PIN and code hashes: each one still as scrypt wrote
 * it is sealed under the organisation key. Small rows, so one bounded pass of
 * transactions per column.
 */
export async function sealPlainHashes(env: Pick<DataEnv, 'db' | 'transaction'>): Promise<number> {
  let sealed = 0;
  for (const clientId of await organisationIds(env.db())) {
    if (!hasContentKey(clientId)) continue;
    for (const column of storedHashColumns) {
      const tried = new Set<string>();
      for (;;) {
        const rows = (await plainHashes(env.db(), { clientId }, column, PASS_ROWS)).filter(
          (r) => !tried.has(r.id),
        );
        if (rows.length === 0) break;
        for (const r of rows) tried.add(r.id);
        await writeInBoundedTransactions(env.transaction, rows, {
          weigh: (r) => estimateRowBytes({ id: r.id, hash: sealedLength(r.hash) }),
          write: async (tx, chunk) => {
            for (const r of chunk) {
              const owner = { clientId, column: r.column, rowId: r.id };
              await sealHash(tx.db, { clientId }, r, sealStoredHash(owner, r.hash));
            }
          },
        });
        sealed += rows.length;
      }
    }
  }
  return sealed;
}
