import { describe, expect, it } from 'vitest';
import { upgradePasswordHash } from '@db/repositories/profiles';
import { DEFAULT_SCRYPT, hashSecret } from '@main/services/auth/passwords';
import { openHash } from '@main/services/auth/sealed-hashes';
import { newAuditRows, readAuditRows } from '../../helpers/audit';
import {
  clientOf,
  createTestCore,
  DEMO_PASSWORD,
  demoEmail,
  TEST_SCRYPT,
  type TestCore,
} from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';

/** The scrypt hash a person's stored (sealed) password hash holds. */
const hashOf = async (core: TestCore, email: string): Promise<string> => {
  const row = (await core.database.client.get(
    'SELECT id, client_id, password_hash FROM profiles WHERE email = ?',
    email,
  )) as { id: string; client_id: string; password_hash: string };
  const owner = {
    clientId: row.client_id,
    column: 'profiles.password_hash',
    rowId: row.id,
  } as const;
  return openHash(owner, row.password_hash) ?? '';
};

const signIn = async (core: TestCore, email: string, password: string) => {
  const result = await clientOf(core).call('auth.signIn', { email, password });
  return result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`;
};

/**
 * The demo organisation seeded at the tests' cheap cost (hashes an older app
 * made), then the same data folder opened by an app that hashes at the default.
 */
async function olderHashesThenDefaultCost(): Promise<TestCore> {
  const dataDir = tempDir('exam-upgrade-');
  const older = await createTestCore({ dataDir, scrypt: TEST_SCRYPT });
  await older.close();
  return createTestCore({ dataDir, scrypt: DEFAULT_SCRYPT });
}

describe('password hashes made at a lower cost', () => {
  it('are hashed again at the default (OWASP) cost on the next right sign-in, in the sign-in’s own audit row', async () => {
    const core = await olderHashesThenDefaultCost();
    const old = await hashOf(core, demoEmail.admin);
    expect(old.startsWith(`scrypt$${TEST_SCRYPT.N}$8$1$`)).toBe(true);

    const before = await readAuditRows(core.database.client);
    expect(await signIn(core, demoEmail.admin, DEMO_PASSWORD)).toBe('ok');
    const upgraded = await hashOf(core, demoEmail.admin);
    expect(upgraded.startsWith('scrypt$131072$8$1$')).toBe(true);
    const rows = await newAuditRows(core.database.client, before);
    expect(rows.map((r) => r.action)).toEqual(['auth.sign_in']);
    const changes = JSON.parse(rows[0]?.changes ?? 'null') as Record<string, unknown>;
    expect(changes.password_cost).toEqual(['scrypt N=1024 r=8 p=1', 'scrypt N=131072 r=8 p=1']);
    // Costs only: neither hash is in the audit row.
    expect(rows[0]?.changes).not.toContain(old.split('$')[5]);
    expect(rows[0]?.changes).not.toContain(upgraded.split('$')[5]);

    // The new hash takes the same password, and is not made again.
    const again = await readAuditRows(core.database.client);
    expect(await signIn(core, demoEmail.admin, DEMO_PASSWORD)).toBe('ok');
    expect(await hashOf(core, demoEmail.admin)).toBe(upgraded);
    const second = await newAuditRows(core.database.client, again);
    expect(second.map((r) => r.action)).toEqual(['auth.sign_in']);
    expect(JSON.parse(second[0]?.changes ?? 'null')).not.toHaveProperty('password_cost');
  });

  it('stay as they are after a wrong password', async () => {
    const core = await olderHashesThenDefaultCost();
    const old = await hashOf(core, demoEmail.author);
    expect(await signIn(core, demoEmail.author, 'not-the-password')).toBe(
      'UNAUTHENTICATED: The email or password is not right',
    );
    expect(await hashOf(core, demoEmail.author)).toBe(old);
  });

  it('stay as they are when the sign-in’s transaction does not commit', async () => {
    const core = await olderHashesThenDefaultCost();
    const old = await hashOf(core, demoEmail.proctor);
    const lastLogin: unknown = await core.database.client.get(
      'SELECT last_login_at FROM profiles WHERE email = ?',
      demoEmail.proctor,
    );
    // The sign-in's audit row is the last write of its transaction; refusing it rolls the rest back.
    await core.database.client.run(
      `CREATE TRIGGER refuse_sign_in BEFORE INSERT ON audit_logs
       WHEN NEW.action = 'auth.sign_in' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
    );
    expect(await signIn(core, demoEmail.proctor, DEMO_PASSWORD)).toMatch(/^INTERNAL/);
    expect(await hashOf(core, demoEmail.proctor)).toBe(old);
    expect(
      await core.database.client.get(
        'SELECT last_login_at FROM profiles WHERE email = ?',
        demoEmail.proctor,
      ),
    ).toEqual(lastLogin);
  });

  it('keep a password reset that landed while the sign-in checked the old hash', async () => {
    const core = await createTestCore();
    const row = (await core.database.client.get(
      'SELECT id, client_id, password_hash FROM profiles WHERE email = ?',
      demoEmail.student1,
    )) as { id: string; client_id: string; password_hash: string };
    const reset = await hashSecret('a-new-password', TEST_SCRYPT);
    await core.database.client.run(
      'UPDATE profiles SET password_hash = ? WHERE id = ?',
      reset,
      row.id,
    );
    const replaced = await upgradePasswordHash(
      core.env.db(),
      { id: row.id, clientId: row.client_id },
      row.password_hash,
      await hashSecret(DEMO_PASSWORD, TEST_SCRYPT),
    );
    expect(replaced).toBe(false);
    expect(await hashOf(core, demoEmail.student1)).toBe(reset);
  });
});
