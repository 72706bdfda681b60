/**
 * How big a push may get, in one place: the engine option that splits a push
 * into requests, the bounds that keep each request small in bytes, and the
 * limit past which a waiting transaction is refused instead of pushed.
 *
 * Why a bound is needed at all: `@tursodatabase/sync` 0.7.2 hands every push
 * request body to JavaScript as an array with one element per byte. V8 refuses
 * arrays longer than `ENGINE_BODY_CRASH_BYTES`, and the refusal aborts the
 * whole process (not a catchable error); below that, the process holds about
 * 28 bytes of memory and blocks its main thread for 110–250 ms per MiB of body.
 * The fix (a `Buffer` body, tursodatabase/turso PR #8635) is not in a release
 * yet, so the app keeps every request small on its own.
 *
 * How the engine splits a push: it collects row changes and closes a request
 * at the first commit once it holds at least `PUSH_OPERATIONS_THRESHOLD` of
 * them. It counts and never weighs, and never splits a transaction, so one
 * request is fewer than that many row changes from earlier transactions plus
 * one whole transaction. Three rules bound the bytes (db/transaction.ts and
 * db/sync/push-seal.ts keep them for every transaction the app writes):
 *
 * - every transaction is measured before it commits and refused over
 *   `MAX_TRANSACTION_BYTES`;
 * - a row change over `THIN_ROW_CHANGE_BYTES` (a long essay, a big question)
 *   is "fat": once the fat row changes committed since the last seal reach
 *   `SEAL_AFTER_FAT_BYTES`, a seal follows, one transaction of
 *   `PUSH_OPERATIONS_THRESHOLD` tiny row changes. The engine closes a request
 *   at the seal's commit, so no request holds fat rows from both sides of one;
 * - so a request holds at most threshold - 1 thin row changes, fat ones below
 *   the seal budget, and one transaction:
 *
 *   largest request <= (threshold - 1) x thin row change + seal budget + largest transaction
 */
const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * Row changes per push request. An answer save is four row changes (answer,
 * clock, audit row, chain head) of about 1.2 KB of body each, so 256 makes
 * requests of about 64 saves, 0.3 MB: each one holds the main thread for tens
 * of milliseconds, and the whole push takes no longer than with bigger
 * requests (measured with `npm run bench:push`; the README has the figures).
 */
export const PUSH_OPERATIONS_THRESHOLD = 256;

/** A row change estimated over this is fat: it counts towards the next seal. */
export const THIN_ROW_CHANGE_BYTES = 16 * KiB;

/** Fat row changes committed since the last seal, estimated, before the next seal is written. */
export const SEAL_AFTER_FAT_BYTES = 4 * MiB;

/** The most estimated push body one transaction may make (`estimatePushBodyBytes`). */
export const MAX_TRANSACTION_BYTES = 7 * MiB;

/** No push request may be larger than this: small enough for a slow line and a small machine. */
export const MAX_REQUEST_BYTES = 16 * MiB;

/** The V8 array limit: a push request body this long aborts the process in the 0.7.2 engine. */
export const ENGINE_BODY_CRASH_BYTES = 134_217_725;

/**
 * A transaction already waiting to be sent whose estimate is over this is not
 * pushed at all: pushing it would abort the app at every start. The estimate
 * was at least 1.07 times the real body for every kind of row measured (text
 * full of control characters aside), so a transaction near the crash size is
 * estimated over 137 MiB; the limit sits lower for a margin, and what it turns
 * away (bodies of tens of MiB) would need gigabytes of memory to push anyway.
 */
export const REFUSE_PENDING_TRANSACTION_BYTES = 96 * MiB;

/**
 * Per-step framing of a row change in the request (SQL text, column names,
 * JSON): about 250 bytes plus 3 x name length + 55 per column, measured; this
 * covers the widest table (`question_versions`, 16 columns).
 */
export const ROW_CHANGE_FRAMING_BYTES = 1_600;

/** The largest request the rules allow: the bound they must keep under `MAX_REQUEST_BYTES`. */
export function worstCaseRequestBytes(
  threshold = PUSH_OPERATIONS_THRESHOLD,
  thinRowChangeBytes = THIN_ROW_CHANGE_BYTES,
  sealAfterFatBytes = SEAL_AFTER_FAT_BYTES,
  transactionBytes = MAX_TRANSACTION_BYTES,
): number {
  return (threshold - 1) * thinRowChangeBytes + sealAfterFatBytes + transactionBytes;
}

/**
 * Estimated push body of a write path's transaction, for bounded writes:
 * about 1 MiB, so each request of an import holds the main thread for a
 * fraction of a second, well under `MAX_TRANSACTION_BYTES`.
 */
export const BOUNDED_WRITE_BYTES = 1 * MiB;

/**
 * The push body a new row makes, estimated from its values before it is
 * written (the bounded writes plan their chunks with it): its JSON text
 * twice, for escaping, plus the framing of one step.
 */
export function estimateRowBytes(values: Readonly<Record<string, unknown>>): number {
  return 2 * utf8Length(JSON.stringify(values)) + ROW_CHANGE_FRAMING_BYTES;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** What the change log says about a set of row changes: how many, and their stored sizes in bytes. */
export interface ChangeSetSize {
  rowChanges: number;
  /** Bytes of the new rows (inserts) and changed columns (updates) as the change log stores them. */
  payloadBytes: number;
}

/**
 * The push body a set of row changes makes, from the change log alone. Values
 * are sent as JSON text (twice the stored bytes covers escaping and hex for
 * blobs), plus the framing of each step.
 */
export function estimatePushBodyBytes(size: ChangeSetSize): number {
  return 2 * size.payloadBytes + size.rowChanges * ROW_CHANGE_FRAMING_BYTES;
}

/** The limits the sync runner applies; tests pass smaller ones so a refusal needs no 100 MB of data. */
export interface PushLimits {
  refusePendingTransactionBytes: number;
}

export const DEFAULT_PUSH_LIMITS: PushLimits = {
  refusePendingTransactionBytes: REFUSE_PENDING_TRANSACTION_BYTES,
};

/** What a person reads when a write is refused because its one transaction would be too large to push. */
export function transactionTooLargeMessage(
  estimatedBytes: number,
  rowChanges: number,
  limitBytes: number,
): string {
  return `This change is too large to send to the organisation server in one piece (about ${mb(estimatedBytes)} MB in ${rowChanges.toLocaleString('en-GB')} row changes; the limit is ${mb(limitBytes)} MB). Nothing was saved; make the change in smaller parts.`;
}

const mb = (bytes: number) => Math.ceil(bytes / MiB).toLocaleString('en-GB');

/** What a person reads when a waiting transaction is too large to send. */
export function pendingTooLargeMessage(
  estimatedBytes: number,
  rowChanges: number,
  limitBytes: number,
): string {
  return `A change waiting on this computer is too large to send in one piece (about ${mb(estimatedBytes)} MB in ${rowChanges.toLocaleString('en-GB')} row changes; the limit is ${mb(limitBytes)} MB), so sync is held back. Work saved here stays here and the app keeps working; an admin can use "Export unsent changes" in the sync panel and contact support.`;
}
