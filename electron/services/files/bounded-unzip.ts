import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { formatBytes, type ReadLimits } from '@shared/interchange/limits';

export type BoundedUnzip =
  | { ok: true; files: Map<string, Uint8Array> }
  | {
      ok: false;
      /** unreadable: not a zip, damaged or cut short; too_big: a cap was reached. */
      kind: 'unreadable' | 'too_big';
      message: string;
    };

/**
 * Compressed bytes are handed to the inflater this much at a time, so no step
 * can produce much more than the caps before they are checked (deflate
 * expands at most about 1,000 times: 16 KB in, at most about 16 MB out).
 */
const STEP = 16 * 1024;

/**
 * Unzips the entries a reader wants, counting the bytes as they come out of
 * the inflater and stopping at the first cap: the sizes in the archive's
 * headers are never trusted, so a 300 KB zip that inflates to 300 MB stops
 * after the cap's worth, with a message saying which entry and which cap.
 */
export function unzipBounded(
  bytes: Uint8Array,
  wanted: (path: string) => boolean,
  limits: Pick<ReadLimits, 'entryBytes' | 'totalBytes' | 'entries'>,
): BoundedUnzip {
  const files = new Map<string, Uint8Array>();
  const open = new Set<string>();
  let entries = 0;
  let total = 0;
  // Set from the inflater's callbacks; read between steps.
  const state: { failure: Extract<BoundedUnzip, { ok: false }> | null } = { failure: null };
  const fail = (kind: 'unreadable' | 'too_big', message: string, file?: UnzipFile) => {
    state.failure ??= { ok: false, kind, message };
    file?.terminate();
  };
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    entries += 1;
    if (state.failure) return;
    if (entries > limits.entries) {
      fail('too_big', `the archive holds more than ${limits.entries.toLocaleString('en')} files`);
      return;
    }
    if (file.name.endsWith('/') || !wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    open.add(file.name);
    file.ondata = (error, chunk, final) => {
      if (state.failure) return;
      if (error) {
        fail('unreadable', `${file.name}: ${error.message}`);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.entryBytes) {
        fail(
          'too_big',
          `the file ${file.name} inflates to more than ${formatBytes(limits.entryBytes)}, more than an import reads from one file`,
          file,
        );
        return;
      }
      if (total > limits.totalBytes) {
        fail(
          'too_big',
          `the archive inflates to more than ${formatBytes(limits.totalBytes)} in all, more than an import reads`,
          file,
        );
        return;
      }
      chunks.push(chunk);
      if (final) {
        open.delete(file.name);
        files.set(file.name, concat(chunks, size));
      }
    };
    try {
      file.start();
    } catch (error) {
      fail(
        'unreadable',
        `${file.name}: ${error instanceof Error ? error.message : 'cannot be read'}`,
      );
    }
  };
  try {
    for (let at = 0; at < bytes.length && !state.failure; at += STEP) {
      unzip.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
    }
  } catch (error) {
    // fflate throws when the data stops inside an entry; say which one.
    const cut = [...open][0];
    fail(
      'unreadable',
      cut !== undefined
        ? `${cut} ends early`
        : error instanceof Error
          ? error.message
          : 'it cannot be read',
    );
  }
  if (state.failure) return state.failure;
  const cut = [...open][0];
  if (cut !== undefined) return { ok: false, kind: 'unreadable', message: `${cut} ends early` };
  if (entries === 0) return { ok: false, kind: 'unreadable', message: 'no entries were found' };
  return { ok: true, files };
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
