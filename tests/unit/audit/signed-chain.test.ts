import { createHash, generateKeyPairSync, sign, verify, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  chainPayload,
  chainPayloadV2,
  GENESIS_HASH,
  ROW_HASH_VERSION,
  verifyDeviceChain,
  type ChainRow,
} from '@shared/audit/chain';
import {
  describeSignedBreak,
  headPayload,
  verifySignedDevice,
  type SignatureChecks,
} from '@shared/audit/signed-chain';

const sha256 = (payload: string): string => createHash('sha256').update(payload).digest('hex');

/** A chain of `legacy` version 1 rows, then `signed` version 2 rows. */
function chain(legacy: number, signed: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= legacy + signed; seq += 1) {
    const v2 = seq > legacy;
    const row: Omit<ChainRow, 'hash'> = {
      id: `row-${seq}`,
      clientId: 'client-1',
      userId: null,
      action: 'question.update',
      resourceType: 'question',
      resourceId: `q-${seq}`,
      changes: null,
      createdAt: `2026-06-01T09:00:${String(seq).padStart(2, '0')}.000Z`,
      deviceId: 'device-1',
      seq,
      prevHash: prev,
      ipAddress: '10.0.0.1',
      hashVersion: v2 ? ROW_HASH_VERSION : null,
    };
    const hash = sha256(v2 ? chainPayloadV2(row) : chainPayload(row));
    rows.push({ ...row, hash });
    prev = hash;
  }
  return rows;
}

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const spki = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
const checks: SignatureChecks = {
  signature: (key, text, signature) =>
    verify(
      null,
      Buffer.from(text),
      createPublicKey({ key: Buffer.from(key, 'base64'), format: 'der', type: 'spki' }),
      Buffer.from(signature, 'base64'),
    ),
  enrolment: null,
};
const entry = {
  deviceId: 'device-1',
  clientId: 'client-1',
  publicKey: spki,
  registeredAt: '2026-06-01T09:00:00.000Z',
  enrolmentMac: null,
};

function headOver(rows: readonly ChainRow[]) {
  const last = rows.at(-1);
  const unsigned = {
    deviceId: 'device-1',
    clientId: 'client-1',
    seq: last?.seq ?? 0,
    hash: last?.hash ?? '',
    signedAt: '2026-06-01T10:00:00.000Z',
  };
  return {
    ...unsigned,
    signature: sign(null, Buffer.from(headPayload(unsigned)), privateKey).toString('base64'),
  };
}

describe('signed chains', () => {
  it('verify legacy rows as they were hashed, then signed rows over every field', () => {
    const rows = chain(3, 3);
    expect(verifyDeviceChain(rows, sha256)).toBeNull();
    expect(
      verifySignedDevice(
        {
          deviceId: 'device-1',
          rows,
          entry,
          head: headOver(rows),
          witnessed: null,
          ownPublicKey: null,
        },
        checks,
      ),
    ).toBeNull();
  });

  it('name a row relabelled as the old hash version after signed rows', () => {
    const rows = chain(1, 3);
    const target = rows[2];
    if (!target) throw new Error('no row 3');
    const relabelled = { ...target, hashVersion: null };
    rows[2] = { ...relabelled, hash: sha256(chainPayload(relabelled)) };
    expect(verifyDeviceChain(rows, sha256)).toMatchObject({ kind: 'downgraded', seq: 3 });
  });

  it('let an older app’s device stand without a key, but not one that wrote signed rows', () => {
    const evidence = {
      deviceId: 'device-1',
      entry: null,
      head: null,
      witnessed: null,
      ownPublicKey: null,
    };
    expect(verifySignedDevice({ ...evidence, rows: chain(4, 0) }, checks)).toBeNull();
    const found = verifySignedDevice({ ...evidence, rows: chain(2, 2) }, checks);
    expect(found).toEqual({ kind: 'unregistered_device', deviceId: 'device-1', seq: 3 });
    expect(found && describeSignedBreak(found)).toBe(
      'Device device-1 wrote signed rows from row 3 on but has no registered key (field device_id names a device the organisation never enrolled).',
    );
  });

  it('name a registered device whose head is not signed, and one signed with another key', () => {
    const rows = chain(0, 3);
    const base = { deviceId: 'device-1', rows, entry, witnessed: null, ownPublicKey: null };
    expect(verifySignedDevice({ ...base, head: null }, checks)).toMatchObject({
      kind: 'unsigned_head',
      seq: 3,
    });
    const other = generateKeyPairSync('ed25519').publicKey;
    const swapped = {
      ...entry,
      publicKey: other.export({ type: 'spki', format: 'der' }).toString('base64'),
    };
    expect(
      verifySignedDevice({ ...base, entry: swapped, head: headOver(rows) }, checks),
    ).toMatchObject({
      kind: 'bad_signature',
      seq: 3,
    });
  });
});
