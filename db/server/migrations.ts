import type { Client, InStatement } from '@libsql/client/http';
import { migrations as appMigrations } from '../migrations/index';
import type { Migration, MigrationStep } from '../migrations/types';
import { textOf } from './values';

export interface ServerMigrationReport {
  /** The schema version the server database was on. */
  before: number;
  after: number;
  applied: Array<{ version: number; name: string }>;
}

function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`bad identifier ${name}`);
  return `"${name}"`;
}

async function columnsOf(client: Client, table: string): Promise<Set<string>> {
  const result = await client.execute(`PRAGMA table_info(${quoteIdent(table)})`);
  return new Set(result.rows.map((row) => textOf(row.name)));
}

async function statementsFor(
  client: Client,
  steps: readonly MigrationStep[],
): Promise<InStatement[]> {
  const out: InStatement[] = [];
  const known = new Map<string, Set<string>>();
  for (const step of steps) {
    if (step.kind === 'sql') {
      out.push(step.sql);
      continue;
    }
    // Same rule as the local migrator: add a column only if it is missing, so a step can run twice.
    let columns = known.get(step.table);
    if (!columns) {
      columns = await columnsOf(client, step.table);
      known.set(step.table, columns);
    }
    if (columns.has(step.column)) continue;
    columns.add(step.column);
    out.push(
      `ALTER TABLE ${quoteIdent(step.table)} ADD COLUMN ${quoteIdent(step.column)} ${step.definition}`,
    );
  }
  return out;
}

/**
 * Applies the migrations the server database does not have yet, each in one
 * write transaction together with its `schema_migrations` row, so a failed
 * migration leaves nothing of itself behind. Running it again applies nothing.
 */
export async function applyServerMigrations(
  client: Client,
  options: { nowIso: string; migrations?: readonly Migration[] },
): Promise<ServerMigrationReport> {
  const list = [...(options.migrations ?? appMigrations)].sort((a, b) => a.version - b.version);
  await client.execute(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const existing = await client.execute('SELECT version FROM schema_migrations');
  const applied = new Set(existing.rows.map((row) => Number(row.version)));
  const before = applied.size > 0 ? Math.max(...applied) : 0;
  const report: ServerMigrationReport = { before, after: before, applied: [] };
  for (const migration of list) {
    if (applied.has(migration.version)) continue;
    const statements = await statementsFor(client, migration.steps);
    await client.batch(
      [
        ...statements,
        {
          sql: 'INSERT OR IGNORE INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
          // A JS number is sent as REAL; the version is an INTEGER key.
          args: [BigInt(migration.version), migration.name, options.nowIso],
        },
      ],
      'write',
    );
    report.applied.push({ version: migration.version, name: migration.name });
    report.after = Math.max(report.after, migration.version);
  }
  return report;
}
