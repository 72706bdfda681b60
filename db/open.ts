import { connect } from '@tursodatabase/sync';
import type { DatabaseOpts } from '@tursodatabase/sync';
import { drizzle } from 'drizzle-orm/tursodatabase-sync';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db, SyncClient } from './client';
import { migrate, readSchemaVersion, type SchemaState } from './migrate';
import { applyGatedFetch } from './sync/apply-gated-fetch';
import { EngineOrder } from './sync/engine-order';
import { WriteGate } from './write-gate';

export interface RemoteSettings {
  /** Returns null until the device is enrolled; sync switches on for the same file when it does not. */
  url: () => string | null;
  authToken?: () => Promise<string>;
  clientName?: string;
  transform?: DatabaseOpts['transform'];
  longPollTimeoutMs?: number;
  fetch?: typeof fetch;
}

export interface OpenDatabaseOptions {
  /** Path of the database file (`exam.db` in the data folder). */
  path: string;
  remote?: RemoteSettings;
  nowIso?: () => string;
  /** Stop migrating at this version (migration tests only). */
  migrateTo?: number;
  /** Skip migrations entirely (migration tests drive them by hand). */
  skipMigrations?: boolean;
}

export interface AppDatabase {
  path: string;
  client: SyncClient;
  db: Db;
  schema: SchemaState;
  /** One writer at a time: every transaction, a pull's apply, a checkpoint. */
  gate: WriteGate;
  /** The order of push, pull and checkpoint against the gate (see sync/engine-order.ts). */
  engineOrder: EngineOrder;
  close(): Promise<void>;
}

/**
 * Opens (creating if needed) the local database through Turso Sync in deferred
 * mode: the file is always a sync database, local-only until `remote.url()`
 * returns an address. A file created outside the sync package could not be
 * synced later, so nothing else may create it.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<AppDatabase> {
  mkdirSync(dirname(options.path), { recursive: true });
  const remote = options.remote;
  const opts: DatabaseOpts = {
    path: options.path,
    url: remote?.url ?? (() => null),
    clientName: remote?.clientName ?? 'exam-desk',
  };
  if (remote?.authToken) opts.authToken = remote.authToken;
  if (remote?.transform) opts.transform = remote.transform;
  if (remote?.longPollTimeoutMs !== undefined) opts.longPollTimeoutMs = remote.longPollTimeoutMs;
  const gate = new WriteGate();
  const engineOrder = new EngineOrder(gate);
  opts.fetch = applyGatedFetch(remote?.fetch ?? ((input, init) => fetch(input, init)), engineOrder);
  const client = await connect(opts);
  await client.exec('PRAGMA foreign_keys = ON');
  // Writes outside the app's transactions (the engine's own) are kept apart by the write gate;
  // should one still hold the lock, a transaction waits for it rather than fail.
  await client.exec('PRAGMA busy_timeout = 5000');
  const db: Db = drizzle({ client });
  const nowIso = options.nowIso ?? (() => new Date().toISOString());
  const schema: SchemaState = options.skipMigrations
    ? { databaseVersion: 0, appVersion: 0, outdated: false }
    : await migrate(client, {
        nowIso,
        ...(options.migrateTo === undefined ? {} : { target: options.migrateTo }),
      });
  return {
    path: options.path,
    client,
    db,
    schema,
    gate,
    engineOrder,
    close: () => client.close(),
  };
}

/**
 * Re-reads the schema version after a pull (a newer app or `db:migrate` may
 * have moved it) into the database's schema state: ahead of this app, the
 * app must not write.
 */
export async function refreshSchemaState(database: AppDatabase): Promise<SchemaState> {
  const databaseVersion = await readSchemaVersion(database.client);
  database.schema.databaseVersion = databaseVersion;
  database.schema.outdated = databaseVersion > database.schema.appVersion;
  return database.schema;
}
