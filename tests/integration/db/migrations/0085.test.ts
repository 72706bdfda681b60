import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { migrations } from '@db/migrations/index';
import { chainRows, sha256Hex } from '@db/repositories/audit-logs';
import {
  chainPayload,
  chainPayloadV2,
  GENESIS_HASH,
  ROW_HASH_VERSION,
  verifyDeviceChain,
} from '@shared/audit/chain';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';
/** The version before this one: what a database of the previous app holds. */
const previous = Math.max(...migrations.map((m) => m.version).filter((v) => v < 85));
const tenant = { clientId: 'c-1', profileId: 'p-1', role: 'admin' as const };

/** Two rows of device d-1 hashed as the previous app hashed them (every field but ip_address). */
function legacyRows() {
  const first = {
    id: 'r-1',
    clientId: 'c-1',
    userId: 'p-1',
    action: 'question.create',
    resourceType: 'question',
    resourceId: 'q-1',
    changes: '{"text":[null,"One"]}',
    createdAt: '2026-05-01T08:00:00.000Z',
    deviceId: 'd-1',
    seq: 1,
    prevHash: GENESIS_HASH,
  };
  const firstHash = sha256Hex(chainPayload(first));
  const second = { ...first, id: 'r-2', action: 'question.update', seq: 2, prevHash: firstHash };
  return [
    { ...first, hash: firstHash },
    { ...second, hash: sha256Hex(chainPayload(second)) },
  ];
}

describe('migration 0085 (signed audit)', () => {
  it('keeps the previous version’s rows as they were hashed, adds the registry and signed heads, and a signed row chains on', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    const c = db.client;
    await c.exec(`
      INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
      INSERT INTO profiles (id, name, email, client_id) VALUES ('p-1', 'Sam', 'sam@example.org', 'c-1');
    `);
    for (const r of legacyRows()) {
      await c.run(
        `INSERT INTO audit_logs (id, client_id, user_id, action, resource_type, resource_id, changes, ip_address, created_at, device_id, seq, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, '10.0.0.7', ?, ?, ?, ?, ?)`,
        r.id,
        r.clientId,
        r.userId,
        r.action,
        r.resourceType,
        r.resourceId,
        r.changes,
        r.createdAt,
        r.deviceId,
        r.seq,
        r.prevHash,
        r.hash,
      );
    }

    const state = await migrate(c, { target: 85, nowIso });

    expect(state.databaseVersion).toBe(85);
    expect(
      await c.all('SELECT id, ip_address, hash, hash_version FROM audit_logs ORDER BY seq'),
    ).toEqual(
      legacyRows().map((r) => ({
        id: r.id,
        ip_address: '10.0.0.7',
        hash: r.hash,
        hash_version: null,
      })),
    );
    expect(await c.all('SELECT * FROM device_keys')).toEqual([]);
    expect(await c.all('SELECT * FROM audit_signed_heads')).toEqual([]);
    // The legacy rows verify as they were hashed (ip_address was not in it then).
    const legacy = await chainRows(db.db, tenant);
    expect(verifyDeviceChain(legacy, sha256Hex)).toBeNull();

    // A row of this version hashes every field and chains onto the last legacy row.
    const last = legacy.at(-1);
    const next = {
      id: 'r-3',
      clientId: 'c-1',
      userId: 'p-1',
      action: 'question.delete',
      resourceType: 'question',
      resourceId: 'q-1',
      changes: null,
      createdAt: '2026-06-01T09:00:00.000Z',
      deviceId: 'd-1',
      seq: 3,
      prevHash: last?.hash ?? '',
      ipAddress: '10.0.0.8',
      hashVersion: ROW_HASH_VERSION,
    };
    await c.run(
      `INSERT INTO audit_logs (id, client_id, user_id, action, resource_type, resource_id, changes, ip_address, created_at, device_id, seq, prev_hash, hash, hash_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      next.id,
      next.clientId,
      next.userId,
      next.action,
      next.resourceType,
      next.resourceId,
      next.changes,
      next.ipAddress,
      next.createdAt,
      next.deviceId,
      next.seq,
      next.prevHash,
      sha256Hex(chainPayloadV2(next)),
      ROW_HASH_VERSION,
    );
    expect(verifyDeviceChain(await chainRows(db.db, tenant), sha256Hex)).toBeNull();

    // Its ip_address is in the hash now; a legacy row's was not.
    await c.run("UPDATE audit_logs SET ip_address = '192.0.2.1' WHERE id = 'r-3'");
    expect(verifyDeviceChain(await chainRows(db.db, tenant), sha256Hex)).toMatchObject({
      kind: 'hash_mismatch',
      seq: 3,
    });
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: 85 });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 85');
    const state = await migrate(db.client, { target: 85, nowIso });
    expect(state.databaseVersion).toBe(85);
    const columns = (await db.client.all('PRAGMA table_info(audit_logs)')) as Array<{
      name: string;
    }>;
    expect(columns.filter((col) => col.name === 'hash_version')).toHaveLength(1);
  });
});
