import { connect } from '@tursodatabase/sync';
import { constants, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir } from './database-files';
import { readLocalSyncPosition, readSyncInfo, type LocalSyncPosition } from './sync-state';

export interface ContentReport {
  /** Empty when the engine found nothing wrong. */
  problems: string[];
  /** Rows per app table (the engine's and the sync bookkeeping tables left out). */
  rowCounts: Record<string, number>;
  /** Highest applied migration, 0 when the database has none. */
  schemaVersion: number;
  /** Where the copy stands in the sync protocol (for restoring it). */
  sync: LocalSyncPosition & { clientId: string | null; synced: boolean };
}

const INTERNAL_TABLE = /^(sqlite_|turso_|__turso)/;

/**
 * Opens a copy of the main file and WAL in a scratch folder with the plain
 * engine (no sync: nothing rewrites the sync metadata, and the original is
 * never opened) and runs the engine's `PRAGMA integrity_check` and a row
 * count of every table. A database the engine cannot open is a problem too.
 * The check holds the thread it runs on: the app runs it on a worker thread
 * (`checkDatabaseContent`).
 */
export async function checkDatabaseContentHere(
  path: string,
  scratchRoot: string,
): Promise<ContentReport> {
  ensurePrivateDir(scratchRoot);
  const dir = mkdtempSync(join(scratchRoot, 'check-'));
  try {
    const copy = join(dir, 'check.db');
    // A clone where the file system has them (nothing copied until a page changes), else a copy.
    copyFileSync(path, copy, constants.COPYFILE_FICLONE);
    if (existsSync(`${path}-wal`))
      copyFileSync(`${path}-wal`, `${copy}-wal`, constants.COPYFILE_FICLONE);
    return await readContent(copy, readSyncInfo(path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function readContent(
  copy: string,
  info: { clientId: string | null; synced: boolean },
): Promise<ContentReport> {
  let db: Awaited<ReturnType<typeof connect>>;
  const unknownPosition = { ...info, pullGen: 0, maxChangeId: 0 };
  try {
    db = await connect({ path: copy });
  } catch (error) {
    return {
      problems: [`the engine cannot open it (${describe(error)})`],
      rowCounts: {},
      schemaVersion: 0,
      sync: unknownPosition,
    };
  }
  try {
    const problems: string[] = [];
    try {
      const rows = (await db.all('PRAGMA integrity_check')) as Array<Record<string, unknown>>;
      const words = rows.map((r) => {
        const value = Object.values(r)[0];
        return typeof value === 'string' ? value : JSON.stringify(value);
      });
      if (!(words.length === 1 && words[0] === 'ok'))
        problems.push(...words.map((w) => `integrity check: ${w}`));
    } catch (error) {
      problems.push(`integrity check failed (${describe(error)})`);
    }
    const rowCounts: Record<string, number> = {};
    let schemaVersion = 0;
    try {
      const tables = (await db.all(
        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
      )) as Array<{ name: string }>;
      for (const { name } of tables) {
        if (INTERNAL_TABLE.test(name)) continue;
        const row = (await db.get(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`)) as
          { n: number } | undefined;
        rowCounts[name] = row?.n ?? 0;
      }
      if ('schema_migrations' in rowCounts) {
        const row = (await db.get('SELECT MAX(version) AS v FROM schema_migrations')) as
          { v: number | null } | undefined;
        schemaVersion = row?.v ?? 0;
      }
    } catch (error) {
      problems.push(`reading the tables failed (${describe(error)})`);
    }
    const position = await readLocalSyncPosition(db, info.clientId).catch(() => unknownPosition);
    return { problems, rowCounts, schemaVersion, sync: { ...info, ...position } };
  } finally {
    await db.close().catch(() => undefined);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
