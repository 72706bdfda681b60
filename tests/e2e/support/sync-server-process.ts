import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TURSODB = resolve(
  import.meta.dirname,
  '../../../node_modules/@tursodatabase/cli-linux-x64-gnu/tursodb',
);

export interface SyncServerProcess {
  url: string;
  kill(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
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

const listening = (port: number) =>
  new Promise<boolean>((r) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      r(true);
    });
    socket.once('error', () => r(false));
  });

/** The real `tursodb --sync-server` on a free loopback port, its files in a temp folder. */
export async function startSyncServerProcess(): Promise<SyncServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'exam-e2e-sync-'));
  const port = await freePort();
  let child: ChildProcess | null = null;
  const exited = (c: ChildProcess) =>
    new Promise<void>((r) => {
      if (c.exitCode !== null || c.signalCode !== null) r();
      else c.once('exit', () => r());
    });
  const server: SyncServerProcess = {
    url: `http://127.0.0.1:${String(port)}`,
    async start() {
      const c = spawn(
        TURSODB,
        ['--sync-server', `127.0.0.1:${String(port)}`, join(dir, 'server.db')],
        {
          stdio: 'ignore',
        },
      );
      child = c;
      const deadline = Date.now() + 15_000;
      while (!(await listening(port))) {
        if (Date.now() > deadline) throw new Error('tursodb did not start');
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async kill() {
      const c = child;
      child = null;
      if (!c) return;
      c.kill('SIGKILL');
      await exited(c);
    },
    async stop() {
      await server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
