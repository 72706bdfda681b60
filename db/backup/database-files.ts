import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Owner only: the data folder and every file in it hold students' answers and a sync token. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * The files that together are one Turso Sync database, in the order a live
 * copy takes them: the main file, the revert WAL (the main file's pages as
 * last synced, for pulls), the sync metadata (client id, synced revision, WAL
 * watermark), and the WAL last, since commits keep appending to it. The
 * engine's `-changes` file only stages a pull in progress and is not copied.
 */
export const DATABASE_FILE_SUFFIXES = ['', '-wal-revert', '-info', '-wal'] as const;
export type DatabaseFileSuffix = (typeof DATABASE_FILE_SUFFIXES)[number];

const isPosix = process.platform !== 'win32';

/** Creates `dir` (and parents) private to the user, and tightens it if it exists. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (isPosix) chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Tightens one file to owner read and write (POSIX; Windows keeps the folder's ACL). */
export function makePrivate(path: string): void {
  if (isPosix && existsSync(path)) chmodSync(path, PRIVATE_FILE_MODE);
}

/** Every file of the database at `path` that exists now (main, WAL, metadata and the rest). */
export function existingDatabaseFiles(path: string): string[] {
  const dir = dirname(path);
  const name = basename(path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f === name || f.startsWith(`${name}-`))
    .map((f) => join(dir, f));
}

export function makeDatabaseFilesPrivate(path: string): void {
  for (const file of existingDatabaseFiles(path)) makePrivate(file);
}

export interface CopiedFile {
  suffix: DatabaseFileSuffix;
  bytes: number;
}

/**
 * Copies the database at `fromPath` to `toPath` (a new name, so the engine
 * sees a new file), file by file in the order above; a file the source does
 * not have (no revert WAL before the first checkpoint) is left out.
 */
export function copyDatabaseFiles(fromPath: string, toPath: string): CopiedFile[] {
  ensurePrivateDir(dirname(toPath));
  const copied: CopiedFile[] = [];
  for (const suffix of DATABASE_FILE_SUFFIXES) {
    const from = fromPath + suffix;
    if (!existsSync(from)) continue;
    const to = toPath + suffix;
    copyFileSync(from, to);
    makePrivate(to);
    copied.push({ suffix, bytes: statSync(to).size });
  }
  return copied;
}

/**
 * The same copy without holding up the event loop: the bytes move on a
 * worker thread of Node's own, so answer saves go on while a snapshot copies.
 */
export async function copyDatabaseFilesAsync(
  fromPath: string,
  toPath: string,
): Promise<CopiedFile[]> {
  ensurePrivateDir(dirname(toPath));
  const copied: CopiedFile[] = [];
  for (const suffix of DATABASE_FILE_SUFFIXES) {
    const from = fromPath + suffix;
    if (!existsSync(from)) continue;
    const to = toPath + suffix;
    await copyFile(from, to);
    makePrivate(to);
    copied.push({ suffix, bytes: statSync(to).size });
  }
  return copied;
}

/** Removes every file of the database at `path` (it must be closed). */
export function removeDatabaseFiles(path: string): void {
  for (const file of existingDatabaseFiles(path)) unlinkSync(file);
}
