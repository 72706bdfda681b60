import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { withPlainCopy } from '@db/backup/plain-copy';
import {
  emptyRescueTables,
  organisationOfCopy,
  readRescueRows,
  rescueAttemptIds,
  RESCUE_TABLES,
  type RescueRow,
  type RescueTables,
} from '@db/backup/rescue-rows';
import { DATABASE_FILE } from '../../app/data-dir';
import { loadOrCreateSigningKey, readSigningKey } from './rescue-key';
import { writeRescueFile, type RescuePayload } from './rescue-file';
import { listManifests, scratchRoot, snapshotDatabasePath } from './snapshot-store';

export interface RescueExportOptions {
  dataDir: string;
  nowIso: string;
  newId: () => string;
  /** Every attempt this device ran, not only those its change log shows as unsent. */
  everything?: boolean;
  /** Database files to read instead of the folder's own (a damaged database set aside). */
  sources?: string[];
  /** Refuse (before signing anything) a folder whose data is not this organisation's. */
  organisationId?: string;
}

/** The data folder belongs to another organisation than the one asking. */
export class OtherOrganisationFolder extends Error {
  constructor(readonly dataDir: string) {
    super(`${dataDir} holds the data of another organisation`);
    this.name = 'OtherOrganisationFolder';
  }
}

export interface RescueExport {
  text: string;
  rescueId: string;
  deviceId: string;
  deviceName: string;
  counts: Record<string, number>;
  problems: string[];
  readFrom: string[];
  /** The device had no signing key, so the file is signed with one the organisation does not know. */
  unregisteredKey: boolean;
}

function readDeviceFile(dataDir: string): { deviceId: string; name: string } {
  const path = join(dataDir, 'device.json');
  if (!existsSync(path))
    throw new Error(`${dataDir} has no device.json: it is not an Exam Desk data folder`);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { deviceId?: unknown; name?: unknown };
  if (typeof parsed.deviceId !== 'string') throw new Error(`${path} names no device`);
  return {
    deviceId: parsed.deviceId,
    name: typeof parsed.name === 'string' ? parsed.name : parsed.deviceId,
  };
}

const KEY_OF: Record<string, string> = {
  attempt_clocks: 'attempt_id',
  audit_chain_heads: 'device_id',
};

function merge(into: RescueTables, from: RescueTables): void {
  for (const table of RESCUE_TABLES) {
    if (into[table].length === 0) {
      // The first source read: nothing to weigh its rows against.
      into[table] = from[table];
      continue;
    }
    const key = KEY_OF[table] ?? 'id';
    const byKey = new Map<string, RescueRow>(into[table].map((r) => [String(r[key]), r]));
    for (const row of from[table]) {
      const here = byKey.get(String(row[key]));
      const newer =
        !here ||
        (table === 'audit_chain_heads'
          ? Number(row.seq ?? 0) > Number(here.seq ?? 0)
          : String(row.updated_at ?? '') > String(here.updated_at ?? ''));
      if (newer) byKey.set(String(row[key]), row);
    }
    into[table] = [...byKey.values()];
  }
}

/**
 * Reads a data folder's unsent attempts from whatever can be read: the
 * database as it is, and then its newest whole snapshot for what the
 * database could not give (a damaged file, a table that fails). Newer rows
 * win where both have one. Writes nothing into the folder except, if the
 * device never made one, its signing key.
 */
export async function exportRescue(options: RescueExportOptions): Promise<RescueExport> {
  const { dataDir } = options;
  const device = readDeviceFile(dataDir);
  const live = join(dataDir, DATABASE_FILE);
  const newest = listManifests(dataDir).find((m) => m.verified);
  const sources = options.sources ?? [
    live,
    ...(newest ? [snapshotDatabasePath(dataDir, newest.name)] : []),
  ];
  const tables = emptyRescueTables();
  const problems: string[] = [];
  const readFrom: string[] = [];
  let organisationId: string | null = null;
  for (const source of sources) {
    if (!existsSync(source)) continue;
    const name = relative(dataDir, source) || source;
    try {
      const read = await withPlainCopy(source, scratchRoot(dataDir), async (db) => {
        const org = await organisationOfCopy(db);
        const attempts = await rescueAttemptIds(db, device.deviceId, options.everything ?? false);
        const rows = await readRescueRows(
          db,
          device.deviceId,
          attempts.ids,
          attempts.fromChangeLog,
        );
        return { org, rows };
      });
      organisationId ??= read.org;
      merge(tables, read.rows.tables);
      problems.push(...read.rows.problems.map((p) => `${name}: ${p}`));
      readFrom.push(name);
      // The live database read whole needs no snapshot.
      if (source === live && read.rows.problems.length === 0) break;
    } catch (error) {
      problems.push(
        `${name} could not be opened (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  if (!organisationId)
    throw new Error(`Nothing in ${dataDir} could be read: ${problems.join('; ')}`);
  if (options.organisationId !== undefined && organisationId !== options.organisationId)
    throw new OtherOrganisationFolder(dataDir);
  const existingKey = readSigningKey(dataDir);
  const key = existingKey ?? loadOrCreateSigningKey(dataDir);
  const rescueId = options.newId();
  const payload: RescuePayload = {
    format: 'exam-desk-rescue',
    version: 1,
    rescueId,
    createdAt: options.nowIso,
    organisationId,
    deviceId: device.deviceId,
    deviceName: device.name,
    readFrom,
    problems,
    tables,
  };
  return {
    text: writeRescueFile(payload, key),
    rescueId,
    deviceId: device.deviceId,
    deviceName: device.name,
    counts: Object.fromEntries(RESCUE_TABLES.map((t) => [t, tables[t].length])),
    problems,
    readFrom,
    unregisteredKey: existingKey === null,
  };
}
