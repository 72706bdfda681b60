import type { SyncClient } from '../client';
import { migrations } from '../migrations/index';

/**
 * The migrations a database with data has not had yet: a snapshot is taken
 * before they run. A new database (no migration applied) has nothing to keep.
 */
export async function migrationsPending(client: SyncClient): Promise<number[]> {
  const table: unknown = await client.get(
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'",
  );
  if (!table) return [];
  const rows = (await client.all('SELECT version FROM schema_migrations')) as Array<{
    version: number;
  }>;
  if (rows.length === 0) return [];
  const applied = new Set(rows.map((r) => r.version));
  return migrations.map((m) => m.version).filter((v) => !applied.has(v));
}
