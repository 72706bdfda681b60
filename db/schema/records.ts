import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients, profiles } from './organisation';

const now = sql`CURRENT_TIMESTAMP`;

/** Seed table: who changed what. Rows are only ever inserted. */
export const auditLogs = sqliteTable(
  'audit_logs',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').references(() => profiles.id),
    action: text('action').notNull(),
    resourceType: text('resource_type'),
    resourceId: text('resource_id'),
    changes: text('changes'),
    ipAddress: text('ip_address'),
    createdAt: text('created_at').default(now),
    // Added: tenant scope.
    clientId: text('client_id').references(() => clients.id),
    // Added: tamper evidence. Each row's hash chains to the previous row from the same device.
    deviceId: text('device_id'),
    seq: integer('seq'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
    // Added (signed chains): the payload the hash is over; NULL for rows hashed before every field was.
    hashVersion: integer('hash_version'),
  },
  (t) => [
    index('idx_audit_logs_user_id').on(t.userId),
    index('idx_audit_logs_created_at').on(t.createdAt),
    index('idx_audit_logs_client_id').on(t.clientId, t.createdAt),
    index('idx_audit_logs_device_seq').on(t.deviceId, t.seq),
  ],
);

/** Added: the devices enrolled into the organisation, so staff see who still holds unsynced work. */
export const devices = sqliteTable(
  'devices',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    name: text('name').notNull(),
    role: text('role').notNull().default('exam'),
    appVersion: text('app_version'),
    schemaVersion: integer('schema_version'),
    enrolledAt: text('enrolled_at'),
    lastPushAt: text('last_push_at'),
    lastPullAt: text('last_pull_at'),
    pendingChanges: integer('pending_changes').notNull().default(0),
    updatedAt: text('updated_at'),
    // Added (sync): set when an admin un-enrols the device, so staff stop expecting its work.
    unenrolledAt: text('unenrolled_at'),
    // Added (sync): the device's last sync error in words, so staff see who is stuck.
    lastError: text('last_error'),
  },
  (t) => [index('idx_devices_client_id').on(t.clientId)],
);

/**
 * Added: the newest audit row of each device. The chain alone cannot show that
 * its last rows were deleted; the head can. Each device writes only its own row.
 */
export const auditChainHeads = sqliteTable('audit_chain_heads', {
  deviceId: text('device_id').primaryKey(),
  clientId: text('client_id').references(() => clients.id),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Added (signed chains): the public key each device signs its chain head with,
 * and the MAC under the organisation's enrolment secret that makes it the
 * organisation's (so a key swapped in the database shows). Each device writes only its own row.
 */
export const deviceKeys = sqliteTable(
  'device_keys',
  {
    deviceId: text('device_id').primaryKey(),
    clientId: text('client_id').references(() => clients.id),
    publicKey: text('public_key').notNull(),
    registeredAt: text('registered_at').notNull(),
    enrolmentMac: text('enrolment_mac'),
  },
  (t) => [index('idx_device_keys_client').on(t.clientId)],
);

/** Added (signed chains): the newest chain head each device signed with its key. */
export const auditSignedHeads = sqliteTable(
  'audit_signed_heads',
  {
    deviceId: text('device_id').primaryKey(),
    clientId: text('client_id').references(() => clients.id),
    seq: integer('seq').notNull(),
    hash: text('hash').notNull(),
    signedAt: text('signed_at').notNull(),
    signature: text('signature').notNull(),
  },
  (t) => [index('idx_audit_signed_heads_client').on(t.clientId)],
);

/** Added: applied migrations. Synced, so the newest version in the tenant database is authoritative. */
export const schemaMigrations = sqliteTable('schema_migrations', {
  version: integer('version').primaryKey(),
  name: text('name').notNull(),
  appliedAt: text('applied_at').notNull(),
});

/** Added (sync): rows the server refused (a unique value taken on another computer), kept for an admin. */
export const syncSetAside = sqliteTable(
  'sync_set_aside',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    deviceId: text('device_id'),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    reason: text('reason').notNull(),
    // The refused row as JSON, secrets removed.
    rowJson: text('row_json').notNull(),
    createdAt: text('created_at').notNull(),
    resolvedAt: text('resolved_at'),
    resolvedBy: text('resolved_by'),
  },
  (t) => [index('idx_sync_set_aside_client_id').on(t.clientId, t.resolvedAt)],
);

/**
 * Added: an import written in bounded transactions. Its rows (questions or
 * profiles with this `import_id`) stay hidden while it is `staging`; one small
 * commit sets it `live`. The device that staged it cleans away an import that
 * never went live.
 */
export const stagedImports = sqliteTable(
  'staged_imports',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    // questions or people.
    kind: text('kind').notNull(),
    deviceId: text('device_id').notNull(),
    // staging, then live.
    status: text('status').notNull().default('staging'),
    createdBy: text('created_by'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('idx_staged_imports_device').on(t.deviceId, t.status)],
);

/** Added (sync): the rows a push seal updates (db/sync/push-seal.ts); their values mean nothing. */
export const syncPushSeals = sqliteTable('sync_push_seals', {
  slot: integer('slot').primaryKey(),
  n: integer('n').notNull().default(0),
});
