import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `test`: removed after each test; `file`: kept for the whole test file (a shared core). */
export type TempScope = 'test' | 'file';

const made: Record<TempScope, string[]> = { test: [], file: [] };

/** A fresh folder under the OS temp dir, removed after the test (or the file). */
export function tempDir(prefix = 'exam-test-', scope: TempScope = 'test'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made[scope].push(dir);
  return dir;
}

export function cleanupTempDirs(scope: TempScope = 'test'): void {
  const dirs = made[scope];
  while (dirs.length > 0) {
    const dir = dirs.pop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
