import { ROW_HASH_VERSION, type ChainRow } from './chain';

/**
 * Signed chains: what a device's key and the organisation's registry add to
 * the hash chain of shared/audit/chain.ts. Pure; the signature and MAC checks
 * are supplied by main (node:crypto), which alone holds keys.
 */

/** The newest head a device signed: its chain up to `seq` ends in `hash`. */
export interface SignedHead {
  deviceId: string;
  clientId: string | null;
  seq: number;
  hash: string;
  signedAt: string;
  signature: string;
}

/** The exact text a device signs for its head (canonical: a JSON array of strings and integers). */
export const headPayload = (head: Omit<SignedHead, 'signature'>): string =>
  JSON.stringify([
    'exam-desk audit head v1',
    head.clientId,
    head.deviceId,
    head.seq,
    head.hash,
    head.signedAt,
  ]);

/** A device's public key as the organisation's registry holds it. */
export interface DeviceKeyEntry {
  deviceId: string;
  clientId: string | null;
  /** Ed25519, base64 SPKI DER. */
  publicKey: string;
  registeredAt: string;
  /** HMAC-SHA256 of `registryPayload` under the organisation's registry key; null where the enrolling device had none. */
  enrolmentMac: string | null;
}

/** The exact text the registry MAC is over. */
export const registryPayload = (entry: Omit<DeviceKeyEntry, 'enrolmentMac'>): string =>
  JSON.stringify([
    'exam-desk device key v1',
    entry.clientId,
    entry.deviceId,
    entry.publicKey,
    entry.registeredAt,
  ]);

/** What this device saw of another's chain after a pull, kept outside the synced database. */
export interface WitnessedHead {
  publicKey: string;
  seq: number;
  hash: string;
  seenAt: string;
}

export type SignedChainBreak =
  | { kind: 'unattributed_row'; rowId: string; action: string; createdAt: string | null }
  | { kind: 'own_key_changed'; deviceId: string }
  | { kind: 'key_not_enrolled'; deviceId: string }
  | { kind: 'key_changed'; deviceId: string }
  | { kind: 'unregistered_device'; deviceId: string; seq: number }
  | { kind: 'missing_chain'; deviceId: string; seq: number }
  | { kind: 'unsigned_head'; deviceId: string; seq: number }
  | { kind: 'bad_signature'; deviceId: string; seq: number }
  | { kind: 'signed_head_mismatch'; deviceId: string; seq: number }
  | { kind: 'witness_truncated'; deviceId: string; seq: number; lastSeq: number }
  | { kind: 'witness_mismatch'; deviceId: string; seq: number };

/** The checks main supplies: each says whether the text verifies; none sees a private key. */
export interface SignatureChecks {
  /** The Ed25519 signature of `text` under `publicKey`. */
  signature(publicKey: string, text: string, signature: string): boolean;
  /** The registry MAC; null when this device holds no registry key (not enrolled) and cannot tell. */
  enrolment: ((text: string, mac: string | null) => boolean) | null;
}

export interface DeviceEvidence {
  deviceId: string;
  /** The device's rows, sorted by seq, whose hash chain already verified. */
  rows: readonly ChainRow[];
  entry: DeviceKeyEntry | null;
  head: SignedHead | null;
  witnessed: WitnessedHead | null;
  /** This device's own public key, when the device checked is the one verifying. */
  ownPublicKey: string | null;
}

/**
 * The first thing wrong with one device's signed chain, or null. Order: who
 * the key belongs to, what any witness saw, then the signed head itself.
 */
export function verifySignedDevice(
  evidence: DeviceEvidence,
  checks: SignatureChecks,
): SignedChainBreak | null {
  const { deviceId, rows, entry, head, witnessed, ownPublicKey } = evidence;
  const lastSeq = rows.at(-1)?.seq ?? 0;
  const hashAt = (seq: number): string | null => rows[seq - 1]?.hash ?? null;

  if (ownPublicKey !== null && entry !== null && entry.publicKey !== ownPublicKey)
    return { kind: 'own_key_changed', deviceId };
  if (entry !== null) {
    if (checks.enrolment && !checks.enrolment(registryPayload(entry), entry.enrolmentMac))
      return { kind: 'key_not_enrolled', deviceId };
    if (witnessed && witnessed.publicKey !== entry.publicKey)
      return { kind: 'key_changed', deviceId };
  }
  if (witnessed) {
    if (lastSeq < witnessed.seq)
      return rows.length === 0
        ? { kind: 'missing_chain', deviceId, seq: witnessed.seq }
        : { kind: 'witness_truncated', deviceId, seq: witnessed.seq, lastSeq };
    if (hashAt(witnessed.seq) !== witnessed.hash)
      return { kind: 'witness_mismatch', deviceId, seq: witnessed.seq };
    // A key once seen, now gone, was removed to make the device look unsigned.
    if (entry === null) return { kind: 'key_changed', deviceId };
  }
  if (entry === null) {
    const firstSigned = rows.find((r) => r.hashVersion === ROW_HASH_VERSION);
    // Only an older app's rows may stand without a key; it never hashed every field.
    if (firstSigned) return { kind: 'unregistered_device', deviceId, seq: firstSigned.seq ?? 0 };
    return null;
  }
  // Every registered device wrote its registration into its own chain, so none has no rows.
  if (rows.length === 0) return { kind: 'missing_chain', deviceId, seq: head?.seq ?? 1 };
  if (!head) return { kind: 'unsigned_head', deviceId, seq: lastSeq };
  if (!checks.signature(entry.publicKey, headPayload(head), head.signature))
    return { kind: 'bad_signature', deviceId, seq: head.seq };
  if (lastSeq < head.seq) return { kind: 'witness_truncated', deviceId, seq: head.seq, lastSeq };
  if (hashAt(head.seq) !== head.hash)
    return { kind: 'signed_head_mismatch', deviceId, seq: head.seq };
  return null;
}

/** The field of the row or record where a break shows, as the auditor reads it. */
export function breakField(kind: string): string {
  switch (kind) {
    case 'hash_mismatch':
      return 'hash (over every field of the row, ip_address and device_id included)';
    case 'prev_mismatch':
      return 'prev_hash';
    case 'downgraded':
      return 'hash_version';
    case 'missing_row':
    case 'truncated':
    case 'witness_truncated':
    case 'missing_chain':
      return 'seq';
    case 'unattributed_row':
    case 'unregistered_device':
      return 'device_id';
    case 'own_key_changed':
    case 'key_changed':
      return 'public_key';
    case 'key_not_enrolled':
      return 'enrolment_mac';
    case 'unsigned_head':
    case 'bad_signature':
      return 'signature';
    case 'missing_save':
      return 'last_save_hash';
    default:
      return 'hash';
  }
}

const short = (id: string): string => id.slice(0, 8);

/** A signed-chain break in words: the device, the sequence number and the field. */
export function describeSignedBreak(b: SignedChainBreak): string {
  if (b.kind === 'unattributed_row')
    return `Row ${short(b.rowId)} (${b.action}${b.createdAt ? ` at ${b.createdAt}` : ''}) has no device (field device_id is empty): no device's chain vouches for it, so it was added outside the app.`;
  const device = `device ${short(b.deviceId)}`;
  switch (b.kind) {
    case 'own_key_changed':
      return `The registry's public key for this computer (${device}, field public_key) is not the key this computer holds: it was swapped in the database.`;
    case 'key_not_enrolled':
      return `The public key registered for ${device} was not enrolled by the organisation (field enrolment_mac does not match): the key was swapped or added outside the app.`;
    case 'key_changed':
      return `The public key of ${device} (field public_key) is not the one this computer saw before: the key in the registry was swapped or removed.`;
    case 'unregistered_device':
      return `Device ${short(b.deviceId)} wrote signed rows from row ${b.seq} on but has no registered key (field device_id names a device the organisation never enrolled).`;
    case 'missing_chain':
      return `Every row of ${device} is gone (field seq: row ${b.seq} was written and none remains): the device's whole history was deleted.`;
    case 'unsigned_head':
      return `Device ${short(b.deviceId)} has a registered key but its chain head, at row ${b.seq}, has no signature (field signature).`;
    case 'bad_signature':
      return `The signed head of ${device} at row ${b.seq} does not verify with its registered key (field signature): its chain was rewritten and re-hashed.`;
    case 'signed_head_mismatch':
      return `Row ${b.seq} from ${device} is not the row its signed head names (field hash): the chain was rewritten up to there.`;
    case 'witness_truncated':
      return `Rows ${b.lastSeq + 1} to ${b.seq} from ${device} were deleted (field seq): ${b.seq} rows were signed and seen, ${b.lastSeq} remain.`;
    case 'witness_mismatch':
      return `Row ${b.seq} from ${device} is not the row this computer saw there before (field hash): its history was rewritten.`;
  }
}
