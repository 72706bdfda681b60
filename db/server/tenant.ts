import type { Client } from '@libsql/client/http';
import { textOf } from './values';

/** What the organisation's server database holds, read before a computer enrols into it. */
export interface ServerTenant {
  /** The organisations in it, oldest first (at most 20); none for a new, empty database. */
  organisations: string[];
  /** The highest schema version applied to it; 0 when no migration ever ran. */
  schemaVersion: number;
}

/**
 * Reads what the database holds, touching nothing. An empty database (a new
 * one) has neither table, so each is read only when it exists.
 */
export async function readServerTenant(client: Client): Promise<ServerTenant> {
  const tables = await client.execute(
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('clients', 'schema_migrations')",
  );
  const names = new Set(tables.rows.map((row) => textOf(row.name)));
  const organisations = names.has('clients')
    ? (await client.execute('SELECT name FROM clients ORDER BY created_at, id LIMIT 20')).rows.map(
        (row) => textOf(row.name),
      )
    : [];
  const version = names.has('schema_migrations')
    ? (await client.execute('SELECT MAX(version) AS v FROM schema_migrations')).rows[0]?.v
    : undefined;
  return { organisations, schemaVersion: Number(version ?? 0) || 0 };
}
