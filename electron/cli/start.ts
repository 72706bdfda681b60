import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { previewStartFailure, runPreview } from '../preview/run';
import { electronBinary } from './electron-binary';

/**
 * `npm start`: build, then launch the desktop app. Where the Electron binary is
 * missing (an offline install with ELECTRON_SKIP_BINARY_DOWNLOAD=1), say so and
 * start the browser preview instead, opened in the default browser where there
 * is one (EXAM_NO_OPEN=1 skips that).
 */
const root = resolve(import.meta.dirname, '../..');

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
if ('path' in binary) {
  const child = spawn(binary.path, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`The desktop app cannot open here: ${binary.missing}.`);
  console.log('Starting the browser preview instead: the same app and data, in your browser.');
  await runPreview({ openBrowser: true }).catch((error: unknown) => {
    console.error(previewStartFailure(error));
    process.exit(1);
  });
}
