import type { EnginePriority } from './engine-jobs';
import { runOnEngineThread } from './engine-thread';
import type { ContentReport } from './engine-check';

export type { ContentReport } from './engine-check';

/**
 * The engine's check of the database at `path` (integrity check, row counts,
 * sync position; see `checkDatabaseContentHere`), on a worker thread: the
 * main thread goes on saving answers while it runs.
 */
export function checkDatabaseContent(
  path: string,
  scratchRoot: string,
  priority: EnginePriority = 'foreground',
): Promise<ContentReport> {
  return runOnEngineThread('check', { path, scratchRoot }, priority);
}
