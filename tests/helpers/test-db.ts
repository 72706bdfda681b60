import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { type AppDatabase, type OpenDatabaseOptions, openDatabase } from '@db/open';
import { tempDir, type TempScope } from './temp-dir';

const open: Record<TempScope, AppDatabase[]> = { test: [], file: [] };

async function closeAll(scope: TempScope): Promise<void> {
  const list = open[scope];
  while (list.length > 0) await list.pop()?.close();
}

afterEach(() => closeAll('test'));
afterAll(() => closeAll('file'));

/**
 * A fresh database file in its own temp folder, closed after the test (or,
 * with scope `file`, after the test file: open it in `beforeAll`).
 */
export async function openTestDatabase(
  options: Partial<OpenDatabaseOptions> = {},
  scope: TempScope = 'test',
): Promise<AppDatabase> {
  const path = options.path ?? join(tempDir('exam-test-', scope), 'exam.db');
  const db = await openDatabase({ nowIso: () => '2026-06-01T09:00:00.000Z', ...options, path });
  open[scope].push(db);
  return db;
}
