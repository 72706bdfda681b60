import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type AppDatabase, type OpenDatabaseOptions, openDatabase } from '../../db/open';
import { tempDir } from './temp-dir';

const open: AppDatabase[] = [];

afterEach(async () => {
  while (open.length > 0) await open.pop()?.close();
});

/** A fresh database file in its own temp folder, closed after the test. */
export async function openTestDatabase(
  options: Partial<OpenDatabaseOptions> = {},
): Promise<AppDatabase> {
  const path = options.path ?? join(tempDir(), 'exam.db');
  const db = await openDatabase({ nowIso: () => '2026-06-01T09:00:00.000Z', ...options, path });
  open.push(db);
  return db;
}
