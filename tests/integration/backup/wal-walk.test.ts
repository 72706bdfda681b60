import {
  copyFileSync,
  openSync,
  readSync,
  statSync,
  truncateSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWal } from '@db/backup/file-check';
import { openDatabase } from '@db/open';
import { tempDir } from '../../helpers/temp-dir';

/**
 * The WAL check at start walks a WAL of any size through a buffer of a few
 * MiB. A WAL of 600 commits (about 17 MiB, several buffers' worth) written by
 * the real engine, then damaged on purpose, shows that the walk still checks
 * every frame across the buffer's edges.
 */
const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

let walPath = '';
let frameBytes = 0;
let frames = 0;

function copyOfWal(name: string): string {
  const copy = join(tempDir('exam-wal-walk-'), name);
  copyFileSync(walPath, copy);
  return copy;
}

function flipByte(path: string, position: number): void {
  const fd = openSync(path, 'r+');
  try {
    const byte = Buffer.alloc(1);
    readSync(fd, byte, 0, 1, position);
    byte[0] = (byte[0] ?? 0) ^ 0xff;
    writeSync(fd, byte, 0, 1, position);
  } finally {
    closeSync(fd);
  }
}

beforeAll(async () => {
  const path = join(tempDir('exam-wal-source-', 'file'), 'exam.db');
  const database = await openDatabase({ path, skipMigrations: true });
  await database.client.exec('CREATE TABLE filler (body BLOB)');
  for (let i = 0; i < 600; i += 1)
    await database.client.run('INSERT INTO filler VALUES (randomblob(3000))');
  await database.close();
  walPath = `${path}-wal`;
  const header = Buffer.alloc(WAL_HEADER_BYTES);
  const fd = openSync(walPath, 'r');
  readSync(fd, header, 0, WAL_HEADER_BYTES, 0);
  closeSync(fd);
  frameBytes = FRAME_HEADER_BYTES + header.readUInt32BE(8);
  frames = Math.floor((statSync(walPath).size - WAL_HEADER_BYTES) / frameBytes);
}, 120_000);

describe('the WAL walk at start', () => {
  it('reads every frame of a WAL several buffers long as committed', () => {
    expect(statSync(walPath).size).toBeGreaterThan(12 * 1024 * 1024);
    expect(readWal(copyOfWal('intact-wal'))).toEqual({
      problems: [],
      committedFrames: frames,
      uncommittedFrames: 0,
    });
  });

  it('names a damaged frame deep in the WAL, past the first buffers, with the frames after it', () => {
    const copy = copyOfWal('damaged-wal');
    const damaged = frames - 40; // well past 8 MiB into the file
    expect(WAL_HEADER_BYTES + damaged * frameBytes).toBeGreaterThan(8 * 1024 * 1024);
    flipByte(copy, WAL_HEADER_BYTES + damaged * frameBytes + FRAME_HEADER_BYTES + 100);
    const reading = readWal(copy);
    expect(reading.problems).toEqual([
      `${copy}: frame ${damaged + 1} fails its checksum with ${frames - damaged - 1} more frames after it (damaged; the engine would drop every commit from there on).`,
    ]);
    expect(reading.committedFrames).toBeLessThanOrEqual(damaged);
    expect(reading.committedFrames).toBeGreaterThan(damaged - 10);
  });

  it('takes a last frame cut off by a crash as a torn write, not damage', () => {
    const copy = copyOfWal('torn-wal');
    truncateSync(copy, WAL_HEADER_BYTES + (frames - 1) * frameBytes + 100);
    const reading = readWal(copy);
    expect(reading.problems).toEqual([]);
    expect(reading.committedFrames + reading.uncommittedFrames).toBe(frames - 1);
  });
});
