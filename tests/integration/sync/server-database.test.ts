import { LibsqlError } from '@libsql/client/http';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrations } from '@db/migrations/index';
import { addColumn, sqlStep, type Migration } from '@db/migrations/types';
import { openServerDatabase, withServerDatabase } from '@db/server/connection';
import { ServerDatabaseError } from '@db/server/errors';
import { applyServerMigrations } from '@db/server/migrations';
import { readServerTenant } from '@db/server/tenant';
import { SyncTransport } from '@main/services/sync/transport';
import { freePort, startSyncServer, startTokenGateway } from '../../helpers/sync-server';

const NOW = '2026-06-02T08:00:00Z';

const listening: Array<Server | NetServer> = [];
const sockets = new Set<Socket>();

afterEach(async () => {
  // Close the connections held open by a server that never answers, so closing it can finish.
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  while (listening.length > 0) {
    const server = listening.pop();
    if (server) await new Promise<void>((r) => server.close(() => r()));
  }
});

function track(server: Server | NetServer): void {
  server.on('connection', (socket: Socket) => sockets.add(socket));
  listening.push(server);
}

/** A loopback HTTP server that answers every request with `status` and `body`. */
async function answeringWith(status: number, body: string, contentType: string): Promise<string> {
  const server = createHttpServer((_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  });
  track(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** A loopback server that takes connections and never answers. */
async function silent(): Promise<string> {
  const server = createNetServer(() => undefined);
  track(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

async function failureOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

async function serverDatabaseFailure(work: Promise<unknown>): Promise<ServerDatabaseError> {
  const error = await failureOf(work);
  expect(error).toBeInstanceOf(ServerDatabaseError);
  return error as ServerDatabaseError;
}

describe('the organisation database on the sync server', () => {
  it('applies the migrations once, and reads back the schema version and organisations', async () => {
    const server = await startSyncServer();
    const options = { url: server.url, token: 'admin-token' };

    expect(await withServerDatabase(options, readServerTenant)).toEqual({
      organisations: [],
      schemaVersion: 0,
    });

    const first = await withServerDatabase(options, (c) =>
      applyServerMigrations(c, { nowIso: NOW }),
    );
    expect(first.before).toBe(0);
    expect(first.after).toBe(latestSchemaVersion);
    expect(first.applied.map((m) => m.version)).toEqual(
      migrations.map((m) => m.version).sort((a, b) => a - b),
    );

    const rowsAfterFirst = await server.query(
      'SELECT version, typeof(version) AS type, name, applied_at FROM schema_migrations ORDER BY version',
    );
    expect(rowsAfterFirst).toHaveLength(migrations.length);
    expect(rowsAfterFirst.every((r) => r.type === 'integer' && r.applied_at === NOW)).toBe(true);

    const second = await withServerDatabase(options, (c) =>
      applyServerMigrations(c, { nowIso: '2026-07-01T00:00:00Z' }),
    );
    expect(second).toEqual({
      before: latestSchemaVersion,
      after: latestSchemaVersion,
      applied: [],
    });
    expect(
      await server.query(
        'SELECT version, typeof(version) AS type, name, applied_at FROM schema_migrations ORDER BY version',
      ),
    ).toEqual(rowsAfterFirst);

    await server.query(
      "INSERT INTO clients (id, name, created_at) VALUES ('c2', 'Second College', '2026-02-01'), ('c1', 'Northfield College', '2026-01-01')",
    );
    expect(await withServerDatabase(options, readServerTenant)).toEqual({
      organisations: ['Northfield College', 'Second College'],
      schemaVersion: latestSchemaVersion,
    });
  });

  it('adds a column only where it is missing, so a migration recorded nowhere can run again', async () => {
    const server = await startSyncServer();
    const options = { url: server.url, token: 't' };
    await withServerDatabase(options, (c) => applyServerMigrations(c, { nowIso: NOW }));
    await server.query('ALTER TABLE questions ADD COLUMN room_note TEXT');
    const additive: Migration = {
      version: latestSchemaVersion + 1,
      name: 'room_note',
      steps: [addColumn('questions', 'room_note', 'TEXT'), addColumn('tests', 'room_note', 'TEXT')],
    };
    const report = await withServerDatabase(options, (c) =>
      applyServerMigrations(c, { nowIso: NOW, migrations: [...migrations, additive] }),
    );
    expect(report.applied).toEqual([{ version: additive.version, name: 'room_note' }]);
    const columns = async (table: string) =>
      (await server.query(`PRAGMA table_info(${table})`)).filter((c) => c.name === 'room_note');
    expect(await columns('questions')).toHaveLength(1);
    expect(await columns('tests')).toHaveLength(1);
  });

  it('keeps nothing of a migration that fails part way, and says why in SQL terms', async () => {
    const server = await startSyncServer();
    const options = { url: server.url, token: 't' };
    await withServerDatabase(options, (c) => applyServerMigrations(c, { nowIso: NOW }));
    const broken: Migration = {
      version: latestSchemaVersion + 1,
      name: 'broken',
      steps: [
        addColumn('questions', 'half_done', 'TEXT'),
        sqlStep('CREATE TABLE half_done_things (id TEXT PRIMARY KEY)'),
        sqlStep("INSERT INTO no_such_table (id) VALUES ('x')"),
      ],
    };
    const error = await failureOf(
      withServerDatabase(options, (c) =>
        applyServerMigrations(c, { nowIso: NOW, migrations: [...migrations, broken] }),
      ),
    );
    // A reachable server refusing SQL is not a URL or token problem.
    expect(error).toBeInstanceOf(LibsqlError);
    expect(error).not.toBeInstanceOf(ServerDatabaseError);
    expect((error as Error).message).toMatch(/no_such_table/);

    expect(
      (await server.query('PRAGMA table_info(questions)')).filter((c) => c.name === 'half_done'),
    ).toEqual([]);
    expect(
      await server.query("SELECT name FROM sqlite_schema WHERE name = 'half_done_things'"),
    ).toEqual([]);
    expect(
      await withServerDatabase(options, (c) => readServerTenant(c)).then((t) => t.schemaVersion),
    ).toBe(latestSchemaVersion);
  });

  it('sends libsql:// URLs over HTTPS through the given fetch, which sees every request body', async () => {
    const server = await startSyncServer();
    const seen: string[] = [];
    const toLocalServer: typeof fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      seen.push(url);
      return fetch(url.replace('https://northfield.example.test', server.url), init);
    };
    const transport = new SyncTransport({ fetch: toLocalServer });
    const tenant = await withServerDatabase(
      { url: 'libsql://northfield.example.test', token: 't', fetch: transport.fetch },
      readServerTenant,
    );
    expect(tenant).toEqual({ organisations: [], schemaVersion: 0 });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((u) => u === 'https://northfield.example.test/v2/pipeline')).toBe(true);
    expect(transport.sentBytes).toBeGreaterThan(0);
    expect(transport.receivedBytes).toBeGreaterThan(0);
  });

  it('names the token when the server refuses it', async () => {
    const server = await startSyncServer();
    const gateway = await startTokenGateway(server, 'right-token');
    expect(
      await withServerDatabase({ url: gateway.url, token: 'right-token' }, readServerTenant),
    ).toEqual({ organisations: [], schemaVersion: 0 });

    const refused = await serverDatabaseFailure(
      withServerDatabase({ url: gateway.url, token: 'wrong-token' }, readServerTenant),
    );
    expect(refused).toMatchObject({ field: 'token', status: 401 });
    expect(refused.message).toMatch(/refused this token/);
    expect(refused.toApiError().toBody()).toEqual({
      code: 'VALIDATION',
      field: 'token',
      message: 'The server refused this token (it may be wrong, expired or for another database)',
      messageId: 'server.tokenRefused',
    });
  });

  it('names the URL when nothing listens, the server is not a sync server, or it does not answer', async () => {
    const nothing = `http://127.0.0.1:${await freePort()}`;
    const unreachable = await serverDatabaseFailure(
      withServerDatabase({ url: nothing, token: 't' }, readServerTenant),
    );
    expect(unreachable).toMatchObject({ field: 'url', status: null });
    expect(unreachable.message).toContain(`could not reach a sync server at ${nothing}`);

    const notFound = await serverDatabaseFailure(
      withServerDatabase(
        { url: await answeringWith(404, 'not here', 'text/plain'), token: 't' },
        readServerTenant,
      ),
    );
    expect(notFound).toMatchObject({ field: 'url', status: 404 });
    expect(notFound.message).toMatch(/there is no database at http:\/\/127\.0\.0\.1:\d+$/);

    const webPage = await serverDatabaseFailure(
      withServerDatabase(
        { url: await answeringWith(200, '<html>hello</html>', 'text/html'), token: 't' },
        readServerTenant,
      ),
    );
    expect(webPage).toMatchObject({ field: 'url', status: 200 });
    expect(webPage.message).toMatch(/did not answer like a Turso sync server/);

    const broken = await serverDatabaseFailure(
      withServerDatabase(
        { url: await answeringWith(502, 'bad gateway', 'text/plain'), token: 't' },
        readServerTenant,
      ),
    );
    expect(broken).toMatchObject({ field: 'url', status: 502 });
    expect(broken.message).toMatch(/answered 502; is this a Turso sync URL\?/);

    const hanging = await serverDatabaseFailure(
      withServerDatabase({ url: await silent(), token: 't', timeoutMs: 300 }, readServerTenant),
    );
    expect(hanging).toMatchObject({ field: 'url', status: null });
    expect(hanging.message).toMatch(/did not answer in time/);
  });

  it('names the URL when it is not one the client can use', () => {
    for (const url of ['not a url', 'ftp://files.example.test/db']) {
      let error: unknown;
      try {
        openServerDatabase({ url, token: 't' });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ServerDatabaseError);
      expect(error).toMatchObject({ field: 'url', status: null });
      expect((error as Error).message).toMatch(/is not a sync URL/);
    }
  });
});
