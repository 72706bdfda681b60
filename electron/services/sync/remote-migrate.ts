import { migrations as allMigrations } from '../../../db/migrations/index';
import type { Migration, MigrationStep } from '../../../db/migrations/types';
import { remoteSql, rowsOf, type RemoteSqlOptions, type RemoteStatement } from './remote-sql';

export interface RemoteMigrationReport {
  before: number;
  after: number;
  applied: Array<{ version: number; name: string }>;
}

function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`bad identifier ${name}`);
  return `"${name}"`;
}

async function remoteColumns(options: RemoteSqlOptions, table: string): Promise<Set<string>> {
  const [result] = await remoteSql(options, [{ sql: `PRAGMA table_info(${quoteIdent(table)})` }]);
  return new Set(rowsOf(result).map((r) => String(r.name)));
}

async function statementsFor(
  options: RemoteSqlOptions,
  steps: readonly MigrationStep[],
): Promise<RemoteStatement[]> {
  const out: RemoteStatement[] = [];
  const known = new Map<string, Set<string>>();
  for (const step of steps) {
    if (step.kind === 'sql') {
      out.push({ sql: step.sql });
      continue;
    }
    // Same rule as the local migrator: add a column only if it is missing, so a step can run twice.
    let columns = known.get(step.table);
    if (!columns) {
      columns = await remoteColumns(options, step.table);
      known.set(step.table, columns);
    }
    if (columns.has(step.column)) continue;
    columns.add(step.column);
    out.push({
      sql: `ALTER TABLE ${quoteIdent(step.table)} ADD COLUMN ${quoteIdent(step.column)} ${step.definition}`,
    });
  }
  return out;
}

/**
 * Applies this app's migrations to an enrolled tenant database directly on the
 * server (each in one transaction with its `schema_migrations` row), rather than
 * through a device's push: DDL replayed by sync is fragile (a failed ALTER is
 * ignored on replay). Devices get the new schema on their next pull; devices
 * with an older app then refuse to write until updated.
 */
export async function migrateRemote(
  options: RemoteSqlOptions & { nowIso: string; migrations?: readonly Migration[] },
): Promise<RemoteMigrationReport> {
  const list = [...(options.migrations ?? allMigrations)].sort((a, b) => a.version - b.version);
  await remoteSql(options, [
    {
      sql: 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    },
  ]);
  const [existing] = await remoteSql(options, [{ sql: 'SELECT version FROM schema_migrations' }]);
  const applied = new Set(rowsOf(existing).map((r) => Number(r.version)));
  const before = applied.size > 0 ? Math.max(...applied) : 0;
  const report: RemoteMigrationReport = { before, after: before, applied: [] };
  for (const migration of list) {
    if (applied.has(migration.version)) continue;
    const statements = await statementsFor(options, migration.steps);
    await remoteSql(
      options,
      [
        ...statements,
        {
          sql: 'INSERT OR IGNORE INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
          args: [migration.version, migration.name, options.nowIso],
        },
      ],
      { transaction: true },
    );
    report.applied.push({ version: migration.version, name: migration.name });
    report.after = Math.max(report.after, migration.version);
  }
  return report;
}
