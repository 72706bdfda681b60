import { describe, expect, it } from 'vitest';
import { newAuditRows, readAuditRows } from '../../helpers/audit';
import {
  clientOf,
  createTestCore,
  DEMO_PASSWORD,
  demoEmail,
  type TestCore,
} from '../../helpers/core';
import { changedTables, snapshotDatabase } from '../../helpers/db-snapshot';
import { readDemoIds } from '../../helpers/fixtures';

const WRONG = {
  code: 'UNAUTHENTICATED',
  message: 'The email or password is not right',
  messageId: 'api.wrongCredentials',
};

async function profileRow(core: TestCore, email: string): Promise<Record<string, unknown>> {
  return (await core.database.client.get(
    'SELECT * FROM profiles WHERE email = ?',
    email,
  )) as Record<string, unknown>;
}

describe('signing in', () => {
  it('with the right password opens a session for that person and organisation', async () => {
    const core = await createTestCore();
    const ids = await readDemoIds(core);
    const tab = clientOf(core);
    const info = await tab.ok('auth.signIn', { email: demoEmail.author, password: DEMO_PASSWORD });
    expect(info.person).toEqual({
      id: ids.people.author,
      name: 'Arthur Author',
      email: demoEmail.author,
      role: 'author',
    });
    expect(info.organisation).toMatchObject({
      id: ids.clientId,
      name: 'Northfield College',
      active: true,
    });
    expect(info.readOnly).toBeNull();
    expect(await tab.ok('auth.session', {})).toEqual(info);
    expect(await profileRow(core, demoEmail.author)).toMatchObject({
      last_login_at: '2026-06-01T09:00:00.000Z',
      failed_login_count: 0,
    });
  });

  it('ignores case and spaces around the email', async () => {
    const core = await createTestCore();
    const tab = clientOf(core);
    const info = await tab.ok('auth.signIn', {
      email: '  Admin@NORTHFIELD.example ',
      password: DEMO_PASSWORD,
    });
    expect(info.person.email).toBe(demoEmail.admin);
  });

  it('with a wrong password is refused, counted and audited, and opens no session', async () => {
    const core = await createTestCore();
    const tab = clientOf(core);
    const before = await readAuditRows(core.database.client);
    const result = await tab.call('auth.signIn', {
      email: demoEmail.student1,
      password: 'demo12345',
    });
    expect(result.ok ? 'ok' : result.error).toEqual(WRONG);
    expect(await tab.ok('auth.session', {})).toBeNull();
    expect((await profileRow(core, demoEmail.student1)).failed_login_count).toBe(1);
    const rows = await newAuditRows(core.database.client, before);
    expect(rows.map((r) => r.action)).toEqual(['auth.sign_in_failed']);
    expect(JSON.parse(rows[0]?.changes ?? 'null')).toEqual({
      failed_login_count: [0, 1],
      locked_until: [null, null],
    });
  });

  it('with an unknown email says exactly what a wrong password says, and writes nothing', async () => {
    const core = await createTestCore();
    const tab = clientOf(core);
    const before = await snapshotDatabase(core.database.client);
    const unknown = await tab.call('auth.signIn', {
      email: 'nobody@northfield.example',
      password: DEMO_PASSWORD,
    });
    expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
    const wrong = await tab.call('auth.signIn', {
      email: demoEmail.student1,
      password: 'not-it-at-all',
    });
    expect(unknown).toEqual(wrong);
    expect(unknown.ok ? 'ok' : unknown.error).toEqual(WRONG);
  });

  it('a deleted person is unknown', async () => {
    const core = await createTestCore();
    await core.database.client.run(
      "UPDATE profiles SET deleted_at = '2026-05-01T00:00:00.000Z' WHERE email = ?",
      demoEmail.student2,
    );
    const result = await clientOf(core).call('auth.signIn', {
      email: demoEmail.student2,
      password: DEMO_PASSWORD,
    });
    expect(result.ok ? 'ok' : result.error).toEqual(WRONG);
  });

  it('a deactivated person is refused even with the right password', async () => {
    const core = await createTestCore();
    await core.database.client.run(
      'UPDATE profiles SET active = 0 WHERE email = ?',
      demoEmail.student1,
    );
    const before = await readAuditRows(core.database.client);
    const tab = clientOf(core);
    const result = await tab.call('auth.signIn', {
      email: demoEmail.student1,
      password: DEMO_PASSWORD,
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('UNAUTHENTICATED');
    expect(result.ok ? '' : result.error.message).toMatch(/deactivated/);
    expect(await tab.ok('auth.session', {})).toBeNull();
    expect((await newAuditRows(core.database.client, before)).map((r) => r.action)).toEqual([
      'auth.sign_in_inactive',
    ]);
  });

  it('a deactivated person with a wrong password learns nothing about the account', async () => {
    const core = await createTestCore();
    await core.database.client.run(
      'UPDATE profiles SET active = 0 WHERE email = ?',
      demoEmail.student1,
    );
    const result = await clientOf(core).call('auth.signIn', {
      email: demoEmail.student1,
      password: 'not-the-password',
    });
    expect(result.ok ? 'ok' : result.error).toEqual(WRONG);
    expect((await profileRow(core, demoEmail.student1)).failed_login_count).toBe(1);
  });

  it('a person whose stored hash is damaged is refused like a wrong password, not with an error', async () => {
    const core = await createTestCore();
    await core.database.client.run(
      "UPDATE profiles SET password_hash = 'scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA' WHERE email = ?",
      demoEmail.student3,
    );
    const result = await clientOf(core).call('auth.signIn', {
      email: demoEmail.student3,
      password: DEMO_PASSWORD,
    });
    expect(result.ok ? 'ok' : result.error).toEqual(WRONG);
    expect((await profileRow(core, demoEmail.student3)).failed_login_count).toBe(1);
  });

  it('a person with a role this app does not know (synced from a newer app) is refused plainly, not as bad input', async () => {
    const core = await createTestCore();
    await core.database.client.run(
      "UPDATE profiles SET role = 'grader' WHERE email = ?",
      demoEmail.student1,
    );
    const before = await readAuditRows(core.database.client);
    const tab = clientOf(core);
    const result = await tab.call('auth.signIn', {
      email: demoEmail.student1,
      password: DEMO_PASSWORD,
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('UNAUTHENTICATED');
    expect(result.ok ? '' : result.error.message).toMatch(/update/i);
    expect(await tab.ok('auth.session', {})).toBeNull();
    expect((await newAuditRows(core.database.client, before)).map((r) => r.action)).toEqual([
      'auth.sign_in_unknown_role',
    ]);
  });

  it('a successful sign-in clears earlier failures', async () => {
    const core = await createTestCore();
    const tab = clientOf(core);
    for (let i = 0; i < 3; i += 1)
      await tab.call('auth.signIn', { email: demoEmail.proctor, password: 'wrong-one' });
    expect((await profileRow(core, demoEmail.proctor)).failed_login_count).toBe(3);
    await tab.ok('auth.signIn', { email: demoEmail.proctor, password: DEMO_PASSWORD });
    expect((await profileRow(core, demoEmail.proctor)).failed_login_count).toBe(0);
  });
});
