import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

/**
 * `npm start`: build, then launch the desktop app. Where the Electron binary is
 * missing (an offline install with ELECTRON_SKIP_BINARY_DOWNLOAD=1), say so and
 * start the browser preview instead.
 */
const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  try {
    const path = require('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function build(): void {
  const result = spawnSync(
    'npx',
    ['electron-vite', 'build', '-c', 'electron/electron.vite.config.ts'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

build();
const binary = electronBinary();
if (binary) {
  const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'The Electron binary is not installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1?).',
  );
  console.log('Starting the browser preview instead: the same app and data, in your browser.');
  await import('../preview/cli');
}
