import { rowsOf, remoteSql } from './remote-sql';

/** What the tenant database holds, read directly from the server before enrolling. */
export interface RemoteTenant {
  organisations: string[];
  schemaVersion: number;
}

/**
 * Checks the URL and token with one small read, and says what the database
 * holds: whether it already has an organisation, and its schema version.
 * Throws RemoteSqlError naming the field at fault.
 */
export async function readRemoteTenant(options: {
  url: string;
  token: string;
  fetch?: typeof fetch;
}): Promise<RemoteTenant> {
  const [tables] = await remoteSql(options, [
    {
      sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('clients', 'schema_migrations')",
    },
  ]);
  const names = new Set(rowsOf(tables).map((r) => String(r.name)));
  const statements = [
    ...(names.has('clients')
      ? [{ sql: 'SELECT name FROM clients ORDER BY created_at, id LIMIT 20' }]
      : []),
    ...(names.has('schema_migrations')
      ? [{ sql: 'SELECT MAX(version) AS v FROM schema_migrations' }]
      : []),
  ];
  const results = statements.length > 0 ? await remoteSql(options, statements) : [];
  const organisations = names.has('clients') ? rowsOf(results[0]).map((r) => String(r.name)) : [];
  const versionRow = names.has('schema_migrations')
    ? rowsOf(results[names.has('clients') ? 1 : 0])[0]
    : undefined;
  const schemaVersion = Number(versionRow?.v ?? 0) || 0;
  return { organisations, schemaVersion };
}
