import { sql, type SQL } from 'drizzle-orm';
import { refusal } from '@shared/api/result';
import type { Db } from '../client';

/**
 * The rows a rescue file carries, and writing them on another computer.
 * Attempts and answers are made with UUIDv7 ids on the computer that ran the
 * exam, so a row is the same row wherever it turns up: importing adds what
 * is missing, takes a newer version of what is there, and leaves the rest.
 */
export const RESCUE_TABLES = [
  'attempts',
  'attempt_clocks',
  'attempt_breaks',
  'attempt_answers',
  'integrity_events',
  'audit_logs',
  'audit_chain_heads',
] as const;
export type RescueTable = (typeof RESCUE_TABLES)[number];
export type RescueRow = Record<string, string | number | null>;
export type RescueTables = Record<RescueTable, RescueRow[]>;

const KEY: Record<RescueTable, string> = {
  attempts: 'id',
  attempt_clocks: 'attempt_id',
  attempt_breaks: 'id',
  attempt_answers: 'id',
  integrity_events: 'id',
  audit_logs: 'id',
  audit_chain_heads: 'device_id',
};

/** A plain (non-sync) engine connection on a copy of a data folder's database. */
export interface PlainReader {
  all(sqlText: string, ...args: unknown[]): Promise<unknown[]>;
}

export const emptyRescueTables = (): RescueTables => ({
  attempts: [],
  attempt_clocks: [],
  attempt_breaks: [],
  attempt_answers: [],
  integrity_events: [],
  audit_logs: [],
  audit_chain_heads: [],
});

const CHUNK = 400;

/** A row read from a copy as JSON values; the reader's fresh row object is converted in place. */
function plainRow(row: unknown): RescueRow {
  const values = row as Record<string, unknown>;
  for (const key in values) {
    const value = values[key];
    if (value === null || typeof value === 'number' || typeof value === 'string') continue;
    values[key] =
      value === undefined
        ? null
        : typeof value === 'bigint'
          ? Number(value)
          : JSON.stringify(value);
  }
  return values as RescueRow;
}

async function inChunks(
  db: PlainReader,
  ids: readonly string[],
  query: (placeholders: string) => string,
  leading: unknown[] = [],
): Promise<RescueRow[]> {
  const rows: RescueRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const found = await db.all(query(part.map(() => '?').join(', ')), ...leading, ...part);
    rows.push(...found.map(plainRow));
  }
  return rows;
}

const BREAKS_TOUCHED = `
    OR id IN (SELECT attempt_id FROM attempt_breaks WHERE rowid IN (SELECT id FROM turso_cdc WHERE table_name = 'attempt_breaks'))`;

const TOUCHED_ATTEMPTS = `SELECT id FROM attempts WHERE device_id = ? AND (
    rowid IN (SELECT id FROM turso_cdc WHERE table_name = 'attempts')
    OR id IN (SELECT attempt_id FROM attempt_answers WHERE rowid IN (SELECT id FROM turso_cdc WHERE table_name = 'attempt_answers'))
    OR id IN (SELECT attempt_id FROM attempt_clocks WHERE rowid IN (SELECT id FROM turso_cdc WHERE table_name = 'attempt_clocks'))
    OR id IN (SELECT attempt_id FROM integrity_events WHERE rowid IN (SELECT id FROM turso_cdc WHERE table_name = 'integrity_events'))${BREAKS_TOUCHED})`;

async function hasTable(db: PlainReader, table: string): Promise<boolean> {
  const rows = await db.all("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", table);
  return rows.length > 0;
}

/**
 * The attempts this device may hold unsent: those its change log touched
 * since its last pull (a superset of what the server lacks), or every
 * attempt it ran when the change log cannot be read or `everything` is asked.
 */
export async function rescueAttemptIds(
  db: PlainReader,
  deviceId: string,
  everything: boolean,
): Promise<{ ids: string[]; fromChangeLog: boolean }> {
  if (!everything) {
    try {
      // A folder from before rest breaks (migration 70) has no attempt_breaks to look in.
      const query = (await hasTable(db, 'attempt_breaks'))
        ? TOUCHED_ATTEMPTS
        : TOUCHED_ATTEMPTS.replace(BREAKS_TOUCHED, '');
      const rows = (await db.all(query, deviceId)) as Array<{ id: string }>;
      return { ids: rows.map((r) => r.id), fromChangeLog: true };
    } catch {
      // No readable change log: fall back to every attempt of this device.
    }
  }
  const rows = (await db.all('SELECT id FROM attempts WHERE device_id = ?', deviceId)) as Array<{
    id: string;
  }>;
  return { ids: rows.map((r) => r.id), fromChangeLog: false };
}

/**
 * Reads everything needed to re-create the attempts elsewhere: the attempts
 * with their papers, answers, clocks and integrity events, and the device's
 * audit rows about them or not yet sent, with its chain head, as evidence.
 * A table that cannot be read is named in `problems`, the rest still read.
 */
export async function readRescueRows(
  db: PlainReader,
  deviceId: string,
  attemptIds: readonly string[],
  auditFromChangeLog: boolean,
): Promise<{ tables: RescueTables; problems: string[] }> {
  const tables = emptyRescueTables();
  const problems: string[] = [];
  const read = async (table: RescueTable, work: () => Promise<RescueRow[]>) => {
    try {
      tables[table] = await work();
    } catch (error) {
      problems.push(
        `${table} could not be read (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  };
  await read('attempts', () =>
    inChunks(db, attemptIds, (p) => `SELECT * FROM attempts WHERE id IN (${p})`),
  );
  await read('attempt_clocks', () =>
    inChunks(db, attemptIds, (p) => `SELECT * FROM attempt_clocks WHERE attempt_id IN (${p})`),
  );
  await read('attempt_breaks', async () =>
    // A folder from before rest breaks (migration 70) has none.
    (await hasTable(db, 'attempt_breaks'))
      ? inChunks(db, attemptIds, (p) => `SELECT * FROM attempt_breaks WHERE attempt_id IN (${p})`)
      : [],
  );
  await read('attempt_answers', () =>
    inChunks(db, attemptIds, (p) => `SELECT * FROM attempt_answers WHERE attempt_id IN (${p})`),
  );
  await read('integrity_events', () =>
    inChunks(db, attemptIds, (p) => `SELECT * FROM integrity_events WHERE attempt_id IN (${p})`),
  );
  await read('audit_logs', async () => {
    const about = await inChunks(
      db,
      attemptIds,
      (p) =>
        `SELECT * FROM audit_logs WHERE device_id = ? AND resource_type = 'attempt' AND resource_id IN (${p})`,
      [deviceId],
    );
    const unsent = auditFromChangeLog
      ? (
          await db.all(
            `SELECT * FROM audit_logs WHERE device_id = ? AND rowid IN (SELECT id FROM turso_cdc WHERE table_name = 'audit_logs')`,
            deviceId,
          )
        ).map(plainRow)
      : (await db.all('SELECT * FROM audit_logs WHERE device_id = ?', deviceId)).map(plainRow);
    const byId = new Map<string, RescueRow>();
    for (const row of [...about, ...unsent]) byId.set(String(row.id), row);
    return [...byId.values()].sort((a, b) => Number(a.seq ?? 0) - Number(b.seq ?? 0));
  });
  await read('audit_chain_heads', async () =>
    (await db.all('SELECT * FROM audit_chain_heads WHERE device_id = ?', deviceId)).map(plainRow),
  );
  return { tables, problems };
}

export interface TableOutcome {
  added: number;
  updated: number;
  unchanged: number;
}

/** Whether the file's version of a row is newer than the one here. */
function isNewer(
  table: RescueTable,
  incoming: RescueRow,
  existing: Record<string, unknown>,
): boolean {
  if (table === 'audit_chain_heads') return Number(incoming.seq ?? 0) > Number(existing.seq ?? 0);
  if (table === 'integrity_events' || table === 'audit_logs') return false;
  const a = incoming.updated_at;
  const b = existing.updated_at;
  if (a === null || a === undefined) return false;
  return typeof b !== 'string' || String(a) > b;
}

async function columnsOf(tx: Db, table: RescueTable): Promise<Set<string>> {
  const rows = await tx.all<{ name: string }>(sql.raw(`PRAGMA table_info("${table}")`));
  return new Set(rows.map((r) => r.name));
}

const list = (parts: Array<SQL | ReturnType<typeof sql.identifier>>): SQL =>
  sql.join(parts, sql`, `);

const belongsElsewhere = (row: Record<string, unknown>, clientId: string): boolean =>
  row.client_id !== undefined && row.client_id !== null && row.client_id !== clientId;

/** The attempt a rescued row belongs to. */
const attemptOf = (table: RescueTable, row: RescueRow): unknown =>
  table === 'attempts' ? row.id : table === 'audit_chain_heads' ? null : row.attempt_id;

/**
 * Writes the rows into organisation `clientId`, in a transaction the caller
 * holds; answers what happened per table, and adds to `changedAttempts` the
 * attempt of every row it added or replaced. A row filed under another
 * organisation, or whose id is a row of another organisation here, is not
 * found in this one: nothing is written.
 */
export async function writeRescueRows(
  tx: Db,
  clientId: string,
  tables: RescueTables,
  changedAttempts: Set<string> = new Set(),
): Promise<Record<RescueTable, TableOutcome>> {
  const outcome = {} as Record<RescueTable, TableOutcome>;
  for (const table of RESCUE_TABLES) {
    const known = await columnsOf(tx, table);
    const key = KEY[table];
    const result: TableOutcome = { added: 0, updated: 0, unchanged: 0 };
    for (const row of tables[table]) {
      const columns = Object.keys(row).filter((c) => known.has(c));
      const existing = await tx.all(
        sql`SELECT * FROM ${sql.identifier(table)} WHERE ${sql.identifier(key)} = ${row[key] ?? null}`,
      );
      const here = existing[0];
      if (belongsElsewhere(row, clientId) || (here && belongsElsewhere(here, clientId))) {
        throw refusal('NOT_FOUND', 'found.rescueRow', { table, row: String(row[key]) });
      }
      if (!here) {
        await tx.run(
          sql`INSERT INTO ${sql.identifier(table)} (${list(columns.map((c) => sql.identifier(c)))}) VALUES (${list(columns.map((c) => sql`${row[c] ?? null}`))})`,
        );
        result.added += 1;
        const attempt = attemptOf(table, row);
        if (typeof attempt === 'string') changedAttempts.add(attempt);
      } else if (isNewer(table, row, here)) {
        const sets = columns
          .filter((c) => c !== key)
          .map((c) => sql`${sql.identifier(c)} = ${row[c] ?? null}`);
        await tx.run(
          sql`UPDATE ${sql.identifier(table)} SET ${list(sets)} WHERE ${sql.identifier(key)} = ${row[key] ?? null}`,
        );
        result.updated += 1;
        const attempt = attemptOf(table, row);
        if (typeof attempt === 'string') changedAttempts.add(attempt);
      } else {
        result.unchanged += 1;
      }
    }
    outcome[table] = result;
  }
  return outcome;
}

/**
 * The signing keys a device registered in this organisation's audit trail:
 * in the audit row of its enrolment (`signingKey`), or in a row of its own
 * for a computer enrolled before rescue files existed (`device.signingKey`).
 */
export async function registeredSigningKeys(
  db: Db,
  clientId: string,
  deviceId: string,
): Promise<string[]> {
  const rows = await db.all<{ changes: string | null }>(
    sql`SELECT changes FROM audit_logs WHERE client_id = ${clientId} AND device_id = ${deviceId} AND action IN ('device.signingKey', 'device.enrol', 'device.reenrol') ORDER BY seq`,
  );
  const keys: string[] = [];
  for (const row of rows) {
    try {
      const changes = JSON.parse(row.changes ?? 'null') as {
        publicKey?: [unknown, unknown];
        signingKey?: [unknown, unknown];
      } | null;
      const key = (changes?.signingKey ?? changes?.publicKey)?.[1];
      if (typeof key === 'string') keys.push(key);
    } catch {
      // A row that is not a key registration is no key.
    }
  }
  return keys;
}

/** When a rescue file was first imported here, from its audit row. */
export async function firstRescueImport(
  db: Db,
  clientId: string,
  rescueId: string,
): Promise<string | null> {
  const rows = await db.all<{ created_at: string | null }>(
    sql`SELECT created_at FROM audit_logs WHERE client_id = ${clientId} AND action = 'rescue.import' AND resource_id = ${rescueId} ORDER BY created_at LIMIT 1`,
  );
  return rows[0]?.created_at ?? null;
}

/** The organisation a plain copy of a data folder belongs to. */
export async function organisationOfCopy(db: PlainReader): Promise<string | null> {
  const rows = (await db.all('SELECT id FROM clients ORDER BY created_at, id LIMIT 1')) as Array<{
    id: string;
  }>;
  return rows[0]?.id ?? null;
}
