/**
 * What one push request of `@tursodatabase/sync` carries, read from its body.
 *
 * The engine sends each batch of a push as one hrana `/v2/pipeline` batch:
 * `BEGIN IMMEDIATE`, `CREATE TABLE IF NOT EXISTS turso_sync_last_change_id`,
 * one step per row change, the upsert of this device's mark into
 * `turso_sync_last_change_id` (the last local change id in the batch), and
 * `COMMIT`. The server commits the rows and the mark together, and the next
 * push starts after the mark. So a batch holds (steps - 4) row changes, and
 * once the server has answered it, every change up to its mark is there.
 *
 * This reads the engine's wire format, which a later engine may change; then
 * `describePushRequest` returns null and progress falls back to bytes. The
 * integration test checks the count against the change log on the real server.
 */
export interface PushBatch {
  /** Row changes in this request. */
  rowChanges: number;
  /** The last local change id it sends: the server's mark once it commits. */
  watermark: number;
  /** Body size in bytes. */
  bytes: number;
}

const STEP = Buffer.from('"stmt":{');
const MARK_UPSERT = Buffer.from('"sql":"INSERT INTO turso_sync_last_change_id(');
/** The framing steps around the row changes: BEGIN, CREATE TABLE, the mark upsert, COMMIT. */
const FRAMING_STEPS = 4;
/** The mark upsert's statement and arguments fit in this many bytes after its start. */
const MARK_TAIL_BYTES = 1_024;
const INTEGER_ARG = /"type":"integer","value":"?(-?\d+)"?/g;

function bytesOf(body: unknown): Buffer | null {
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return null;
}

/** The batch a push request body sends, or null for any other request (the mark lookup, pulls). */
export function describePushRequest(body: unknown): PushBatch | null {
  const buf = bytesOf(body);
  if (!buf) return null;
  const mark = buf.lastIndexOf(MARK_UPSERT);
  if (mark === -1) return null;
  let steps = 0;
  for (let at = buf.indexOf(STEP); at !== -1; at = buf.indexOf(STEP, at + STEP.length)) steps += 1;
  // The upsert's arguments are (client id, pull generation, change id): its last integer is the mark.
  const tail = buf.subarray(mark, Math.min(buf.length, mark + MARK_TAIL_BYTES)).toString('utf8');
  const args = tail.slice(0, tail.indexOf('"named_args"'));
  const integers = [...args.matchAll(INTEGER_ARG)].map((m) => Number(m[1]));
  const watermark = integers.length === 2 ? integers[1] : undefined;
  if (watermark === undefined || !Number.isSafeInteger(watermark) || steps < FRAMING_STEPS) {
    return null;
  }
  return { rowChanges: steps - FRAMING_STEPS, watermark, bytes: buf.length };
}
