import { textMatching } from '../../helpers/matchers';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, startSyncServer, startTokenGateway } from '../../helpers/sync-server';
import { setPlan } from '../admin/admin-fixtures';
import { enrol, newDevice, rows, syncOk, type Device } from './support/devices';

const enrolmentFile = (url: string, token: string) =>
  JSON.stringify({
    format: 'exam-desk-enrolment',
    version: 1,
    url,
    token,
    organisation: 'Northfield College',
  });

async function snapshot(device: Device) {
  return {
    deviceFile: readFileSync(join(device.core.dataDir, 'device.json'), 'utf8'),
    organisations: await rows(device, 'SELECT id, name FROM clients'),
    people: await rows(device, 'SELECT id, email FROM profiles ORDER BY id'),
    overview: (await device.admin.ok('sync.overview', {})).enrolment,
  };
}

describe('enrolment', () => {
  it('enrols from an enrolment file behind a token check, and shows where the token is kept', async () => {
    const server = await startSyncServer();
    const gateway = await startTokenGateway(server, 'right-token');
    const device = await newDevice();
    const result = await device.admin.ok('sync.enrolFromFile', {
      fileText: enrolmentFile(gateway.url, 'right-token'),
      deviceName: 'Front desk',
    });
    expect(result).toMatchObject({
      mode: 'publish',
      organisation: 'Northfield College',
      signInAgain: false,
    });
    await syncOk(device);
    const overview = await device.admin.ok('sync.overview', {});
    expect(overview.enrolment).toMatchObject({
      url: gateway.url,
      deviceName: 'Front desk',
      deviceRole: 'exam',
    });
    expect(overview.secretStorage.scheme).toBe('file-plain');
    expect(overview.secretStorage.description).toMatch(/unencrypted in device\.json/);
    expect(await server.query('SELECT name FROM devices')).toEqual([{ name: 'Front desk' }]);
  });

  it.each([
    ['garbage bytes', () => '\u0000\u0001not json', 'fileText' as const, 'file', /not valid JSON/],
    [
      'another JSON file',
      () => JSON.stringify({ hello: 'world' }),
      'fileText' as const,
      'file.format',
      /not an Exam Desk enrolment file/,
    ],
    [
      'a plain-http remote URL',
      () => enrolmentFile('http://192.0.2.10:8080', 't'),
      'fileText' as const,
      'file.url',
      /https/,
    ],
  ])(
    'refuses %s with a clear error and leaves local data untouched',
    async (_name, text, _key, field, message) => {
      const device = await newDevice();
      const before = await snapshot(device);
      const result = await device.admin.call('sync.enrolFromFile', {
        fileText: text(),
        deviceName: 'PC',
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field, message: textMatching(message) },
      });
      expect(await snapshot(device)).toEqual(before);
    },
  );

  it('refuses a URL where no server listens, a server that is not a sync server, and a refused token', async () => {
    const device = await newDevice();
    const before = await snapshot(device);
    const nothing = await device.admin.call('sync.enrol', {
      url: `http://127.0.0.1:${await freePort()}`,
      token: 'x',
      deviceName: 'PC',
    });
    expect(nothing).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'url',
        message: textMatching(/Could not reach a sync server/),
      },
    });

    const notSync = createServer((_req, res) => {
      res.writeHead(404);
      res.end('not here');
    });
    await new Promise<void>((r) => notSync.listen(0, '127.0.0.1', () => r()));
    const address = notSync.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const wrongServer = await device.admin.call('sync.enrol', {
      url: `http://127.0.0.1:${port}`,
      token: 'x',
      deviceName: 'PC',
    });
    await new Promise<void>((r) => notSync.close(() => r()));
    expect(wrongServer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'url', message: textMatching(/no database/) },
    });

    const server = await startSyncServer();
    const gateway = await startTokenGateway(server, 'right-token');
    const refused = await device.admin.call('sync.enrol', {
      url: gateway.url,
      token: 'wrong-token',
      deviceName: 'PC',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'token',
        message: textMatching(/refused this token/),
      },
    });

    const badUrl = await device.admin.call('sync.enrol', {
      url: 'not a url',
      token: 'x',
      deviceName: 'PC',
    });
    expect(badUrl).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'url' } });
    expect(await snapshot(device)).toEqual(before);
    expect(await server.query("SELECT name FROM sqlite_schema WHERE type = 'table'")).toEqual([]);
  });

  it('max_devices: a computer past the limit is refused, re-enrolling keeps a place, un-enrolling frees one', async () => {
    const server = await startSyncServer();
    const a = await enrol(await newDevice(), server, 'Lab PC A');
    await setPlan(a.core, { max_devices: 1 });
    await syncOk(a);

    const b = await newDevice();
    const before = await snapshot(b);
    const refused = await b.admin.call('sync.enrol', {
      url: server.url,
      token: 'test-token',
      deviceName: 'Lab PC B',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: textMatching(/^max_devices \(1\) reached/) },
    });
    expect(await snapshot(b)).toEqual(before);
    expect(existsSync(join(b.core.dataDir, 'enrol-staging'))).toBe(false);

    // A holds the one place: a new token for it is not a new device.
    const again = await a.admin.ok('sync.enrol', {
      url: server.url,
      token: 'new-token',
      deviceName: 'Lab PC A (renamed)',
    });
    expect(again.mode).toBe('resume');

    await syncOk(a);
    await a.admin.ok('sync.unenrol', {});
    const joined = await b.admin.ok('sync.enrol', {
      url: server.url,
      token: 'test-token',
      deviceName: 'Lab PC B',
    });
    expect(joined.mode).toBe('join');
    await syncOk(b);
    expect(
      await server.query(
        'SELECT name, unenrolled_at IS NULL AS enrolled FROM devices ORDER BY name',
      ),
    ).toEqual([
      { name: 'Lab PC A (renamed)', enrolled: 0 },
      { name: 'Lab PC B', enrolled: 1 },
    ]);
  });

  it('only an admin may enrol', async () => {
    const device = await newDevice();
    const { signedIn } = await import('../../helpers/core');
    const author = await signedIn(device.core, 'author');
    const result = await author.call('sync.enrol', {
      url: 'http://127.0.0.1:1',
      token: 'x',
      deviceName: 'PC',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('un-enrolling refuses while changes are unsent, and allows it once they are exported', async () => {
    const server = await startSyncServer();
    const device = await enrol(await newDevice(), server, 'Lab PC');
    await syncOk(device);
    await server.kill();
    await device.admin.ok('organisation.update', { address: '1 Offline Road' });
    const refused = await device.admin.call('sync.unenrol', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: textMatching(/not reached the server yet/) },
    });

    const exported = await device.admin.ok('sync.exportUnsynced', {});
    expect(exported.changes).toBeGreaterThan(0);
    const file = JSON.parse(readFileSync(exported.path, 'utf8')) as {
      changes: Array<{ table: string; row: Record<string, unknown> | null }>;
    };
    expect(
      file.changes.some((c) => c.table === 'clients' && c.row?.address === '1 Offline Road'),
    ).toBe(true);

    const done = await device.admin.ok('sync.unenrol', {});
    expect(done.unenrolledAt).toBeTruthy();
    const overview = await device.admin.ok('sync.overview', {});
    expect(overview.enrolment).toBeNull();
    expect(overview.status.state).toBe('local-only');
    expect(existsSync(exported.path)).toBe(true);
    // Still usable on its own: local data and writes carry on.
    await device.admin.ok('organisation.update', { address: '2 Local Lane' });
  });
});
