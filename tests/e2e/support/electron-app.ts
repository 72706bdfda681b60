import { _electron as electron, test, type ElectronApplication } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { electronBinary } from './electron-binary';

const root = resolve(import.meta.dirname, '../../..');
const binary = electronBinary();

/**
 * A group of tests that need the Electron binary. Without it there is no
 * window to test: each test is skipped and the reason printed once, under `tag`.
 */
export function describeWithElectron(title: string, tag: string, body: () => void): void {
  test.describe(title, () => {
    test.beforeAll(() => {
      if ('missing' in binary) console.log(`[${tag}] skipped: ${binary.missing}`);
    });
    test.beforeEach(() => {
      // A skip only where the binary is absent (offline installs), with the reason printed above.
      test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
    });
    body();
  });
}

/** Runs the built app on a fresh data folder, and closes it and removes the folder afterwards. */
export async function withElectronApp(run: (app: ElectronApplication) => Promise<void>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'exam-electron-'));
  const app = await electron.launch({
    ...('path' in binary ? { executablePath: binary.path } : {}),
    args: [root, '--no-sandbox'],
    env: { ...process.env, EXAM_DATA_DIR: dataDir },
  });
  try {
    await run(app);
  } finally {
    await app.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
