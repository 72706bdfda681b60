import { latestSchemaVersion, migrations as allMigrations } from './migrations/index';
import type { Migration, MigrationStep } from './migrations/types';
import type { SyncClient } from './client';

export interface SchemaState {
  /** Highest migration recorded in the database (it may come from a newer app via sync). */
  databaseVersion: number;
  /** Highest migration this app knows. */
  appVersion: number;
  /** The database is ahead of this app: it must not write. */
  outdated: boolean;
}

type Txn = Parameters<Parameters<SyncClient['transactionAsync']>[0]>[0];

async function columnExists(tx: Txn, table: string, column: string): Promise<boolean> {
  const rows = (await tx.all(`PRAGMA table_info(${quoteIdent(table)})`)) as Array<{ name: string }>;
  return rows.some((r) => r.name === column);
}

function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`bad identifier ${name}`);
  return `"${name}"`;
}

async function applyStep(tx: Txn, step: MigrationStep): Promise<void> {
  if (step.kind === 'sql') {
    await tx.exec(step.sql);
    return;
  }
  // SQLite has no ADD COLUMN IF NOT EXISTS; checking first keeps the step safe to replay.
  if (await columnExists(tx, step.table, step.column)) return;
  await tx.exec(
    `ALTER TABLE ${quoteIdent(step.table)} ADD COLUMN ${quoteIdent(step.column)} ${step.definition}`,
  );
}

export async function readSchemaVersion(client: SyncClient): Promise<number> {
  const table = (await client.get(
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'",
  )) as { name: string } | undefined;
  if (!table) return 0;
  const row = (await client.get('SELECT MAX(version) AS v FROM schema_migrations')) as
    { v: number | null } | undefined;
  return row?.v ?? 0;
}

/**
 * Applies, in order, each migration the database does not have yet, each in its
 * own transaction together with its `schema_migrations` row. `target` stops early
 * (migration tests use it to build an N-1 database).
 */
export async function migrate(
  client: SyncClient,
  options: { target?: number; nowIso: () => string; migrations?: readonly Migration[] },
): Promise<SchemaState> {
  const list = options.migrations ?? allMigrations;
  const known = list.length > 0 ? Math.max(...list.map((m) => m.version)) : 0;
  await client.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const appliedRows = (await client.all('SELECT version FROM schema_migrations')) as Array<{
    version: number;
  }>;
  const applied = new Set(appliedRows.map((r) => r.version));
  const target = options.target ?? known;
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    if (migration.version > target || applied.has(migration.version)) continue;
    await client.transactionAsync(async (tx) => {
      for (const step of migration.steps) await applyStep(tx, step);
      await tx.run(
        'INSERT OR IGNORE INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
        migration.version,
        migration.name,
        options.nowIso(),
      );
    })();
  }
  const databaseVersion = await readSchemaVersion(client);
  return { databaseVersion, appVersion: known, outdated: databaseVersion > known };
}

export { latestSchemaVersion };
