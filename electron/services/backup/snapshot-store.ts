import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ensurePrivateDir, makePrivate } from '@db/backup/database-files';
import { digestFiles } from '@db/backup/engine-thread';
import { snapshotReasons, type SnapshotReason, type SnapshotSummary } from '@shared/domain/backup';
import { DATABASE_FILE } from '../../app/data-dir';

/**
 * Snapshots live in `snapshots/` in the data folder, one folder each, named
 * by time and reason (`2026-05-04T09-15-00-000Z-scheduled`): the database's
 * files as `exam.db`, `exam.db-wal`, … and a `manifest.json` with each file's
 * size and SHA-256, the row counts and the sync position when it was taken.
 */
export const SNAPSHOTS_DIR = 'snapshots';
export const MANIFEST_FILE = 'manifest.json';

const fileSchema = z.object({ suffix: z.string(), bytes: z.number(), sha256: z.string() });

export const manifestSchema = z.object({
  format: z.literal('exam-desk-snapshot'),
  version: z.literal(1),
  name: z.string(),
  reason: z.enum(snapshotReasons),
  createdAt: z.string(),
  deviceId: z.string(),
  appVersion: z.string(),
  files: z.array(fileSchema),
  verified: z.boolean(),
  problems: z.array(z.string()),
  schemaVersion: z.number(),
  rowCounts: z.record(z.string(), z.number()),
  sync: z.object({
    clientId: z.string().nullable(),
    synced: z.boolean(),
    pullGen: z.number(),
    maxChangeId: z.number(),
  }),
});
export type SnapshotManifest = z.infer<typeof manifestSchema>;

export const snapshotsRoot = (dataDir: string): string => join(dataDir, SNAPSHOTS_DIR);
/** Where the engine checks copies; never a snapshot. */
export const scratchRoot = (dataDir: string): string => join(dataDir, SNAPSHOTS_DIR, '.scratch');
export const snapshotDir = (dataDir: string, name: string): string =>
  join(snapshotsRoot(dataDir), name);
export const snapshotDatabasePath = (dataDir: string, name: string): string =>
  join(snapshotDir(dataDir, name), DATABASE_FILE);

export function snapshotName(createdAtIso: string, reason: SnapshotReason): string {
  return `${createdAtIso.replace(/[:.]/g, '-')}-${reason}`;
}

export function writeManifest(dataDir: string, manifest: SnapshotManifest): void {
  const dir = snapshotDir(dataDir, manifest.name);
  ensurePrivateDir(dir);
  const path = join(dir, MANIFEST_FILE);
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest, null, 2));
  makePrivate(tmp);
  renameSync(tmp, path);
}

export function readManifest(dataDir: string, name: string): SnapshotManifest | null {
  const path = join(snapshotDir(dataDir, name), MANIFEST_FILE);
  if (!existsSync(path)) return null;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Every snapshot with a readable manifest, newest first. A folder without one is a copy cut short. */
export function listManifests(dataDir: string): SnapshotManifest[] {
  const root = snapshotsRoot(dataDir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => readManifest(dataDir, entry.name))
    .filter((m): m is SnapshotManifest => m !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** Snapshot folders with no manifest: a copy interrupted by a crash. */
export function unfinishedSnapshots(dataDir: string): string[] {
  const root = snapshotsRoot(dataDir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .filter((name) => !existsSync(join(snapshotDir(dataDir, name), MANIFEST_FILE)));
}

export function deleteSnapshot(dataDir: string, name: string): void {
  rmSync(snapshotDir(dataDir, name), { recursive: true, force: true });
}

export function summaryOf(manifest: SnapshotManifest): SnapshotSummary {
  return {
    name: manifest.name,
    reason: manifest.reason,
    createdAt: manifest.createdAt,
    bytes: manifest.files.reduce((sum, f) => sum + f.bytes, 0),
    verified: manifest.verified,
    problems: manifest.problems,
    schemaVersion: manifest.schemaVersion,
    rowCounts: manifest.rowCounts,
    synced: manifest.sync.synced,
  };
}

/** The files of a snapshot as they are on disk now, against its manifest (hashed on a worker thread). */
export async function snapshotFileProblems(
  dataDir: string,
  manifest: SnapshotManifest,
): Promise<string[]> {
  const base = snapshotDatabasePath(dataDir, manifest.name);
  const present = manifest.files.map((f) => base + f.suffix).filter((path) => existsSync(path));
  const digests = new Map((await digestFiles(present)).map((d) => [d.path, d.sha256]));
  const problems: string[] = [];
  for (const file of manifest.files) {
    const digest = digests.get(base + file.suffix);
    if (digest === undefined)
      problems.push(`${DATABASE_FILE}${file.suffix} is missing from the snapshot`);
    else if (digest !== file.sha256) {
      problems.push(`${DATABASE_FILE}${file.suffix} changed since the snapshot was taken`);
    }
  }
  return problems;
}
