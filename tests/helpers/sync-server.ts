import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import { connect as netConnect, createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import type { InValue, Value } from '@libsql/client/http';
import { withServerDatabase } from '@db/server/connection';
import { tempDir } from './temp-dir';

/** The real Turso sync server binary shipped by the `turso` devDependency. */
export const TURSODB = resolve(
  import.meta.dirname,
  '../../node_modules/@tursodatabase/cli-linux-x64-gnu/tursodb',
);

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolveOpen) => {
    const socket = netConnect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolveOpen(true);
    });
    socket.once('error', () => resolveOpen(false));
  });
}

export interface SyncServer {
  url: string;
  port: number;
  dir: string;
  /** Starts it again on the same port and files. */
  start(): Promise<void>;
  /** SIGKILL, as a crash or a pulled plug would. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  running(): boolean;
  /**
   * Runs SQL on the server's database through its HTTP API; rows as plain
   * objects. A JS number argument is sent as REAL, a bigint as INTEGER.
   */
  query(sql: string, args?: InValue[]): Promise<Array<Record<string, ServerValue>>>;
}

/** A value as tests compare it; blobs as hex (no table the tests read holds one). */
export type ServerValue = string | number | bigint | null;

function plainValue(value: Value | undefined): ServerValue {
  if (value === undefined || value === null) return null;
  if (value instanceof ArrayBuffer) return Buffer.from(value).toString('hex');
  return value;
}

const servers: SyncServer[] = [];
const fileServers: SyncServer[] = [];

afterEach(async () => {
  while (servers.length > 0) await servers.pop()?.stop();
});

afterAll(async () => {
  while (fileServers.length > 0) await fileServers.pop()?.stop();
});

/** `tursodb --sync-server 127.0.0.1:PORT` on a temp folder; stopped after the test. */
export async function startSyncServer(
  options: {
    dir?: string;
    port?: number;
    /** `file`: keep it for the whole test file (fixtures built in beforeAll); `test` by default. */
    until?: 'test' | 'file';
  } = {},
): Promise<SyncServer> {
  const dir = options.dir ?? tempDir('exam-sync-server-', options.until ?? 'test');
  const port = options.port ?? (await freePort());
  let child: ChildProcess | null = null;
  const exited = (c: ChildProcess) =>
    new Promise<void>((r) => {
      if (c.exitCode !== null || c.signalCode !== null) r();
      else c.once('exit', () => r());
    });
  const server: SyncServer = {
    url: `http://127.0.0.1:${port}`,
    port,
    dir,
    async start() {
      if (child) return;
      const c = spawn(TURSODB, ['--sync-server', `127.0.0.1:${port}`, join(dir, 'server.db')], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      c.stderr.on('data', (d: Buffer) => {
        stderr = (stderr + d.toString()).slice(-4_000);
      });
      child = c;
      c.once('exit', () => {
        if (child === c) child = null;
      });
      const deadline = Date.now() + 15_000;
      while (!(await portOpen(port))) {
        if (c.exitCode !== null || c.signalCode !== null)
          throw new Error(`tursodb exited at start:\n${stderr}`);
        if (Date.now() > deadline) throw new Error(`tursodb did not listen on ${port}:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async kill() {
      const c = child;
      if (!c) return;
      c.kill('SIGKILL');
      await exited(c);
      child = null;
    },
    async stop() {
      const c = child;
      if (!c) return;
      c.kill('SIGTERM');
      const timer = setTimeout(() => c.kill('SIGKILL'), 3_000);
      await exited(c);
      clearTimeout(timer);
      child = null;
    },
    running: () => child !== null,
    async query(sql, args = []) {
      const result = await withServerDatabase(
        { url: `http://127.0.0.1:${port}`, token: 'test' },
        (client) => client.execute({ sql, args }),
      );
      return result.rows.map((row) =>
        Object.fromEntries(result.columns.map((column, i) => [column, plainValue(row[i])])),
      );
    },
  };
  (options.until === 'file' ? fileServers : servers).push(server);
  await server.start();
  return server;
}

export interface TokenGateway {
  url: string;
  close(): Promise<void>;
}

const gateways: Server[] = [];

afterEach(async () => {
  while (gateways.length > 0) {
    const g = gateways.pop();
    if (g) await new Promise<void>((r) => g.close(() => r()));
  }
});

/**
 * Turso Cloud refuses a wrong token with 401; the local sync server takes any.
 * This loopback gateway in front of it checks the bearer token like the cloud
 * does and forwards everything else untouched.
 */
export async function startTokenGateway(target: SyncServer, token: string): Promise<TokenGateway> {
  const server = createHttpServer((req, res) => {
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end('Unauthorized: invalid token');
      return;
    }
    const upstream = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  gateways.push(server);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
