import { writeInBoundedTransactions } from '@db/bounded-writes';
import { organisationIds } from '@db/repositories/organisations';
import { sealedRowOf, sealRows, unsealedRows } from '@db/repositories/sealing-upgrade';
import { hasContentKey } from '@db/sealing/content-keys';
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
