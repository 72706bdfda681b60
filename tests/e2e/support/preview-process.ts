import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

export interface PreviewProcess {
  /** http://127.0.0.1:PORT/?token=... */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Stops the host gracefully. */
  stop(): Promise<void>;
  /** Kills the host with SIGKILL, as a crash would. */
  kill(): Promise<void>;
  /** Starts the host again on the same data folder, port and token. */
  restart(): Promise<void>;
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

function launch(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return new Promise((resolveChild, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'electron/preview/cli.ts')],
      {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`The preview host did not start:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Open: ')) {
        clearTimeout(timer);
        resolveChild(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The preview host exited (${code ?? 'signal'}):\n${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once('exit', () => resolveExit());
  });
}

export interface PreviewOptions {
  /** Extra environment for the host (e.g. EXAM_PREVIEW_CLOCK_RATE). */
  env?: Record<string, string>;
  /** An existing data folder (prepared by the caller); a fresh one otherwise. */
  dataDir?: string;
}

/** The real preview host in its own process, on a fresh data folder, a free port and a random token. */
export async function startPreviewProcess(options: PreviewOptions = {}): Promise<PreviewProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'exam-e2e-'));
  const port = await freePort();
  const token = randomBytes(18).toString('base64url');
  const env = {
    ...process.env,
    EXAM_DATA_DIR: dataDir,
    EXAM_PREVIEW_PORT: String(port),
    EXAM_PREVIEW_TOKEN: token,
    ...options.env,
  };
  let child = await launch(env);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    dataDir,
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async restart() {
      child = await launch(env);
    },
  };
}
