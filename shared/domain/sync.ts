export type SyncState = 'local-only' | 'online' | 'offline' | 'syncing' | 'error';

export interface SyncProgress {
  phase: 'push' | 'pull';
  /** Bytes sent (push) or received (pull) so far in this run. */
  bytes: number;
  /**
   * Push only: row changes the server has taken in this push, of the ones
   * waiting when it began (and any saved since). Null when the engine's
   * requests could not be read; the bytes still show.
   */
  changes: { sent: number; total: number } | null;
}

export interface SyncStatus {
  state: SyncState;
  /** Local changes not yet sent (from the engine's stats). */
  pendingChanges: number;
  /** When the last successful push began: everything saved before this instant is on the server. */
  lastPushAt: string | null;
  lastPullAt: string | null;
  /** The last error, in words a person can act on. */
  lastError: string | null;
  /** The id a screen says `lastError` with in its own language (null with it). */
  lastErrorId: SyncProblemId | null;
  /** A large transfer under way, for the sync panel's progress line. */
  progress: SyncProgress | null;
  /** When the next try is due after a failure (backoff), or null. */
  nextRetryAt: string | null;
  /** The organisation's data is newer than this app: it refuses to write until updated. */
  updateRequired: boolean;
}

import type { DeviceRole } from '../sync/enrolment';
import type { SyncProblemId } from '../sync/errors';
import type { QuestionVersionRecord } from './bank';

/** One push, pull or checkpoint, for the sync panel's history. */
export interface SyncRun {
  id: string;
  kind: 'push' | 'pull' | 'checkpoint';
  /** What asked for it: a change, a submitted attempt, the timer, "Sync now", quitting. */
  reason: string;
  startedAt: string;
  durationMs: number;
  ok: boolean;
  /** Pull only: whether anything arrived. */
  changed: boolean;
  sentBytes: number;
  receivedBytes: number;
  pendingBefore: number;
  pendingAfter: number;
  /** In words; null when it worked. */
  error: string | null;
  /** The id a screen says `error` with in its own language (null with it). */
  errorId: SyncProblemId | null;
}

/** How the enrolment token is kept on this computer. */
export interface SecretStorageInfo {
  /** `os-encrypted`: Electron safeStorage (Keychain, DPAPI, libsecret/kwallet). `file-plain`: the fallback. */
  scheme: 'os-encrypted' | 'file-plain';
  /** Shown in the enrolment screen, so an admin knows where the token lives. */
  description: string;
}

export interface EnrolmentInfo {
  url: string;
  deviceName: string;
  deviceRole: DeviceRole;
  enrolledAt: string;
  /** The organisation the tenant database holds, as it was when the device enrolled. */
  organisation: string | null;
}

export interface SyncOverview {
  status: SyncStatus;
  deviceId: string;
  deviceName: string;
  enrolment: EnrolmentInfo | null;
  secretStorage: SecretStorageInfo;
  schema: { appVersion: number; databaseVersion: number; updateRequired: boolean };
  /** Size of the local write-ahead log; checkpoints keep it small. */
  walBytes: number;
  /** Rows set aside because they clashed with the server; an admin reviews them. */
  setAsideCount: number;
  /** Questions edited on two computers that an author has to resolve. */
  conflictCount: number;
}

/** What the server answered before enrolling: what this device is about to join. */
export interface ServerCheck {
  url: string;
  /** Organisations in the tenant database (one, normally; none for a new database). */
  organisations: string[];
  schemaVersion: number;
  /**
   * `publish`: the tenant database is empty and this computer's data becomes its content.
   * `join`: it has an organisation; this computer takes a copy of it and keeps its own data aside.
   */
  mode: 'publish' | 'join';
  /** Set when this app is older than the tenant's schema: it could sync but not write. */
  updateRequired: boolean;
}

export interface EnrolmentResult {
  /** `resume`: the same tenant this database already synced with (re-enrolment, a new token). */
  mode: 'publish' | 'join' | 'resume';
  organisation: string | null;
  /** Join only: where this computer's previous data was moved. */
  archivedTo: string | null;
  /** Join only: everyone must sign in again with the organisation's accounts. */
  signInAgain: boolean;
}

export interface UnsyncedExport {
  path: string;
  changes: number;
  exportedAt: string;
}

/** A device enrolled into the organisation, for the staff list. */
export interface DeviceRecord {
  id: string;
  name: string;
  role: string;
  appVersion: string | null;
  schemaVersion: number | null;
  enrolledAt: string | null;
  lastPushAt: string | null;
  lastPullAt: string | null;
  /** Unsent changes the device reported at its last sync. */
  pendingChanges: number;
  updatedAt: string | null;
  unenrolledAt: string | null;
  thisDevice: boolean;
}

/** A row the server refused (a unique value already taken on another computer), kept for review. */
export interface SetAsideRow {
  id: string;
  tableName: string;
  rowId: string;
  reason: string;
  /** The row as it was on this computer, secrets removed. */
  row: Record<string, unknown>;
  deviceId: string | null;
  createdAt: string;
  resolvedAt: string | null;
}

export interface ConflictedQuestion {
  id: string;
  text: string;
  version: number;
  updatedAt: string | null;
  /** The competing versions, best first. */
  heads: QuestionVersionRecord[];
}
