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
 * On the wire a step may carry several row changes: the compact statements
 * of consecutive changes are merged into one `INSERT OR REPLACE … VALUES
 * (…),(…)` (./push-merge.ts), each row one change.
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

const MERGEABLE = Buffer.from('"sql":"INSERT OR REPLACE INTO ');
const QUOTE = 0x27; // '
const DOUBLE_QUOTE = 0x22; // "
const CLOSE = 0x29; // )
const COMMA = 0x2c; // ,
const OPEN = 0x28; // (

/**
 * The rows past the first of each compact statement in `buf`: `),(` outside
 * the statement's quoted literals. Outside them the statement holds no `"`
 * (its names are plain), so the first one there ends its JSON string.
 */
function extraRows(buf: Buffer): number {
  let extra = 0;
  for (let at = buf.indexOf(MERGEABLE); at !== -1; at = buf.indexOf(MERGEABLE, at + 1)) {
    let quoted = false;
    for (let i = at + MERGEABLE.length; i < buf.length; i += 1) {
      const byte = buf[i];
      if (byte === QUOTE) quoted = !quoted;
      else if (quoted) continue;
      else if (byte === DOUBLE_QUOTE) break;
      else if (byte === CLOSE && buf[i + 1] === COMMA && buf[i + 2] === OPEN) extra += 1;
    }
  }
  return extra;
}

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
  return { rowChanges: steps - FRAMING_STEPS + extraRows(buf), watermark, bytes: buf.length };
}
