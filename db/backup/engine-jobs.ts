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

/** The `workerData.role` the worker thread is started with (and answers only to). */
export const ENGINE_WORKER = 'exam-desk-engine-worker';

export interface EngineRequest {
  id: number;
  kind: EngineJobKind;
  input: unknown;
}

export type EngineReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
