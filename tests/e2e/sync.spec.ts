import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';
import { startSyncServerProcess, type SyncServerProcess } from './support/sync-server-process';
import { demoLogins, expect, signIn, test } from './support/fixtures';

/** These tests enrol the device and stop the server, so they run in order on their own preview host. */
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

test('a broken enrolment file is refused in words and the computer stays local', async ({
  page,
}) => {
  await signIn(page, host, demoLogins.admin);
  await page.getByRole('link', { name: 'Sync' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sync' })).toBeVisible();
  await expect(page.getByTestId('sync-state')).toHaveText(/Local only/);
  const file = join(tmpdir(), `not-an-enrolment-${String(Date.now())}.json`);
  writeFileSync(file, '{"hello": "world"}');
  await page.getByLabel('Enrolment file').setInputFiles(file);
  await expect(page.getByRole('alert')).toContainText('not an Exam Desk enrolment file');
  await expect(page.getByTestId('sync-state')).toHaveText(/Local only/);
});

test('an admin enrols the computer, syncs, and sees it in the organisation’s computers', async ({
  page,
}) => {
  await signIn(page, host, demoLogins.admin);
  await page.getByRole('link', { name: 'Sync' }).click();
  await page.getByLabel('Sync URL').fill(server.url);
  await page.getByLabel('Auth token').fill('local-dev-token');
  await page.getByLabel('Computer name').fill('Hall A desk 1');
  await page.getByRole('button', { name: 'Check server' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'This database is empty' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Enrol', exact: true }).click();
  await expect(page.getByText('sync is on', { exact: false })).toBeVisible();
  await expect(page.getByTestId('enrolled-url')).toHaveText(server.url);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText(/Online and in sync/);
  await expect(page.getByTestId('sync-pending')).toHaveText('0 changes');
  await expect(page.getByRole('cell', { name: /Hall A desk 1/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Recent sync runs' })).toContainText('Sent changes');
  await expect(page.getByLabel('Status bar')).toContainText('Synced');
});

test('with the server gone, a student is told in plain words that answers are safe', async ({
  page,
}) => {
  await server.kill();
  await signIn(page, host, demoLogins.admin);
  await page.getByRole('link', { name: 'Sync' }).click();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText(/Offline/);
  await expect(page.getByLabel('Status bar')).toContainText('No connection to the sync server');

  await page.getByRole('button', { name: /sign out/i }).click();
  await signIn(page, host, demoLogins.student1);
  await expect(page.getByLabel('Status bar')).toContainText(
    'Your answers are saved on this computer and will be sent when the network returns.',
  );
  await expect(page.getByLabel('Status bar')).not.toContainText('sync server');
});
