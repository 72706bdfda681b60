import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  type KeyObject,
} from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SyncClient } from '@db/client';
import { sha256Hex } from '@db/repositories/audit-logs';
import { AUDIT_KEY_FILE } from '@main/services/audit/device-key';
import { WITNESS_FILE } from '@main/services/audit/witness-file';
import { rowPayload } from '@shared/audit/chain';
import { headPayload } from '@shared/audit/signed-chain';
import { readAuditRows } from '../../helpers/audit';
import { startSyncServer, type SyncServer } from '../../helpers/sync-server';
import { trueFalseQuestion } from '../../helpers/question-content';
import { enrolledPair, rows, syncOk, type Device } from '../sync/support/devices';

/** Two enrolled devices that each wrote history, synced so that each has witnessed the other. */
async function witnessingPair(server: SyncServer): Promise<{ a: Device; b: Device }> {
  const { a, b } = await enrolledPair(server);
  for (const [device, label] of [
    [a, 'A'],
    [b, 'B'],
  ] as const) {
    for (let i = 0; i < 3; i += 1) {
      await device.admin.ok('questions.create', {
        content: trueFalseQuestion(`Written on ${label} ${i}`),
      });
    }
  }
  await syncOk(a);
  await syncOk(b);
  await syncOk(a);
  expect(await a.admin.ok('audit.verify', {})).toMatchObject({ ok: true, firstBreak: null });
  expect(await b.admin.ok('audit.verify', {})).toMatchObject({ ok: true, firstBreak: null });
  return { a, b };
}

const short = (id: string) => id.slice(0, 8);

/** What a database editor does after changing a row: every later row and the head re-hashed (no key needed). */
async function rehashFrom(client: SyncClient, deviceId: string, fromSeq: number): Promise<void> {
  const chain = (await readAuditRows(client)).filter((r) => r.deviceId === deviceId);
  let prev = chain[fromSeq - 2]?.hash ?? null;
  for (const row of chain.filter((r) => (r.seq ?? 0) >= fromSeq)) {
    const rehashed = { ...row, prevHash: prev ?? row.prevHash };
    const hash = sha256Hex(rowPayload(rehashed));
    await client.run(
      'UPDATE audit_logs SET prev_hash = ?, hash = ? WHERE id = ?',
      rehashed.prevHash,
      hash,
      row.id,
    );
    prev = hash;
  }
  await client.run('UPDATE audit_chain_heads SET hash = ? WHERE device_id = ?', prev, deviceId);
}

async function tipOf(client: SyncClient, deviceId: string): Promise<{ seq: number; hash: string }> {
  const [tip] = (await client.all(
    'SELECT seq, hash FROM audit_logs WHERE device_id = ? ORDER BY seq DESC LIMIT 1',
    deviceId,
  )) as Array<{ seq: number; hash: string }>;
  if (!tip) throw new Error('no rows');
  return tip;
}

/** Signs a device's signed head over its current tip with `key` (the attacker's, or a stolen one). */
async function resignHead(client: SyncClient, deviceId: string, key: KeyObject): Promise<void> {
  const tip = await tipOf(client, deviceId);
  const [head] = (await client.all(
    'SELECT client_id, signed_at FROM audit_signed_heads WHERE device_id = ?',
    deviceId,
  )) as Array<{ client_id: string; signed_at: string }>;
  const payload = headPayload({
    deviceId,
    clientId: head?.client_id ?? null,
    seq: tip.seq,
    hash: tip.hash,
    signedAt: head?.signed_at ?? '',
  });
  await client.run(
    'UPDATE audit_signed_heads SET seq = ?, hash = ?, signature = ? WHERE device_id = ?',
    tip.seq,
    tip.hash,
    sign(null, Buffer.from(payload), key).toString('base64'),
    deviceId,
  );
}

const spki = (key: KeyObject) =>
  createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64');

async function rowOf(client: SyncClient, deviceId: string, seq: number): Promise<string> {
  const [row] = (await client.all(
    'SELECT id FROM audit_logs WHERE device_id = ? AND seq = ?',
    deviceId,
    seq,
  )) as Array<{ id: string }>;
  if (!row) throw new Error(`no row ${seq}`);
  return row.id;
}

describe('signed audit chains against the real sync server', () => {
  it('keeps the private key out of the database and the witness file in the data folder, owner only', async () => {
    const server = await startSyncServer();
    const { a, b } = await witnessingPair(server);
    const keyFile = JSON.parse(readFileSync(join(a.core.dataDir, AUDIT_KEY_FILE), 'utf8')) as {
      publicKey: string;
      privateKey: { value: string };
    };
    const pemBody = keyFile.privateKey.value.split('\n').slice(1, 3).join('');
    for (const device of [a, b]) {
      expect(statSync(join(device.core.dataDir, WITNESS_FILE)).mode & 0o777).toBe(0o600);
      expect(statSync(join(device.core.dataDir, AUDIT_KEY_FILE)).mode & 0o777).toBe(0o600);
    }
    const dbBytes = readFileSync(join(a.core.dataDir, 'exam.db')).toString('latin1');
    expect(dbBytes).not.toContain(pemBody.slice(0, 40));
    const onServer = await server.query('SELECT public_key FROM device_keys ORDER BY device_id');
    expect(onServer.map((r) => r.public_key)).toContain(keyFile.publicKey);
    const witness = JSON.parse(readFileSync(join(b.core.dataDir, WITNESS_FILE), 'utf8')) as {
      organisations: Record<string, Record<string, { seq: number }>>;
    };
    const [org] = await rows<{ id: string }>(b, 'SELECT id FROM clients');
    const seenOfA = witness.organisations[org?.id ?? '']?.[a.core.device.deviceId];
    expect(seenOfA?.seq).toBe((await tipOf(a.core.database.client, a.core.device.deviceId)).seq);
  });

  it('names an edited row whose chain and head were re-hashed', async () => {
    const server = await startSyncServer();
    const { a, b } = await witnessingPair(server);
    const victim = b.core.device.deviceId;
    const client = a.core.database.client;
    await client.run(
      'UPDATE audit_logs SET changes = \'{"text":[null,"Never written"]}\' WHERE id = ?',
      await rowOf(client, victim, 2),
    );
    await rehashFrom(client, victim, 2);
    const result = await a.admin.ok('audit.verify', {});
    expect(result.ok).toBe(false);
    expect(result.firstBreak).toMatchObject({
      kind: 'witness_mismatch',
      deviceId: victim,
      field: 'hash',
    });
    expect(result.firstBreak?.message).toMatch(
      new RegExp(
        `^Row \\d+ from device ${short(victim)} is not the row this computer saw there before \\(field hash\\)`,
      ),
    );
  });

  it('names an edited row of its own chain re-hashed with the signed head’s hash copied in', async () => {
    const server = await startSyncServer();
    const { a } = await witnessingPair(server);
    const self = a.core.device.deviceId;
    const client = a.core.database.client;
    await client.run(
      "UPDATE audit_logs SET action = 'question.nothing' WHERE id = ?",
      await rowOf(client, self, 3),
    );
    await rehashFrom(client, self, 3);
    const tip = await tipOf(client, self);
    await client.run('UPDATE audit_signed_heads SET hash = ? WHERE device_id = ?', tip.hash, self);
    const result = await a.admin.ok('audit.verify', {});
    expect(result.firstBreak).toMatchObject({
      deviceId: self,
      kind: 'witness_mismatch',
      field: 'hash',
    });
    // Without the witness file, the signature no longer verifies.
    rmSync(join(a.core.dataDir, WITNESS_FILE));
    const unwitnessed = await a.admin.ok('audit.verify', {});
    expect(unwitnessed.firstBreak).toMatchObject({
      deviceId: self,
      kind: 'bad_signature',
      field: 'signature',
      seq: tip.seq,
    });
    expect(unwitnessed.firstBreak?.message).toContain(`device ${short(self)} at row ${tip.seq}`);
  });

  it('names a changed ip_address', async () => {
    const server = await startSyncServer();
    const { a, b } = await witnessingPair(server);
    const victim = b.core.device.deviceId;
    const client = a.core.database.client;
    await client.run(
      "UPDATE audit_logs SET ip_address = '203.0.113.9' WHERE id = ?",
      await rowOf(client, victim, 2),
    );
    const result = await a.admin.ok('audit.verify', {});
    expect(result.firstBreak).toMatchObject({
      kind: 'hash_mismatch',
      deviceId: victim,
      seq: 2,
    });
    expect(result.firstBreak?.field).toBe(
      'hash (over every field of the row, ip_address and device_id included)',
    );
    expect(result.firstBreak?.message).toMatch(
      new RegExp(`^Row 2 from device ${short(victim)} .* was changed after it was written\\.$`),
    );
  });

  it('names a forged row with no device', async () => {
    const server = await startSyncServer();
    const { a, b } = await witnessingPair(server);
    const [org] = await rows<{ id: string }>(a, 'SELECT id FROM clients');
    await b.core.database.client.run(
      `INSERT INTO audit_logs (id, client_id, user_id, action, resource_type, resource_id, changes, created_at)
       VALUES ('forged-row-1', ?, NULL, 'results.regrade', 'attempt', 'x', '{}', '2026-01-01T00:00:00.000Z')`,
      org?.id,
    );
    // It reaches the other computer like any row, and is named there too.
    await syncOk(b);
    await syncOk(a);
    for (const device of [a, b]) {
      const result = await device.admin.ok('audit.verify', {});
      expect(result.firstBreak).toMatchObject({
        kind: 'unattributed_row',
        rowId: 'forged-row-1',
        field: 'device_id',
      });
      expect(result.firstBreak?.message).toMatch(
        /^Row forged-r \(results\.regrade at .*\) has no device/,
      );
    }
  });

  it('names a device whose rows, heads, key and enrolment were all deleted', async () => {
    const server = await startSyncServer();
    const { a, b } = await witnessingPair(server);
    const victim = b.core.device.deviceId;
    const client = a.core.database.client;
    const seen = await tipOf(client, victim);
    for (const table of ['audit_logs', 'audit_chain_heads', 'audit_signed_heads', 'device_keys'])
      await client.run(`DELETE FROM ${table} WHERE device_id = ?`, victim);
    await client.run('DELETE FROM devices WHERE id = ?', victim);
    const result = await a.admin.ok('audit.verify', {});
    expect(result.firstBreak).toMatchObject({
      kind: 'missing_chain',
      deviceId: victim,
      seq: seen.seq,
      field: 'seq',
    });
    expect(result.firstBreak?.message).toBe(
      `Every row of device ${short(victim)} is gone (field seq: row ${seen.seq} was written and none remains): the device's whole history was deleted.`,
    );
  });

  it('names a device whose rows and head were deleted on a computer that never witnessed it', async () => {
    const server = await startSyncServer();
    const { a, b } = await witnessingPair(server);
    const victim = b.core.device.deviceId;
    rmSync(join(a.core.dataDir, WITNESS_FILE));
    const client = a.core.database.client;
    await client.run('DELETE FROM audit_logs WHERE device_id = ?', victim);
    await client.run('DELETE FROM audit_chain_heads WHERE device_id = ?', victim);
    const result = await a.admin.ok('audit.verify', {});
    expect(result.ok).toBe(false);
    expect(result.firstBreak).toMatchObject({ kind: 'missing_chain', deviceId: victim });
  });

  it('names a key swapped in the registry, its own or another device’s', async () => {
    const server = await startSyncServer();
    const { a, b } = await witnessingPair(server);
    const victim = b.core.device.deviceId;
    const client = a.core.database.client;
    const { privateKey: forger } = generateKeyPairSync('ed25519');
    await client.run(
      "UPDATE audit_logs SET changes = '{}' WHERE id = ?",
      await rowOf(client, victim, 2),
    );
    await rehashFrom(client, victim, 2);
    await client.run(
      'UPDATE device_keys SET public_key = ? WHERE device_id = ?',
      spki(forger),
      victim,
    );
    await resignHead(client, victim, forger);
    const result = await a.admin.ok('audit.verify', {});
    expect(result.firstBreak).toMatchObject({
      kind: 'key_not_enrolled',
      deviceId: victim,
      field: 'enrolment_mac',
    });
    expect(result.firstBreak?.message).toContain(
      `registered for device ${short(victim)} was not enrolled`,
    );

    const self = a.core.device.deviceId;
    await b.core.database.client.run(
      'UPDATE device_keys SET public_key = ? WHERE device_id = ?',
      spki(forger),
      b.core.device.deviceId,
    );
    const own = await b.admin.ok('audit.verify', {});
    expect(own.firstBreak).toMatchObject({ kind: 'own_key_changed', field: 'public_key' });
    expect(self).not.toBe(b.core.device.deviceId);
  });

  it('names a witness mismatch even when the rewrite is signed with the device’s own stolen key', async () => {
    const server = await startSyncServer();
    const { a, b } = await witnessingPair(server);
    const victim = b.core.device.deviceId;
    // The plain fallback (tests, preview) keeps the key in the data folder: stolen with the laptop.
    const stolen = JSON.parse(readFileSync(join(b.core.dataDir, AUDIT_KEY_FILE), 'utf8')) as {
      privateKey: { value: string };
    };
    const key = createPrivateKey(stolen.privateKey.value);
    const client = a.core.database.client;
    const seen = await tipOf(client, victim);
    await client.run(
      "UPDATE audit_logs SET changes = '{}' WHERE id = ?",
      await rowOf(client, victim, 2),
    );
    await rehashFrom(client, victim, 2);
    await resignHead(client, victim, key);
    const result = await a.admin.ok('audit.verify', {});
    expect(result.firstBreak).toMatchObject({
      kind: 'witness_mismatch',
      deviceId: victim,
      seq: seen.seq,
      field: 'hash',
    });
    expect(result.firstBreak?.message).toBe(
      `Row ${seen.seq} from device ${short(victim)} is not the row this computer saw there before (field hash): its history was rewritten.`,
    );
  });

  it('names a rewrite of the server database on a device that saw the original', async () => {
    const server = await startSyncServer();
    const { a, b } = await witnessingPair(server);
    const victim = b.core.device.deviceId;
    // A valid signed head of B's, kept by whoever reads the server database.
    const [old] = await server.query(
      'SELECT seq, hash, signed_at, signature FROM audit_signed_heads WHERE device_id = ?',
      [victim],
    );
    // B goes on writing; A pulls and witnesses it.
    for (let i = 0; i < 2; i += 1)
      await b.admin.ok('questions.create', {
        content: {
          type: 'true_false',
          text: `Later on B ${i}`,
          options: null,
          key: { value: true },
          marks: 1,
          difficulty: 'easy',
          tags: [],
          settings: {},
        },
      });
    await syncOk(b);
    await syncOk(a);
    const seen = await tipOf(a.core.database.client, victim);
    expect(seen.seq).toBeGreaterThan(Number(old?.seq));
    // On the server: B's history rolled back to the old, validly signed head.
    await server.query('DELETE FROM audit_logs WHERE device_id = ? AND seq > ?', [
      victim,
      BigInt(Number(old?.seq)),
    ]);
    await server.query('UPDATE audit_chain_heads SET seq = ?, hash = ? WHERE device_id = ?', [
      BigInt(Number(old?.seq)),
      old?.hash ?? null,
      victim,
    ]);
    await server.query(
      'UPDATE audit_signed_heads SET seq = ?, hash = ?, signed_at = ?, signature = ? WHERE device_id = ?',
      [
        BigInt(Number(old?.seq)),
        old?.hash ?? null,
        old?.signed_at ?? null,
        old?.signature ?? null,
        victim,
      ],
    );
    await syncOk(a);
    expect((await tipOf(a.core.database.client, victim)).seq).toBe(Number(old?.seq));
    const result = await a.admin.ok('audit.verify', {});
    expect(result.firstBreak).toMatchObject({
      kind: 'witness_truncated',
      deviceId: victim,
      seq: seen.seq,
      field: 'seq',
    });
    expect(result.firstBreak?.message).toBe(
      `Rows ${Number(old?.seq) + 1} to ${seen.seq} from device ${short(victim)} were deleted (field seq): ${seen.seq} rows were signed and seen, ${Number(old?.seq)} remain.`,
    );
  });
});
