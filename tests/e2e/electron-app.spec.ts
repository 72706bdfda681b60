import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { electronBinary } from './support/electron-binary';

const root = resolve(import.meta.dirname, '../..');
const binary = electronBinary();

test.describe('desktop app window (needs the Electron binary)', () => {
  test.beforeAll(() => {
    if ('missing' in binary) console.log(`[electron-app] skipped: ${binary.missing}`);
  });

  test('opens the login screen from app:// with no Node in the page', async () => {
    // Without the binary there is no window to test; the reason is printed above.
    test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
    const dataDir = mkdtempSync(join(tmpdir(), 'exam-electron-'));
    const app = await electron.launch({
      ...('path' in binary ? { executablePath: binary.path } : {}),
      args: [root, '--no-sandbox'],
      env: { ...process.env, EXAM_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/exam\//);
      // The page has the per-method bridge and no Node.
      const surface = await page.evaluate(() => ({
        hasRequire: typeof (globalThis as { require?: unknown }).require,
        hasProcess: typeof (globalThis as { process?: unknown }).process,
        methods: Object.keys(
          (globalThis as { examApi?: { methods: object } }).examApi?.methods ?? {},
        ).length,
      }));
      expect(surface.hasRequire).toBe('undefined');
      expect(surface.hasProcess).toBe('undefined');
      expect(surface.methods).toBeGreaterThan(10);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
