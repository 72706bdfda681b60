import { existsSync } from 'node:fs';
import { copyDatabaseFiles, copyDatabaseFilesAsync } from '@db/backup/database-files';
import { checkDatabaseContent } from '@db/backup/content-check';
import { digestFiles } from '@db/backup/engine-thread';
import type { EnginePriority } from '@db/backup/engine-jobs';
import type { WriteGate } from '@db/write-gate';
import type { SnapshotReason } from '@shared/domain/backup';
import {
  deleteSnapshot,
  scratchRoot,
  snapshotDatabasePath,
  snapshotDir,
  snapshotName,
  writeManifest,
  type SnapshotManifest,
} from './snapshot-store';

export interface LiveDatabase {
  path: string;
  gate: WriteGate;
}

export interface SnapshotRequest {
  dataDir: string;
  reason: SnapshotReason;
  /** `background` while the app is in use (see `EnginePriority`); `foreground` by default. */
  priority?: EnginePriority;
  nowIso: string;
  deviceId: string;
  appVersion: string;
}

/**
 * Copies the running database into a new snapshot while the app goes on:
 * only push, pull and checkpoint wait (they rewrite the files being copied),
 * answer saves do not (they append to the WAL, copied last and read up to
 * its last whole commit). The copy is then hashed, and opened by the engine
 * in a scratch folder and checked, on worker threads; the manifest, written
 * last, marks it complete.
 */
export async function takeSnapshot(
  live: LiveDatabase,
  request: SnapshotRequest,
): Promise<SnapshotManifest> {
  const name = freeName(request.dataDir, snapshotName(request.nowIso, request.reason));
  const target = snapshotDatabasePath(request.dataDir, name);
  try {
    const copied = await live.gate.snapshot(() => copyDatabaseFilesAsync(live.path, target));
    return await finishSnapshot(
      request,
      name,
      copied.map((c) => c.suffix),
    );
  } catch (error) {
    deleteSnapshot(request.dataDir, name);
    throw error;
  }
}

/** A snapshot of database files nothing has open (a damaged database set aside, the CLI). */
export async function snapshotClosedFiles(
  path: string,
  request: SnapshotRequest,
): Promise<SnapshotManifest> {
  const name = freeName(request.dataDir, snapshotName(request.nowIso, request.reason));
  try {
    const copied = copyDatabaseFiles(path, snapshotDatabasePath(request.dataDir, name));
    return await finishSnapshot(
      request,
      name,
      copied.map((c) => c.suffix),
    );
  } catch (error) {
    deleteSnapshot(request.dataDir, name);
    throw error;
  }
}

async function finishSnapshot(
  request: SnapshotRequest,
  name: string,
  suffixes: string[],
): Promise<SnapshotManifest> {
  const base = snapshotDatabasePath(request.dataDir, name);
  // On a worker thread, one after the other: the main thread keeps a core for the answer saves.
  const priority = request.priority ?? 'foreground';
  const digests = await digestFiles(
    suffixes.map((suffix) => base + suffix),
    priority,
  );
  const report = await checkDatabaseContent(base, scratchRoot(request.dataDir), priority);
  const files = digests.map((d) => ({
    suffix: d.path.slice(base.length),
    bytes: d.bytes,
    sha256: d.sha256,
  }));
  const manifest: SnapshotManifest = {
    format: 'exam-desk-snapshot',
    version: 1,
    name,
    reason: request.reason,
    createdAt: request.nowIso,
    deviceId: request.deviceId,
    appVersion: request.appVersion,
    files,
    verified: report.problems.length === 0,
    problems: report.problems,
    schemaVersion: report.schemaVersion,
    rowCounts: report.rowCounts,
    sync: report.sync,
  };
  writeManifest(request.dataDir, manifest);
  return manifest;
}

function freeName(dataDir: string, base: string): string {
  let name = base;
  for (let i = 2; existsSync(snapshotDir(dataDir, name)); i += 1) name = `${base}-${i}`;
  return name;
}
