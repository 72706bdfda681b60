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
 * `file: needle`. A text needle is looked for as UTF-8, the way SQLite stores
 * text; a byte needle as it is (a BLOB), named by its first bytes in hex.
 */
export function rawHits(dir: string, needles: ReadonlyArray<string | Buffer>): string[] {
  const hits: string[] = [];
  for (const path of filesUnder(dir)) {
    const bytes = readFileSync(path);
    for (const needle of needles) {
      const raw = typeof needle === 'string' ? Buffer.from(needle, 'utf8') : needle;
      const name =
        typeof needle === 'string' ? needle : `bytes ${needle.subarray(0, 8).toString('hex')}…`;
      if (bytes.includes(raw)) hits.push(`${relative(dir, path)}: ${name}`);
    }
  }
  return hits;
}
