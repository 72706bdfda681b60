import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** The real Turso sync server binary shipped by the `turso` devDependency. */
const TURSODB = resolve(
  import.meta.dirname,
  '../../../node_modules/@tursodatabase/cli-linux-x64-gnu/tursodb',
);

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

/** `tursodb --sync-server` on a free loopback port over the database in `dir` (kept when it stops). */
export async function startTursoServer(
  dir: string,
): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    TURSODB,
    ['--sync-server', `127.0.0.1:${String(port)}`, join(dir, 'server.db')],
    {
      stdio: 'ignore',
    },
  );
  const deadline = Date.now() + 15_000;
  while (!(await listening(port))) {
    if (child.exitCode !== null) throw new Error(`tursodb exited with ${String(child.exitCode)}`);
    if (Date.now() > deadline) throw new Error('tursodb did not start');
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    url: `http://127.0.0.1:${String(port)}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
