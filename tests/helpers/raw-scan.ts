import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder (the database, its -wal and the sync engine's files, snapshots). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Which of the needles occur in the raw bytes of the files under `dir`, as
 * `file: needle`. Each needle is looked for as UTF-8, the way SQLite stores text.
 */
export function rawHits(dir: string, needles: readonly string[]): string[] {
  const hits: string[] = [];
  for (const path of filesUnder(dir)) {
    const bytes = readFileSync(path);
    for (const needle of needles) {
      if (bytes.includes(Buffer.from(needle, 'utf8')))
        hits.push(`${relative(dir, path)}: ${needle}`);
    }
  }
  return hits;
}
