import { existsSync } from 'node:fs';
import { checkDatabaseContent } from './content-check';
import { checkDatabaseFiles } from './file-check';

/** The database on disk is damaged; nothing has opened or written it. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly path: string,
    readonly problems: readonly string[],
  ) {
    super(`The database ${path} is damaged: ${problems.join('; ')}`);
    this.name = 'DatabaseDamagedError';
  }
}

/**
 * Everything wrong with the database at `path`, before the app opens it: the
 * raw files (headers, sizes, the WAL's checksums, missing files), then the
 * engine's own integrity check on a scratch copy. An absent database (a
 * first start) has nothing wrong.
 */
export async function findDamage(path: string, scratchDir: string): Promise<string[]> {
  const problems = checkDatabaseFiles(path);
  if (problems.length > 0 || !existsSync(path)) return problems;
  const report = await checkDatabaseContent(path, scratchDir);
  return report.problems;
}

export async function refuseDamaged(path: string, scratchDir: string): Promise<void> {
  const problems = await findDamage(path, scratchDir);
  if (problems.length > 0) throw new DatabaseDamagedError(path, problems);
}
