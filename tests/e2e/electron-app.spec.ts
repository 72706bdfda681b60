import { expect, test } from '@playwright/test';
import { describeWithElectron, withElectronApp } from './support/electron-app';

describeWithElectron('desktop app window (needs the Electron binary)', 'electron-app', () => {
  test('opens the login screen from app:// with no Node in the page', async () => {
    await withElectronApp(async (app) => {
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
    });
  });
});
