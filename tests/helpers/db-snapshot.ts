import type { SyncClient } from '@db/client';

/** Tables the app owns; the sync engine's own bookkeeping (turso_*, sqlite_*) is left out. */
export const isAppTable = (name: string): boolean => !/^(sqlite_|turso_|__turso)/.test(name);

export async function appTables(client: SyncClient): Promise<string[]> {
  const rows = (await client.all(
    "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
  )) as Array<{ name: string }>;
  return rows.map((r) => r.name).filter(isAppTable);
}

export type DatabaseSnapshot = Record<string, unknown[]>;

/** Every row of every app table, in storage order: enough to prove that nothing was written. */
export async function snapshotDatabase(client: SyncClient): Promise<DatabaseSnapshot> {
  const out: DatabaseSnapshot = {};
  for (const table of await appTables(client)) {
    out[table] = (await client.all(`SELECT * FROM "${table}" ORDER BY rowid`)) as unknown[];
  }
  return out;
}

/** The tables whose rows differ between two snapshots (an empty list means nothing was written). */
export function changedTables(before: DatabaseSnapshot, after: DatabaseSnapshot): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((t) => JSON.stringify(before[t]) !== JSON.stringify(after[t])).sort();
}

export async function rowCount(client: SyncClient, table: string): Promise<number> {
  const row = (await client.get(`SELECT COUNT(*) AS n FROM "${table}"`)) as { n: number };
  return row.n;
}
