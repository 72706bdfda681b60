import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

export interface FileDigest {
  path: string;
  /** The bytes hashed: the file's size as it was read. */
  bytes: number;
  sha256: string;
}

const CHUNK_BYTES = 1024 * 1024;

/** The SHA-256 of a whole file, read in 1 MiB chunks (a database file may not fit a single read). */
export function digestFile(path: string): FileDigest {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(path, 'r');
  let bytes = 0;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, bytes);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
      bytes += read;
    }
  } finally {
    closeSync(fd);
  }
  return { path, bytes, sha256: hash.digest('hex') };
}
