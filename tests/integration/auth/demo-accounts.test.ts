import { describe, expect, it } from 'vitest';
import type { Role } from '@shared/domain/roles';
import { clientOf, createTestCore, DEMO_PASSWORD, demoEmail, signedIn } from '../../helpers/core';
import { changedTables, snapshotDatabase } from '../../helpers/db-snapshot';
import { readDemoIds } from '../../helpers/fixtures';
import { writePlainOrganisation } from '../../helpers/plain-organisation';
import { createSecondTenant, SECOND_TENANT_EMAILS } from '../../helpers/second-tenant';

const SEEDED: Array<{ name: string; email: string; role: Role }> = [
  { name: 'Ada Admin', email: demoEmail.admin, role: 'admin' },
  { name: 'Arthur Author', email: demoEmail.author, role: 'author' },
  { name: 'Priya Proctor', email: demoEmail.proctor, role: 'proctor' },
  { name: 'Sam Student', email: demoEmail.student1, role: 'student' },
  { name: 'Tara Student', email: demoEmail.student2, role: 'student' },
  { name: 'Umar Student', email: demoEmail.student3, role: 'student' },
];

describe('the demo logins on the login screen', () => {
  it('lists the demo organisation’s logins with their roles, before anyone signs in, writing nothing', async () => {
    const core = await createTestCore();
    const before = await snapshotDatabase(core.database.client);

    const hint = await clientOf(core).ok('auth.demoAccounts', {});

    expect(hint).toEqual({
      organisation: 'Northfield College',
      password: 'demo1234',
      accounts: SEEDED,
    });
    expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
  });

  it('offers only logins that work: each one signs in with the password it gives', async () => {
    const core = await createTestCore();
    const hint = await clientOf(core).ok('auth.demoAccounts', {});
    for (const account of hint?.accounts ?? []) {
      const session = await clientOf(core).ok('auth.signIn', {
        email: account.email,
        password: hint?.password ?? '',
      });
      expect(session.person.role).toBe(account.role);
    }
    expect(hint?.accounts).toHaveLength(6);
  });

  it('leaves out a demo login whose password was reset, that was deactivated or changed role', async () => {
    const core = await createTestCore();
    const ids = await readDemoIds(core);
    const admin = await signedIn(core, 'admin');
    const anonymous = clientOf(core);
    // Asked once first, so the reset below must be seen through the check it already made.
    expect((await anonymous.ok('auth.demoAccounts', {}))?.accounts).toHaveLength(6);

    await admin.ok('people.resetPassword', { id: ids.people.student1, password: 'a-new-password' });
    await admin.ok('people.update', { id: ids.people.student2, active: false });
    await admin.ok('people.update', { id: ids.people.student3, role: 'proctor' });

    const hint = await anonymous.ok('auth.demoAccounts', {});
    expect(hint?.accounts.map((a) => a.email)).toEqual([
      demoEmail.admin,
      demoEmail.author,
      demoEmail.proctor,
    ]);
  });

  it('tells nothing on a computer whose organisation is not the demo one', async () => {
    const core = await createTestCore({ seedDemo: false });
    await writePlainOrganisation(core.env, {
      name: 'Southfield School',
      people: [{ name: 'Sue Admin', email: SECOND_TENANT_EMAILS.admin, role: 'admin' }],
      password: DEMO_PASSWORD,
    });
    expect(await clientOf(core).ok('auth.demoAccounts', {})).toBeNull();
  });

  it('tells nothing for an organisation that only looks like the demo one', async () => {
    const core = await createTestCore({ seedDemo: false });
    await writePlainOrganisation(core.env, {
      name: 'Northfield College',
      people: SEEDED,
      password: DEMO_PASSWORD,
    });
    // Its people sign in with the demo password, yet none of them is offered.
    await clientOf(core).ok('auth.signIn', { email: demoEmail.admin, password: DEMO_PASSWORD });
    expect(await clientOf(core).ok('auth.demoAccounts', {})).toBeNull();
  });

  it('never lists another organisation’s people beside the demo one’s', async () => {
    const core = await createTestCore();
    await createSecondTenant(core);
    const hint = await clientOf(core).ok('auth.demoAccounts', {});
    expect(hint?.accounts).toEqual(SEEDED);
    const emails = JSON.stringify(hint);
    for (const email of Object.values(SECOND_TENANT_EMAILS)) expect(emails).not.toContain(email);
  });
  it('knows the hashes its own seed made, so a fresh install shows the hint without a scrypt run for each login', async () => {
    const core = await createTestCore();
    const memo = core.env.seededDemoHashes;
    const hashOf = async (email: string): Promise<string> =>
      (
        (await core.database.client.get(
          'SELECT password_hash FROM profiles WHERE email = ?',
          email,
        )) as {
          password_hash: string;
        }
      ).password_hash;
    for (const { email } of SEEDED) expect(memo?.knows(await hashOf(email))).toBe(true);

    const ids = await readDemoIds(core);
    const admin = await signedIn(core, 'admin');
    await admin.ok('people.resetPassword', { id: ids.people.student1, password: 'a-new-password' });
    // A reset hash is not one the seed made: the hint checks it, and leaves the login out.
    expect(memo?.knows(await hashOf(demoEmail.student1))).toBe(false);
    const hint = await clientOf(core).ok('auth.demoAccounts', {});
    expect(hint?.accounts.map((a) => a.email)).not.toContain(demoEmail.student1);
    expect(hint?.accounts).toHaveLength(5);
  });
});
