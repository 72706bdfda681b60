import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@db/repositories/audit-logs';
import { AUDIT_KEY_FILE } from '@main/services/audit/device-key';
import { WITNESS_FILE } from '@main/services/audit/witness-file';
import { keyringSecretStore } from '@main/services/sync/secret-store';
import { chainPayload } from '@shared/audit/chain';
import { readAuditRows } from '../../helpers/audit';
import { startSyncServer } from '../../helpers/sync-server';
import { tempDir } from '../../helpers/temp-dir';
import { testKeyring } from '../../helpers/test-keyring';
import { enrol, newDevice, rows, syncOk } from '../sync/support/devices';

/** Every file of a data folder but the key file itself, as text. */
function dataFolderText(dataDir: string): string {
  return readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== AUDIT_KEY_FILE)
    .map((entry) => readFileSync(join(entry.parentPath, entry.name)).toString('latin1'))
    .join('\n');
}

describe('the audit signing key', () => {
  it('is sealed by the keyring where one exists, and no file of the data folder or the server holds it', async () => {
    const keyring = testKeyring();
    const server = await startSyncServer();
    const device = await enrol(
      await newDevice({ secretStore: keyringSecretStore(keyring) }),
      server,
      'Lab PC',
    );
    await syncOk(device);
    const file = JSON.parse(readFileSync(join(device.core.dataDir, AUDIT_KEY_FILE), 'utf8')) as {
      publicKey: string;
      privateKey: { scheme: string; value: string };
    };
    expect(file.privateKey.scheme).toBe('safeStorage');
    expect(file.privateKey.value).not.toContain('PRIVATE KEY');
    const pem = await keyring.decrypt(Buffer.from(file.privateKey.value, 'base64'));
    const body = pem.split('\n')[1] ?? '';
    expect(body.length).toBeGreaterThan(20);
    await device.core.close();
    expect(dataFolderText(device.core.dataDir)).not.toContain(body);
    expect(
      readdirSync(server.dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => readFileSync(join(entry.parentPath, entry.name)).toString('latin1'))
        .join('\n'),
    ).not.toContain(body);
    expect(dataFolderText(device.core.dataDir)).toContain(file.publicKey.slice(0, 40));
  });

  it('is made at the next start of a computer enrolled before signed chains, whose rows then verify as before and are signed over', async () => {
    const server = await startSyncServer();
    const old = await enrol(await newDevice(), server, 'Lab PC');
    await syncOk(old);
    const [org] = await rows<{ id: string }>(old, 'SELECT id FROM clients');
    const deviceId = old.core.device.deviceId;
    const client = old.core.database.client;
    // What the previous app left: rows hashed without ip_address, no key, no signed head,
    // and history from before the chain that names no device.
    await client.run(
      `INSERT INTO audit_logs (id, client_id, action, ip_address, created_at)
       VALUES ('history-1', ?, 'people.import', '10.0.0.1', '2025-09-01T08:00:00.000Z')`,
      org?.id,
    );
    await client.run('DELETE FROM device_keys');
    await client.run('DELETE FROM audit_signed_heads');
    let prev: string | null = null;
    for (const row of (await readAuditRows(client)).filter((r) => r.deviceId === deviceId)) {
      const legacy = { ...row, prevHash: prev ?? row.prevHash, hashVersion: null };
      prev = sha256Hex(chainPayload(legacy));
      await client.run(
        'UPDATE audit_logs SET prev_hash = ?, hash = ?, hash_version = NULL WHERE id = ?',
        legacy.prevHash,
        prev,
        row.id,
      );
    }
    await client.run('UPDATE audit_chain_heads SET hash = ? WHERE device_id = ?', prev, deviceId);
    await old.core.close();
    const dataDir = tempDir('exam-upgrade-');
    cpSync(old.core.dataDir, dataDir, { recursive: true });
    rmSync(join(dataDir, AUDIT_KEY_FILE));
    rmSync(join(dataDir, WITNESS_FILE), { force: true });

    const restarted = await newDevice({ dataDir });
    const registered = await rows<{ public_key: string; enrolment_mac: string | null }>(
      restarted,
      'SELECT public_key, enrolment_mac FROM device_keys WHERE device_id = ?',
      deviceId,
    );
    const file = JSON.parse(readFileSync(join(dataDir, AUDIT_KEY_FILE), 'utf8')) as {
      publicKey: string;
    };
    expect(registered.map((r) => r.public_key)).toEqual([file.publicKey]);
    // Enrolled, so the registration carries the organisation's MAC (HMAC-SHA256, base64).
    expect(registered[0]?.enrolment_mac).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const result = await restarted.admin.ok('audit.verify', {});
    expect(result).toMatchObject({ ok: true, firstBreak: null });
    expect(result.devices).toEqual([expect.objectContaining({ deviceId, signed: true, ok: true })]);
    await syncOk(restarted);

    // The history it found at that start is attested; a row with no device added later is not.
    await restarted.core.database.client.run(
      `INSERT INTO audit_logs (id, client_id, action, created_at)
       VALUES ('history-2', ?, 'people.import', '2025-09-01T08:00:01.000Z')`,
      org?.id,
    );
    expect((await restarted.admin.ok('audit.verify', {})).firstBreak).toMatchObject({
      kind: 'unattributed_row',
      rowId: 'history-2',
      field: 'device_id',
    });
  });
});
