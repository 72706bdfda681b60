import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { SyncRun } from '@shared/domain/sync';
import { syncProblem, syncProblemIds } from '@shared/sync/errors';

const runSchema = z.object({
  id: z.string(),
  kind: z.enum(['push', 'pull', 'checkpoint']),
  reason: z.string(),
  startedAt: z.string(),
  durationMs: z.number(),
  ok: z.boolean(),
  changed: z.boolean(),
  sentBytes: z.number(),
  receivedBytes: z.number(),
  pendingBefore: z.number(),
  pendingAfter: z.number(),
  error: z.string().nullable(),
  /** Absent in a file written before runs carried it. */
  errorId: z.enum(syncProblemIds).nullable().optional(),
});

/**
 * The recent sync runs of this device, newest first. Kept in a file beside the
 * database (not in it: it is about this device, and writing it must never
 * create more changes to push).
 */
export class SyncHistory {
  private runs: SyncRun[];
  private dirty = false;

  constructor(
    private readonly path: string | null,
    private readonly limit = 200,
  ) {
    this.runs = path ? SyncHistory.load(path) : [];
  }

  private static load(path: string): SyncRun[] {
    if (!existsSync(path)) return [];
    try {
      const parsed = z.array(runSchema).safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) return [];
      // A run written before runs carried their sentence's id is given it once, here.
      return parsed.data.map(({ errorId, ...run }) => ({
        ...run,
        errorId: errorId ?? (run.error === null ? null : syncProblem(run.error).id),
      }));
    } catch {
      return [];
    }
  }

  add(run: SyncRun): void {
    this.runs.unshift(run);
    if (this.runs.length > this.limit) this.runs.length = this.limit;
    this.dirty = true;
  }

  list(limit = 50): SyncRun[] {
    return this.runs.slice(0, limit);
  }

  /** Writes the file if anything changed; atomic, so a crash never leaves half a file. */
  flush(): void {
    if (!this.dirty || !this.path) return;
    this.dirty = false;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const tmp = `${this.path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(this.runs));
      renameSync(tmp, this.path);
    } catch {
      // History is a convenience; failing to save it must never disturb sync or an exam.
      this.dirty = true;
    }
  }
}
