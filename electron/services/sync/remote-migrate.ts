import { withServerDatabase, type ServerDatabaseOptions } from '@db/server/connection';
import { applyServerMigrations, type ServerMigrationReport } from '@db/server/migrations';
import type { Migration } from '@db/migrations/types';

export type RemoteMigrationReport = ServerMigrationReport;

/**
 * Applies this app's migrations to an enrolled tenant database directly on the
 * server (each in one transaction with its `schema_migrations` row), rather than
 * through a device's push: DDL replayed by sync is fragile (a failed ALTER is
 * ignored on replay). Devices get the new schema on their next pull; devices
 * with an older app then refuse to write until updated.
 */
export async function migrateRemote(
  options: ServerDatabaseOptions & { nowIso: string; migrations?: readonly Migration[] },
): Promise<RemoteMigrationReport> {
  return withServerDatabase(options, (client) => applyServerMigrations(client, options));
}
