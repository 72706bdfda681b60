import { afterEach, describe, expect, it } from 'vitest';
import { clientOf, DEMO_PASSWORD, demoEmail, type TestCore } from '../../helpers/core';
import { startSyncServer } from '../../helpers/sync-server';
import { enrolledPair, syncOk } from '../sync/support/devices';
import { Computer, outcome } from './support/guess-cores';

const computers: Computer[] = [];
afterEach(async () => {
  while (computers.length > 0) await computers.pop()?.close();
});

const signIn = async (core: TestCore | Computer['core'], email: string, password: string) =>
  outcome(await clientOf(core).raw('auth.signIn', { email, password }));

async function failFive(core: TestCore | Computer['core'], email: string): Promise<string> {
  let last = '';
  for (let i = 0; i < 5; i += 1) last = await signIn(core, email, `wrong-${i}`);
  return last;
}

async function personId(core: TestCore | Computer['core'], email: string): Promise<string> {
  const row = (await core.database.client.get(
    'SELECT id FROM profiles WHERE email = ?',
    email,
  )) as {
    id: string;
  };
  return row.id;
}

describe('an admin locked out of sign-in gets back in', () => {
  it('when a lock longer than any back-off was written into the database (edited, or synced from elsewhere)', async () => {
    const lab = new Computer();
    computers.push(lab);
    await lab.open();
    const adminId = await personId(lab.core, demoEmail.admin);
    const deviceId = lab.core.device.deviceId;
    const clientId = (
      (await lab.core.database.client.get('SELECT id FROM clients')) as { id: string }
    ).id;
    // A row for this computer's lock on the admin, locked for ~285,000 years of uptime.
    await lab.core.database.client.run(
      `INSERT INTO guess_guards (id, client_id, device_id, kind, target, failures, lockouts,
         locked_until_uptime_ms, locked_until_estimate, last_locked_at, updated_at)
       VALUES (?, ?, ?, 'sign_in', ?, 0, 99, ?, '9999-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
      `${deviceId}|sign_in|${adminId}`,
      clientId,
      deviceId,
      adminId,
      9e15,
    );
    expect(await signIn(lab.core, demoEmail.admin, DEMO_PASSWORD)).toBe('ok');
    // A lock this computer set itself is still honoured.
    expect(await failFive(lab.core, demoEmail.admin)).toMatch(/^UNAUTHENTICATED: Too many/);
    expect(await signIn(lab.core, demoEmail.admin, DEMO_PASSWORD)).toMatch(
      /^UNAUTHENTICATED: Too many/,
    );
  });

  it('when another admin resets their password on another computer: the lock lifts where it was set once that syncs', async () => {
    const server = await startSyncServer();
    const { a: lab, b: office } = await enrolledPair(server);
    const adminId = await personId(lab.core, demoEmail.admin);
    await office.admin.ok('people.create', {
      name: 'Deputy Head',
      email: 'deputy@northfield.example',
      role: 'admin',
      password: 'deputy-Pass-2026!',
    });
    await syncOk(office);

    expect(await failFive(lab.core, demoEmail.admin)).toMatch(/^UNAUTHENTICATED: Too many/);
    await syncOk(lab);
    await syncOk(office);
    // Locked on the lab computer only: the office computer lets the right password in.
    expect(await signIn(lab.core, demoEmail.admin, DEMO_PASSWORD)).toMatch(/^UNAUTHENTICATED/);
    expect(await signIn(office.core, demoEmail.admin, DEMO_PASSWORD)).toBe('ok');

    const deputy = clientOf(office.core);
    await deputy.ok('auth.signIn', {
      email: 'deputy@northfield.example',
      password: 'deputy-Pass-2026!',
    });
    await deputy.ok('people.resetPassword', { id: adminId, password: 'fresh-Start-2026!' });
    await syncOk(office);
    await syncOk(lab);

    expect(await signIn(lab.core, demoEmail.admin, 'fresh-Start-2026!')).toBe('ok');
    const reset = await lab.core.database.client.all(
      "SELECT resource_id, changes FROM audit_logs WHERE action = 'person.reset_password'",
    );
    expect(reset).toEqual([
      { resource_id: adminId, changes: JSON.stringify({ password: ['(hidden)', '(changed)'] }) },
    ]);
  });
});
