import { describe, expect, it } from 'vitest';
import { LOCKOUT_MS, MAX_FAILED_SIGN_INS } from '@shared/auth/lockout';
import { newAuditRows, readAuditRows } from '../../helpers/audit';
import {
  clientOf,
  createTestCore,
  DEMO_PASSWORD,
  demoEmail,
  signedIn,
  type TestCore,
} from '../../helpers/core';
import { readDemoIds } from '../../helpers/fixtures';

const START = Date.UTC(2026, 5, 1, 9, 0, 0);

async function failTimes(core: TestCore, email: string, times: number) {
  const tab = clientOf(core);
  const results = [];
  for (let i = 0; i < times; i += 1)
    results.push(await tab.call('auth.signIn', { email, password: `wrong-${i}` }));
  return results.map((r) => (r.ok ? 'ok' : r.error.message));
}

const signIn = (core: TestCore, email: string) =>
  clientOf(core).call('auth.signIn', { email, password: DEMO_PASSWORD });

describe('sign-in lockout', () => {
  it(`locks after ${MAX_FAILED_SIGN_INS} wrong passwords in a row, and says so`, async () => {
    const core = await createTestCore();
    const before = await readAuditRows(core.database.client);
    const messages = await failTimes(core, demoEmail.student1, MAX_FAILED_SIGN_INS);
    expect(messages.slice(0, -1)).toEqual(
      Array.from({ length: MAX_FAILED_SIGN_INS - 1 }, () => 'The email or password is not right'),
    );
    const lockedUntil = new Date(START + LOCKOUT_MS).toISOString();
    expect(messages.at(-1)).toBe(
      `Too many wrong passwords. Sign-in is locked until ${lockedUntil}`,
    );
    const row = (await core.database.client.get(
      'SELECT locked_until, failed_login_count FROM profiles WHERE email = ?',
      demoEmail.student1,
    )) as unknown;
    expect(row).toEqual({ locked_until: lockedUntil, failed_login_count: 0 });
    const actions = (await newAuditRows(core.database.client, before)).map((r) => r.action);
    expect(actions).toEqual([
      ...Array.from({ length: MAX_FAILED_SIGN_INS - 1 }, () => 'auth.sign_in_failed'),
      'auth.locked',
    ]);
  });

  it('refuses the right password while locked, and lets it in once the lockout has passed', async () => {
    const core = await createTestCore();
    await failTimes(core, demoEmail.student1, MAX_FAILED_SIGN_INS);

    const whileLocked = await signIn(core, demoEmail.student1);
    expect(whileLocked.ok ? 'ok' : whileLocked.error.code).toBe('UNAUTHENTICATED');
    expect(whileLocked.ok ? '' : whileLocked.error.message).toMatch(/^Too many wrong passwords/);

    core.clock.advance(LOCKOUT_MS - 1);
    const justBefore = await signIn(core, demoEmail.student1);
    expect(justBefore.ok ? 'ok' : justBefore.error.code).toBe('UNAUTHENTICATED');

    core.clock.advance(1);
    const after = await signIn(core, demoEmail.student1);
    expect(after.ok ? 'ok' : after.error).toBe('ok');
  });

  it('does not extend the lockout for attempts made while locked', async () => {
    const core = await createTestCore();
    await failTimes(core, demoEmail.student1, MAX_FAILED_SIGN_INS);
    core.clock.advance(LOCKOUT_MS / 2);
    await failTimes(core, demoEmail.student1, MAX_FAILED_SIGN_INS);
    core.clock.advance(LOCKOUT_MS / 2);
    const after = await signIn(core, demoEmail.student1);
    expect(after.ok ? 'ok' : after.error).toBe('ok');
  });

  it('starts counting afresh after a lockout ends', async () => {
    const core = await createTestCore();
    await failTimes(core, demoEmail.student1, MAX_FAILED_SIGN_INS);
    core.clock.advance(LOCKOUT_MS);
    const messages = await failTimes(core, demoEmail.student1, MAX_FAILED_SIGN_INS - 1);
    expect(messages.every((m) => m === 'The email or password is not right')).toBe(true);
    const after = await signIn(core, demoEmail.student1);
    expect(after.ok ? 'ok' : after.error).toBe('ok');
  });

  it('locks only the person whose password was wrong', async () => {
    const core = await createTestCore();
    await failTimes(core, demoEmail.student1, MAX_FAILED_SIGN_INS);
    const other = await signIn(core, demoEmail.student2);
    expect(other.ok ? 'ok' : other.error).toBe('ok');
  });

  it('a password reset by an admin lifts the lock', async () => {
    const core = await createTestCore();
    const ids = await readDemoIds(core);
    await failTimes(core, demoEmail.student1, MAX_FAILED_SIGN_INS);
    const admin = await signedIn(core, 'admin');
    await admin.ok('people.resetPassword', { id: ids.people.student1, password: 'fresh-password' });
    const result = await clientOf(core).call('auth.signIn', {
      email: demoEmail.student1,
      password: 'fresh-password',
    });
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });
});
