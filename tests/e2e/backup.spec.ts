import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';
import { startSyncServerProcess, type SyncServerProcess } from './support/sync-server-process';
import { demoLogins, expect, signIn, test } from './support/fixtures';

/**
 * Admin → Backup in Chromium against the preview: writing a rescue file of
 * this computer (a download in the browser), rescuing a typed data folder,
 * and importing a file exactly once. The computer is enrolled halfway, so
 * the tests run in order on their own preview host.
 */
test.describe.configure({ mode: 'serial' });

let host: PreviewProcess;
let server: SyncServerProcess;

test.beforeAll(async () => {
  host = await startPreviewProcess();
  server = await startSyncServerProcess();
});

test.afterAll(async () => {
  await host.stop();
  await server.stop();
});

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return result.violations.map(
    (v) => `${v.impact ?? 'unknown'} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function openBackup(page: Page): Promise<void> {
  await signIn(page, host, demoLogins.admin);
  await page
    .getByRole('navigation', { name: 'Admin' })
    .getByRole('link', { name: 'Backup' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backup and recovery' })).toBeVisible();
}

/** Clicks the download button and answers the downloaded file's path. */
async function downloadRescue(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a rescue file of this computer' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^rescue-.+\.json$/);
  const path = join(mkdtempSync(join(tmpdir(), 'exam-e2e-rescue-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

test('a rescue file of this computer downloads, a bad folder is refused in words, and axe finds nothing', async ({
  page,
}) => {
  await openBackup(page);
  expect(await axeViolations(page), 'Backup screen').toEqual([]);

  const path = await downloadRescue(page);
  const file = JSON.parse(readFileSync(path, 'utf8')) as { format: string };
  expect(file.format).toBe('exam-desk-rescue-file');
  await expect(
    page.getByRole('status').filter({ hasText: 'Wrote a rescue file of' }),
  ).toBeVisible();
  // Not enrolled yet: the organisation does not know this computer's key, and the screen says so.
  await expect(page.getByText('never registered its signing key')).toBeVisible();

  const folder = page.getByLabel('Another computer’s data folder');
  await folder.fill('relative/folder');
  await page.getByRole('button', { name: 'Rescue this folder' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Data folder must be a full path/);
  await expect(folder).toHaveAttribute('aria-invalid', 'true');
  await folder.fill(mkdtempSync(join(tmpdir(), 'exam-e2e-not-data-')));
  await page.getByRole('button', { name: 'Rescue this folder' }).click();
  await expect(page.getByRole('alert')).toHaveText(/is not an Exam Desk data folder/);
  expect(await axeViolations(page), 'Backup screen with a refused folder').toEqual([]);
});

test('once enrolled, its rescue file imports, and the second import of it changes nothing', async ({
  page,
}) => {
  await signIn(page, host, demoLogins.admin);
  await page.getByRole('link', { name: 'Sync' }).click();
  await page.getByLabel('Sync URL').fill(server.url);
  await page.getByLabel('Auth token').fill('local-dev-token');
  await page.getByLabel('Computer name').fill('Lab PC 7');
  await page.getByRole('button', { name: 'Check server' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'This database is empty' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Enrol', exact: true }).click();
  await expect(page.getByText('sync is on', { exact: false })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Admin' })
    .getByRole('link', { name: 'Backup' })
    .click();
  const path = await downloadRescue(page);
  await expect(page.getByText('never registered its signing key')).toHaveCount(0);

  const input = page.getByLabel('Rescue file', { exact: true });
  await input.setInputFiles(path);
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported the rescue file from Lab PC 7' }),
  ).toBeVisible();
  await input.setInputFiles([]);
  await input.setInputFiles(path);
  await expect(
    page.getByRole('status').filter({
      hasText: /This rescue file from Lab PC 7 was already imported .*; nothing changed\./,
    }),
  ).toBeVisible();
  expect(await axeViolations(page), 'Backup screen after imports').toEqual([]);
});
