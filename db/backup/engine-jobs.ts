import type { ContentReport } from './engine-check';
import type { FileDigest } from './file-digest';

/** The jobs a database worker thread does, and the messages that carry them. */
export interface EngineJobs {
  /** The engine's check of a copy of the database at `path` (see `checkDatabaseContentHere`). */
  check: { input: { path: string; scratchRoot: string }; output: ContentReport };
  /** The SHA-256 of each file. */
  digest: { input: { paths: string[] }; output: FileDigest[] };
}
export type EngineJobKind = keyof EngineJobs;

/**
 * `background`: work done while the app is in use (a scheduled snapshot
 * during an exam), which gives way to the main thread. `foreground`: work
 * someone waits for with nothing else going on (a restore, which is refused
 * while an exam runs; the check at start).
 */
export type EnginePriority = 'background' | 'foreground';

/** The `workerData.role` the worker thread is started with (and answers only to). */
export const ENGINE_WORKER = 'exam-desk-engine-worker';

export interface EngineWorkerData {
  role: typeof ENGINE_WORKER;
  background: boolean;
}

export interface EngineRequest {
  id: number;
  kind: EngineJobKind;
  input: unknown;
}

export type EngineReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
