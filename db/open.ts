import type { DatabaseOpts } from '@tursodatabase/sync';
import { drizzle } from 'drizzle-orm/tursodatabase-sync';
import { dirname } from 'node:path';
import { refuseDamaged } from './backup/damage';
import { ensurePrivateDir, makeDatabaseFilesPrivate } from './backup/database-files';
import { migrationsPending } from './backup/pending-migrations';
import { PUSH_OPERATIONS_THRESHOLD } from '@shared/sync/push-limits';
import type { Db } from './client';
import { finalizedStatements } from './finalized-statements';
import { migrate, readSchemaVersion, type SchemaState } from './migrate';
import { applyGatedFetch } from './sync/apply-gated-fetch';
import { compactPushTransform } from './sync/compact-push';
import { GatedSyncDatabase } from './sync/gated-database';
import { schemaChangeInLog } from './sync/push-backlog';
import { primeTransactionGuard, type TransactionLimits } from './sync/transaction-guard';
import { WriteGate } from './write-gate';

export interface RemoteSettings {
  /** Returns null until the device is enrolled; sync switches on for the same file when it does not. */
  url: () => string | null;
  authToken?: () => Promise<string>;
  clientName?: string;
  transform?: DatabaseOpts['transform'];
  /**
   * Push the save's rows as short statements (sync/compact-push.ts); on unless
   * `transform` is given. Off only where a benchmark compares the two.
   */
  compactPush?: boolean;
  longPollTimeoutMs?: number;
  fetch?: typeof fetch;
  /** Row changes per push request; `PUSH_OPERATIONS_THRESHOLD` unless a benchmark compares others. */
  pushOperationsThreshold?: number;
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
  /**
   * Check the files before opening and refuse a damaged database
   * (`DatabaseDamagedError`) before anything writes to it; the engine checks a
   * copy in this folder.
   */
  refuseDamaged?: { scratchDir: string };
  /** Runs before migrations a database with data does not have yet (a snapshot is taken there). */
  beforeMigrate?: (database: { path: string; gate: WriteGate }) => Promise<void>;
  /** The bounds every transaction keeps (db/sync/transaction-guard.ts); tests may lower them. */
  transactionLimits?: Partial<TransactionLimits>;
}

export interface AppDatabase {
  path: string;
  /** The engine's database, its push, pull and checkpoint through `gate`. */
  client: GatedSyncDatabase;
  db: Db;
  schema: SchemaState;
  /**
   * Who may write when (see write-gate.ts): one writer at a time (every
   * transaction, a pull's apply, a checkpoint), push, pull and checkpoint in
   * their order, and no push, pull or checkpoint while a snapshot copies the files.
   */
  gate: WriteGate;
  /**
   * How pushes send the save's rows: `compact` (sync/compact-push.ts), or the
   * engine's own statements (`engine`: a schema change waited at open, or a
   * caller chose).
   */
  pushStatements: 'compact' | 'engine';
  /** Calls `listener` after each checkpoint of the WAL into the main file. */
  onCheckpoint(listener: () => void): () => void;
  close(): Promise<void>;
}

/**
 * Opens (creating if needed) the local database through Turso Sync in deferred
 * mode: the file is always a sync database, local-only until `remote.url()`
 * returns an address. A file created outside the sync package could not be
 * synced later, so nothing else may create it.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<AppDatabase> {
  ensurePrivateDir(dirname(options.path));
  if (options.refuseDamaged) await refuseDamaged(options.path, options.refuseDamaged.scratchDir);
  const remote = options.remote;
  const opts: DatabaseOpts = {
    path: options.path,
    url: remote?.url ?? (() => null),
    clientName: remote?.clientName ?? 'exam-desk',
    // Without it the engine sends the whole backlog as one request, which past ~128 MB aborts the process.
    pushOperationsThreshold: remote?.pushOperationsThreshold ?? PUSH_OPERATIONS_THRESHOLD,
  };
  if (remote?.authToken) opts.authToken = remote.authToken;
  if (remote?.transform) opts.transform = remote.transform;
  if (remote?.longPollTimeoutMs !== undefined) opts.longPollTimeoutMs = remote.longPollTimeoutMs;
  const baseFetch = remote?.fetch ?? ((input, init) => fetch(input, init));
  let { client, db, gate } = await connectEngine(opts, options.path, baseFetch);
  let pushStatements: AppDatabase['pushStatements'] = 'engine';
  const nowIso = options.nowIso ?? (() => new Date().toISOString());
  if (
    !options.skipMigrations &&
    options.beforeMigrate &&
    (await migrationsPending(client)).length > 0
  ) {
    await options.beforeMigrate({ path: options.path, gate });
  }
  const schema: SchemaState = options.skipMigrations
    ? { databaseVersion: 0, appVersion: 0, outdated: false }
    : await migrate(client, {
        nowIso,
        ...(options.migrateTo === undefined ? {} : { target: options.migrateTo }),
      });
  try {
    if (remote !== undefined && remote.transform === undefined && remote.compactPush !== false) {
      // Pushes send short statements (sync/compact-push.ts) unless the change log holds a schema
      // change, which the engine cannot hand to a transform: then this run keeps its own statements.
      if (!(await schemaChangeInLog(client))) {
        await client.close();
        ({ client, db, gate } = await connectEngine(
          { ...opts, transform: compactPushTransform(() => !schema.outdated) },
          options.path,
          baseFetch,
        ));
        await client.keepSchemaAsOpened();
        pushStatements = 'compact';
      }
    }
    await primeTransactionGuard(client, options.transactionLimits);
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
  return {
    path: options.path,
    client,
    db,
    schema,
    gate,
    pushStatements,
    onCheckpoint: (listener) => client.onCheckpoint(listener),
    close: () => client.close(),
  };
}

interface Engine {
  client: GatedSyncDatabase;
  db: Db;
  gate: WriteGate;
}

/** The engine's database on the file, with its own write gate, its pragmas and drizzle over it. */
async function connectEngine(
  opts: DatabaseOpts,
  path: string,
  baseFetch: typeof fetch,
): Promise<Engine> {
  const gate = new WriteGate();
  const client = new GatedSyncDatabase({ ...opts, fetch: applyGatedFetch(baseFetch, gate) }, gate);
  await client.connect();
  makeDatabaseFilesPrivate(path);
  await client.exec('PRAGMA foreign_keys = ON');
  // Writes outside the app's transactions (the engine's own) are kept apart by the write gate;
  // should one still hold the lock, a transaction waits for it rather than fail.
  await client.exec('PRAGMA busy_timeout = 5000');
  return { client, db: drizzle({ client: finalizedStatements(client) }), gate };
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
