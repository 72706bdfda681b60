import { withServerDatabase, type ServerDatabaseOptions } from '@db/server/connection';
import { readServerTenant, type ServerTenant } from '@db/server/tenant';

/**
 * Checks the URL and token with small reads, and says what the database
 * holds: whether it already has an organisation, and its schema version.
 * Throws ServerDatabaseError naming the field at fault.
 */
export async function readRemoteTenant(options: ServerDatabaseOptions): Promise<ServerTenant> {
  return withServerDatabase(options, readServerTenant);
}
