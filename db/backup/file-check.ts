import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/**
 * Checks of the raw files, before the engine opens them: the engine itself
 * may refuse a damaged file, or open it and lose what it cannot read (a WAL
 * it stops reading at a bad frame). Each problem is a sentence for a person.
 */

const HEADER_MAGIC = 'SQLite format 3\u0000';
const WAL_MAGIC_LE = 0x377f0682;
const WAL_MAGIC_BE = 0x377f0683;
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;

function readBytes(path: string, position: number, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, position);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The main file's page size, or null when the header is not a database header. */
export function pageSizeOf(header: Buffer): number | null {
  if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== HEADER_MAGIC)
    return null;
  const raw = header.readUInt16BE(16);
  const size = raw === 1 ? 65_536 : raw;
  return size >= 512 && (size & (size - 1)) === 0 ? size : null;
}

export function checkMainFile(path: string): string[] {
  const bytes = statSync(path).size;
  if (bytes === 0) return [];
  const header = readBytes(path, 0, 100);
  const pageSize = pageSizeOf(header);
  if (pageSize === null)
    return [`${path} does not start with a database header (damaged or not a database).`];
  const problems: string[] = [];
  if (bytes % pageSize !== 0) {
    problems.push(
      `${path} is ${bytes} bytes, not a whole number of ${pageSize}-byte pages (cut short).`,
    );
  }
  // The page count in the header holds when it was written by the same change as the header's counter.
  const changeCounter = header.readUInt32BE(24);
  const pageCount = header.readUInt32BE(28);
  const validFor = header.readUInt32BE(92);
  if (pageCount > 0 && validFor === changeCounter && bytes < pageCount * pageSize) {
    problems.push(
      `${path} holds ${Math.floor(bytes / pageSize)} of its ${pageCount} pages (cut short).`,
    );
  }
  return problems;
}

function checksum(
  data: Buffer,
  bigEndian: boolean,
  seed: readonly [number, number],
): [number, number] {
  let s0 = seed[0];
  let s1 = seed[1];
  for (let i = 0; i + 8 <= data.length; i += 8) {
    const a = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const b = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    s0 = (s0 + a + s1) >>> 0;
    s1 = (s1 + b + s0) >>> 0;
  }
  return [s0, s1];
}

export interface WalReading {
  problems: string[];
  /** Frames up to and including the last whole commit: what the engine will read. */
  committedFrames: number;
  /** Frames after that (a commit cut off by a crash, which nobody was told had saved). */
  uncommittedFrames: number;
}

/** Bytes of WAL read at a time: the walk holds this much, whatever the WAL's size. */
const WAL_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * The WAL's frames read in order through one buffer of a few MiB, so checking
 * a WAL of gigabytes (a device that could not checkpoint for a day) costs
 * the same memory as checking a small one.
 */
class WalFrames {
  private chunk: Buffer;
  private first = 0;
  private count = 0;

  constructor(
    private readonly fd: number,
    private readonly frameBytes: number,
    readonly whole: number,
  ) {
    const perChunk = Math.max(1, Math.floor(WAL_CHUNK_BYTES / frameBytes));
    this.chunk = Buffer.alloc(perChunk * frameBytes);
  }

  /** Frame `i` (0-based): its header and page, valid until the next call; null past the end. */
  frame(i: number): Buffer | null {
    if (i < this.first || i >= this.first + this.count) {
      const perChunk = this.chunk.length / this.frameBytes;
      const wanted = Math.min(perChunk, this.whole - i);
      const read = readSync(
        this.fd,
        this.chunk,
        0,
        wanted * this.frameBytes,
        WAL_HEADER_BYTES + i * this.frameBytes,
      );
      this.first = i;
      this.count = Math.floor(read / this.frameBytes);
      // A WAL cut shorter while it is read ends the walk there, as a crash's torn tail does.
      if (this.count === 0) return null;
    }
    const at = (i - this.first) * this.frameBytes;
    return this.chunk.subarray(at, at + this.frameBytes);
  }
}

const noFrames = (problems: string[]): WalReading => ({
  problems,
  committedFrames: 0,
  uncommittedFrames: 0,
});

/**
 * Walks the WAL's frames with their checksums, as the engine does on open. A
 * frame that fails its checksum with whole frames of the same WAL after it
 * is damage: the engine would silently stop there and drop every commit
 * after it. A bad or short last frame is a write cut off by a crash, which
 * is normal and loses nothing that was acknowledged.
 */
export function readWal(path: string): WalReading {
  const bytes = statSync(path).size;
  if (bytes === 0) return noFrames([]);
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(WAL_HEADER_BYTES);
    if (readSync(fd, header, 0, WAL_HEADER_BYTES, 0) < WAL_HEADER_BYTES)
      return noFrames([`${path} is shorter than a WAL header.`]);
    const magic = header.readUInt32BE(0);
    if (magic !== WAL_MAGIC_LE && magic !== WAL_MAGIC_BE)
      return noFrames([`${path} does not start with a WAL header (damaged).`]);
    const bigEndian = magic === WAL_MAGIC_BE;
    const pageSize = header.readUInt32BE(8);
    const salt1 = header.readUInt32BE(16);
    const salt2 = header.readUInt32BE(20);
    let sums = checksum(header.subarray(0, 24), bigEndian, [0, 0]);
    if (sums[0] !== header.readUInt32BE(24) || sums[1] !== header.readUInt32BE(28))
      return noFrames([`${path} has a damaged header checksum.`]);
    const frameBytes = WAL_FRAME_HEADER_BYTES + pageSize;
    const frames = new WalFrames(
      fd,
      frameBytes,
      Math.floor((bytes - WAL_HEADER_BYTES) / frameBytes),
    );
    let good = 0;
    let committed = 0;
    for (let i = 0; i < frames.whole; i += 1) {
      const frame = frames.frame(i);
      if (frame === null) break;
      if (frame.readUInt32BE(8) !== salt1 || frame.readUInt32BE(12) !== salt2) break;
      sums = checksum(frame.subarray(0, 8), bigEndian, sums);
      sums = checksum(frame.subarray(WAL_FRAME_HEADER_BYTES), bigEndian, sums);
      if (sums[0] !== frame.readUInt32BE(16) || sums[1] !== frame.readUInt32BE(20)) {
        const later = laterFramesOfThisWal(frames, i + 1, salt1, salt2);
        if (later > 0) {
          return {
            problems: [
              `${path}: frame ${i + 1} fails its checksum with ${later} more frame${later === 1 ? '' : 's'} after it (damaged; the engine would drop every commit from there on).`,
            ],
            committedFrames: committed,
            uncommittedFrames: good - committed,
          };
        }
        break;
      }
      good += 1;
      if (frame.readUInt32BE(4) !== 0) committed = good;
    }
    return { problems: [], committedFrames: committed, uncommittedFrames: good - committed };
  } finally {
    closeSync(fd);
  }
}

function laterFramesOfThisWal(frames: WalFrames, from: number, salt1: number, salt2: number) {
  let count = 0;
  for (let i = from; i < frames.whole; i += 1) {
    const frame = frames.frame(i);
    if (frame === null) break;
    if (frame.readUInt32BE(8) === salt1 && frame.readUInt32BE(12) === salt2) count += 1;
  }
  return count;
}

/**
 * Everything wrong with the files of the database at `path` that can be seen
 * without opening it. A folder with no database yet has nothing wrong.
 */
export function checkDatabaseFiles(path: string): string[] {
  const main = existsSync(path);
  const wal = existsSync(`${path}-wal`);
  const info = existsSync(`${path}-info`);
  if (!main) {
    return wal || info
      ? [
          `${path} is missing while its WAL or sync metadata is there (the database file was deleted).`,
        ]
      : [];
  }
  const problems = checkMainFile(path);
  // The engine keeps the WAL file from the first open on (a checkpoint empties it, never deletes it).
  if (!wal) {
    problems.push(
      `${path}-wal is missing: the commits since the last checkpoint were in it (the WAL was deleted).`,
    );
  } else {
    problems.push(...readWal(`${path}-wal`).problems);
  }
  if (!info) {
    problems.push(`${path}-info is missing: the database's sync state was in it.`);
  }
  return problems;
}
