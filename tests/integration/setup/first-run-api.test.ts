import { openHash, type HashColumn } from '@main/services/auth/sealed-hashes';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiContract, methodNames, type MethodName } from '@shared/api/contract';
import { STRONG_PASSWORD_RULE } from '@shared/auth/password-rule';
import { PIN_RULE } from '@shared/auth/pin-rules';
import { auditChainBreaks, newAuditRows, readAuditRows } from '../../helpers/audit';
import { clientOf, DEMO_PASSWORD, demoEmail } from '../../helpers/core';
import { changedTables, snapshotDatabase } from '../../helpers/db-snapshot';
import { startSyncServer } from '../../helpers/sync-server';
import { createEastfield, freshProductionComputer, newOrganisation } from './support/first-run';

const firstRunMethods = methodNames.filter((m) => apiContract[m].firstRun);
const NOW = '2026-06-01T09:00:00.000Z';

const enrolmentFile = (url: string) =>
  JSON.stringify({ format: 'exam-desk-enrolment', version: 1, url, token: 'lab-token' });

/** A sync server holding Eastfield Academy, published by the first computer set up. */
async function serverWithEastfield() {
  const server = await startSyncServer();
  const first = await freshProductionComputer({}, 11);
  const admin = await createEastfield(first);
  expect(
    await admin.ok('sync.enrol', { url: server.url, token: 'lab-token', deviceName: 'Office' }),
  ).toMatchObject({ mode: 'publish', organisation: 'Eastfield Academy' });
  const status = await first.sync.syncNow();
  expect(status.lastError).toBeNull();
  return server;
}

describe('first-run setup on a fresh computer in production mode', () => {
  it('says setup is needed, with the password and PIN rules, and seeds no demo', async () => {
    const core = await freshProductionComputer();
    expect(await clientOf(core).ok('setup.status', {})).toEqual({
      needed: true,
      production: true,
      demo: false,
      provisioned: null,
      passwordRule: STRONG_PASSWORD_RULE,
      pinRule: PIN_RULE,
    });
    expect(await core.database.client.all('SELECT id FROM profiles')).toEqual([]);
    expect(await clientOf(core).ok('auth.demoAccounts', {})).toBeNull();
  });

  it('creates an organisation with its first admin, signed in at once, in one chained audit row', async () => {
    const core = await freshProductionComputer();
    const window = clientOf(core);
    const before = await readAuditRows(core.database.client);
    const session = await window.ok('setup.createOrganisation', newOrganisation);
    expect(session).toMatchObject({
      person: { name: 'Erin Admin', email: 'erin@eastfield.example', role: 'admin' },
      organisation: { name: 'Eastfield Academy', active: true },
      readOnly: null,
    });
    expect(await window.ok('auth.session', {})).toEqual(session);
    // The computer then registers its audit signing key with the new organisation, in a row of its own.
    await core.auditChainIdle();
    const written = await newAuditRows(core.database.client, before);
    expect(written.filter((r) => r.action === 'device.auditKey')).toHaveLength(1);
    const rows = written.filter((r) => r.action !== 'device.auditKey');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'organisation.create',
      resourceType: 'client',
      resourceId: session.organisation.id,
      clientId: session.organisation.id,
      userId: session.person.id,
      deviceId: core.device.deviceId,
      createdAt: NOW,
    });
    expect(JSON.parse(rows[0]?.changes ?? 'null')).toEqual({
      name: [null, 'Eastfield Academy'],
      adminEmail: [null, 'erin@eastfield.example'],
      adminPin: [null, '(set)'],
    });
    expect(rows[0]?.changes).not.toMatch(/copper|583920|scrypt/);
    expect(await auditChainBreaks(core.database.client)).toEqual([]);
    const stored = (await core.database.client.get(
      'SELECT client_id, password_hash, pin_hash FROM profiles WHERE id = ?',
      session.person.id,
    )) as { client_id: string; password_hash: string; pin_hash: string };
    // Both are scrypt hashes, stored sealed under the organisation's key (never as a bare hash).
    const owner = (column: HashColumn) => ({
      clientId: stored.client_id,
      column,
      rowId: session.person.id,
    });
    expect(stored.password_hash).toMatch(/^ek1:/);
    expect(stored.pin_hash).toMatch(/^ek1:/);
    expect(openHash(owner('profiles.password_hash'), stored.password_hash)).toMatch(/^scrypt\$/);
    expect(openHash(owner('profiles.pin_hash'), stored.pin_hash)).toMatch(/^scrypt\$/);

    // The admin signs in again later with that password, and is a proctor with that PIN.
    await window.ok('auth.signOut', {});
    const again = clientOf(core);
    await again.ok('auth.signIn', {
      email: 'erin@eastfield.example',
      password: newOrganisation.adminPassword,
    });
    expect(await again.ok('auth.pinStatus', {})).toMatchObject({ set: true });
    expect(await again.ok('setup.status', {})).toMatchObject({ needed: false, demo: false });
  });

  it('refuses every first-run method once the computer holds an organisation, changing nothing', async () => {
    const core = await freshProductionComputer();
    await createEastfield(core);
    const server = await startSyncServer();
    const inputs: Record<string, unknown> = {
      'setup.createOrganisation': { ...newOrganisation, adminEmail: 'eve@eastfield.example' },
      'setup.openDemo': {},
      'setup.checkServer': { url: server.url, token: 't' },
      'setup.enrol': { url: server.url, token: 't', deviceName: 'PC' },
      'setup.enrolFromFile': { fileText: enrolmentFile(server.url), deviceName: 'PC' },
    };
    expect(Object.keys(inputs).sort()).toEqual([...firstRunMethods].sort());
    for (const method of firstRunMethods) {
      const before = await snapshotDatabase(core.database.client);
      expect(await clientOf(core).raw(method, inputs[method])).toEqual({
        ok: false,
        error: {
          code: 'CONFLICT',
          message: 'This computer is already set up with an organisation. Sign in instead.',
          messageId: 'api.alreadySetUp',
        },
      });
      expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
    }
  });

  it.each([
    ['a common password', 'password1234', /too easy to guess/],
    ['the organisation’s name', 'EastfieldAcademy', /too easy to guess/],
    ['a keyboard run', 'qwertyuiop12', /too easy to guess/],
  ])(
    'refuses %s as the admin’s password, saying so, and writes nothing',
    async (_label, password, why) => {
      const core = await freshProductionComputer();
      const before = await snapshotDatabase(core.database.client);
      const result = await clientOf(core).raw('setup.createOrganisation', {
        ...newOrganisation,
        adminPassword: password,
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field: 'adminPassword' },
      });
      expect(result.ok ? '' : result.error.message).toMatch(why);
      expect(result.ok ? '' : result.error.message).toMatch(/^Admin password /);
      expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
    },
  );

  it('refuses a guessable admin PIN with the rule', async () => {
    const core = await freshProductionComputer();
    const result = await clientOf(core).raw('setup.createOrganisation', {
      ...newOrganisation,
      adminPin: '121212',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'adminPin' } });
    expect(result.ok ? '' : result.error.message).toContain(PIN_RULE);
  });

  it('sets up two windows clicking at once only once', async () => {
    const core = await freshProductionComputer();
    const results = await Promise.all([
      clientOf(core).raw('setup.createOrganisation', newOrganisation),
      clientOf(core).raw('setup.openDemo', {}),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.flatMap((r) => (r.ok ? [] : [r.error.code]))).toEqual(['CONFLICT']);
    expect(await core.database.client.all('SELECT name FROM clients')).toHaveLength(1);
  });

  it('opens the demo, marked as one, in one chained audit row', async () => {
    const core = await freshProductionComputer();
    const before = await readAuditRows(core.database.client);
    expect(await clientOf(core).ok('setup.openDemo', {})).toEqual({
      organisation: 'Northfield College',
    });
    const rows = await newAuditRows(core.database.client, before);
    expect(rows.map((r) => [r.action, r.resourceType, r.userId])).toEqual([
      ['demo.seed', 'client', null],
    ]);
    expect(await clientOf(core).ok('setup.status', {})).toMatchObject({
      needed: false,
      demo: true,
    });
    expect(await clientOf(core).ok('auth.demoAccounts', {})).toMatchObject({
      organisation: 'Northfield College',
    });
  });

  it('enrols into a server that holds the organisation (join), in one audit row, and its people sign in', async () => {
    const server = await serverWithEastfield();
    const core = await freshProductionComputer({}, 12);
    const window = clientOf(core);
    expect(
      await window.ok('setup.checkServer', { url: server.url, token: 'lab-token' }),
    ).toMatchObject({
      organisations: ['Eastfield Academy'],
      mode: 'join',
    });
    const result = await window.ok('setup.enrol', {
      url: server.url,
      token: 'lab-token',
      deviceName: 'Lab PC 7',
    });
    expect(result).toMatchObject({
      mode: 'join',
      organisation: 'Eastfield Academy',
      signInAgain: true,
    });
    const mine = (await core.database.client.all(
      'SELECT action, user_id FROM audit_logs WHERE device_id = ?',
      core.device.deviceId,
    )) as Array<{ action: string; user_id: string | null }>;
    expect(mine).toEqual([{ action: 'device.enrol', user_id: null }]);
    expect(await window.ok('setup.status', {})).toMatchObject({ needed: false, demo: false });
    await window.ok('auth.signIn', {
      email: 'erin@eastfield.example',
      password: newOrganisation.adminPassword,
    });
  });

  it('enrols from an enrolment file the same way', async () => {
    const server = await serverWithEastfield();
    const core = await freshProductionComputer({}, 13);
    const result = await clientOf(core).ok('setup.enrolFromFile', {
      fileText: enrolmentFile(server.url),
      deviceName: 'Lab PC 8',
    });
    expect(result).toMatchObject({ mode: 'join', organisation: 'Eastfield Academy' });
    expect(JSON.parse(readFileSync(join(core.dataDir, 'device.json'), 'utf8'))).toMatchObject({
      name: 'Lab PC 8',
      enrolment: { url: server.url },
    });
  });

  it('refuses to enrol into an empty server (nothing to publish), and changes nothing', async () => {
    const server = await startSyncServer();
    const core = await freshProductionComputer();
    const deviceFile = readFileSync(join(core.dataDir, 'device.json'), 'utf8');
    const result = await clientOf(core).raw('setup.enrol', {
      url: server.url,
      token: 'lab-token',
      deviceName: 'Lab PC 7',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(result.ok ? '' : result.error.message).toMatch(
      /is empty, and this computer has no organisation to put in it/,
    );
    expect(readFileSync(join(core.dataDir, 'device.json'), 'utf8')).toBe(deviceFile);
    expect(await server.query("SELECT name FROM sqlite_schema WHERE name = 'clients'")).toEqual([]);
    expect(await clientOf(core).ok('setup.status', {})).toMatchObject({ needed: true });
  });
});

describe('a demo opened in production mode', () => {
  it.each(['sync.enrol', 'sync.enrolFromFile'] as const)(
    'cannot be published as a real organisation with %s: refused with the reason, server left empty',
    async (method: MethodName) => {
      const server = await startSyncServer();
      const core = await freshProductionComputer();
      await clientOf(core).ok('setup.openDemo', {});
      const admin = clientOf(core);
      await admin.ok('auth.signIn', { email: demoEmail.admin, password: DEMO_PASSWORD });
      const input =
        method === 'sync.enrol'
          ? { url: server.url, token: 'lab-token', deviceName: 'Front desk' }
          : { fileText: enrolmentFile(server.url), deviceName: 'Front desk' };
      const result = await admin.raw(method, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(result.ok ? '' : result.error.message).toMatch(
        /A demo cannot be published as a real organisation: its passwords and PINs are public/,
      );
      expect(
        JSON.parse(readFileSync(join(core.dataDir, 'device.json'), 'utf8')),
      ).not.toHaveProperty('enrolment');
      await core.sync.syncNow();
      expect(await server.query("SELECT name FROM sqlite_schema WHERE name = 'clients'")).toEqual(
        [],
      );
      expect(existsSync(join(core.dataDir, 'archive'))).toBe(false);
    },
  );

  it('may still join a real organisation’s server (the demo is archived, never sent)', async () => {
    const server = await serverWithEastfield();
    const core = await freshProductionComputer({}, 14);
    await clientOf(core).ok('setup.openDemo', {});
    const admin = clientOf(core);
    await admin.ok('auth.signIn', { email: demoEmail.admin, password: DEMO_PASSWORD });
    expect(
      await admin.ok('sync.enrol', { url: server.url, token: 'lab-token', deviceName: 'Lab PC 9' }),
    ).toMatchObject({ mode: 'join', organisation: 'Eastfield Academy' });
    expect(await server.query('SELECT name FROM clients')).toEqual([{ name: 'Eastfield Academy' }]);
  });
});
