import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVISIONED_ENROLMENT_FILE } from '@main/app/machine-config';
import { clientOf, createTestCore } from '../../helpers/core';
import { freePort, startSyncServer, type SyncServer } from '../../helpers/sync-server';
import { tempDir } from '../../helpers/temp-dir';
import { createEastfield, freshProductionComputer, newOrganisation } from './support/first-run';

/** A machine-wide folder as IT would fill it: the enrolment file an admin exported. */
function machineFolder(file: object | string): { dir: string; path: string } {
  const dir = tempDir('exam-machine-config-');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, PROVISIONED_ENROLMENT_FILE);
  writeFileSync(path, typeof file === 'string' ? file : JSON.stringify(file), { mode: 0o644 });
  return { dir, path };
}

const enrolment = (url: string) => ({
  format: 'exam-desk-enrolment',
  version: 1,
  url,
  token: 'lab-token',
  organisation: 'Eastfield Academy',
  deviceRole: 'exam',
});

async function serverWithEastfield(): Promise<SyncServer> {
  const server = await startSyncServer();
  const office = await freshProductionComputer({}, 21);
  const admin = await createEastfield(office);
  await admin.ok('sync.enrol', { url: server.url, token: 'lab-token', deviceName: 'Office' });
  expect((await office.sync.syncNow()).lastError).toBeNull();
  return server;
}

const readDevice = (dataDir: string) =>
  JSON.parse(readFileSync(join(dataDir, 'device.json'), 'utf8')) as {
    name: string;
    enrolment?: { url: string; deviceRole: string };
  };

describe('a pre-set enrolment in the machine-wide folder', () => {
  it('enrols a fresh computer on its first start, named after the host, with nobody at the keyboard', async () => {
    const server = await serverWithEastfield();
    const folder = machineFolder(enrolment(server.url));
    const core = await freshProductionComputer({ machineConfigDir: folder.dir }, 22);
    await core.provisioned;
    expect(await clientOf(core).ok('setup.status', {})).toMatchObject({
      needed: false,
      provisioned: {
        path: folder.path,
        state: 'enrolled',
        message: 'Enrolled into Eastfield Academy.',
      },
    });
    expect(readDevice(core.dataDir)).toMatchObject({
      name: hostname().slice(0, 100),
      enrolment: { url: server.url, deviceRole: 'exam' },
    });
    await clientOf(core).ok('auth.signIn', {
      email: newOrganisation.adminEmail,
      password: newOrganisation.adminPassword,
    });
    // Its device record reaches the organisation with its first sync.
    expect((await core.sync.syncNow()).lastError).toBeNull();
    expect(await server.query('SELECT count(*) AS n FROM devices')).toEqual([{ n: 2 }]);
  });

  it('takes the place of the demo in development too: a pre-set computer is never given the demo', async () => {
    const server = await serverWithEastfield();
    const folder = machineFolder(enrolment(server.url));
    const core = await createTestCore({ machineConfigDir: folder.dir });
    await core.provisioned;
    expect(await core.database.client.all('SELECT name FROM clients')).toEqual([
      { name: 'Eastfield Academy' },
    ]);
  });

  it('says why when it cannot enrol (no server yet), and tries again on the next start', async () => {
    const server = await serverWithEastfield();
    const down = `http://127.0.0.1:${String(await freePort())}`;
    const folder = machineFolder(enrolment(down));
    const dataDir = tempDir('exam-provisioned-');
    const first = await freshProductionComputer({ dataDir, machineConfigDir: folder.dir }, 23);
    await first.provisioned;
    const status = await clientOf(first).ok('setup.status', {});
    expect(status).toMatchObject({
      needed: true,
      provisioned: { path: folder.path, state: 'failed' },
    });
    expect(status.provisioned?.message).toMatch(
      new RegExp(
        `^Enrolling with ${folder.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} did not work: `,
      ),
    );
    expect(readDevice(dataDir).enrolment).toBeUndefined();
    await first.close();

    // IT fixes the file; the computer is started again.
    writeFileSync(folder.path, JSON.stringify(enrolment(server.url)));
    const second = await freshProductionComputer({ dataDir, machineConfigDir: folder.dir }, 24);
    await second.provisioned;
    expect(await clientOf(second).ok('setup.status', {})).toMatchObject({
      needed: false,
      provisioned: { state: 'enrolled' },
    });
  });

  it('reports a broken file by the field that is wrong, and enrols nothing', async () => {
    const folder = machineFolder({
      format: 'exam-desk-enrolment',
      version: 1,
      url: 'ftp://x',
      token: 't',
    });
    const core = await freshProductionComputer({ machineConfigDir: folder.dir });
    await core.provisioned;
    const status = await clientOf(core).ok('setup.status', {});
    expect(status.provisioned).toEqual({
      path: folder.path,
      state: 'failed',
      message: expect.stringMatching(/cannot be used: file\.url: uses ftp:\/\//) as unknown,
    });
    expect(status.needed).toBe(true);
  });

  it('is left alone on a computer that is already set up', async () => {
    const server = await serverWithEastfield();
    const dataDir = tempDir('exam-set-up-');
    const first = await freshProductionComputer({ dataDir }, 25);
    await clientOf(first).ok('setup.createOrganisation', {
      ...newOrganisation,
      organisationName: 'Westfield School',
      adminEmail: 'wes@westfield.example',
    });
    await first.close();
    const folder = machineFolder(enrolment(server.url));
    const again = await freshProductionComputer({ dataDir, machineConfigDir: folder.dir }, 26);
    await again.provisioned;
    expect(await clientOf(again).ok('setup.status', {})).toMatchObject({ provisioned: null });
    expect(readDevice(dataDir).enrolment).toBeUndefined();
  });
});
