import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_PASSWORD, demoLogins, expect, test } from './support/fixtures';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';
import { startSyncServerProcess, type SyncServerProcess } from './support/sync-server-process';

const STRONG = 'copper kettle lantern marsh';

/** The installed app's rules in the preview, with an empty stand-in for the machine-wide folder. */
function production(machineConfigDir = mkdtempSync(join(tmpdir(), 'exam-e2e-machine-'))) {
  return { EXAM_PRODUCTION: '1', EXAM_MACHINE_CONFIG_DIR: machineConfigDir };
}

async function api<T>(
  request: APIRequestContext,
  host: PreviewProcess,
  tab: string,
  method: string,
  input: object,
): Promise<T> {
  const response = await request.post(`${host.origin}/api/${method}`, {
    headers: { 'x-exam-token': host.token, 'x-exam-tab': tab },
    data: input,
  });
  const body = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.value;
}

/** A sync server holding Eastfield Academy, created and published by another production computer. */
async function serverWithEastfield(
  request: APIRequestContext,
): Promise<{ server: SyncServerProcess; office: PreviewProcess }> {
  const server = await startSyncServerProcess();
  const office = await startPreviewProcess({ env: production() });
  await api(request, office, 'office-window', 'setup.createOrganisation', {
    organisationName: 'Eastfield Academy',
    adminName: 'Erin Admin',
    adminEmail: 'erin@eastfield.example',
    adminPassword: STRONG,
    adminPin: '583920',
  });
  await api(request, office, 'office-window', 'sync.enrol', {
    url: server.url,
    token: 'lab-token',
    deviceName: 'Office',
  });
  await api(request, office, 'office-window', 'sync.now', {});
  return { server, office };
}

const setupPaths = (page: Page) =>
  page.getByRole('radiogroup', { name: 'How to set up this computer' });
const demoNote = (page: Page) => page.getByRole('region', { name: 'Demo organisation' });

test('a fresh computer offers three ways to set up, and creates an organisation with a strong password and a PIN', async ({
  page,
}) => {
  const host = await startPreviewProcess({ env: production() });
  try {
    await page.goto(host.url);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Set up this computer' }),
    ).toBeVisible();
    await expect(page).toHaveTitle('Set up this computer — Exam Desk');
    await expect(setupPaths(page).getByRole('radio')).toHaveText([
      /^Enrol this computer/,
      /^Create an organisation/,
      /^Open the demo/,
    ]);
    await expect(demoNote(page)).toHaveCount(0);
    await expect(page.getByLabel('Email')).toHaveCount(0);

    await setupPaths(page)
      .getByRole('radio', { name: /Create an organisation/ })
      .click();
    const form = page.getByRole('region', { name: 'Create an organisation' });
    await form.getByLabel('Organisation name').fill('Eastfield Academy');
    await form.getByLabel('Your name').fill('Erin Admin');
    await form.getByLabel('Your email').fill('erin@eastfield.example');
    await form.getByLabel('Password', { exact: true }).fill('password1234');
    await form.getByLabel('Proctor PIN').fill('583920');
    await form.getByRole('button', { name: 'Create the organisation' }).click();
    await expect(
      form.getByRole('alert').filter({ hasText: 'Admin password is too easy to guess' }),
    ).toBeVisible();
    await expect(form.getByLabel('Password', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await form.getByLabel('Password', { exact: true }).fill(STRONG);
    await form.getByLabel('Proctor PIN').fill('123456');
    await form.getByRole('button', { name: 'Create the organisation' }).click();
    await expect(
      form
        .getByRole('alert')
        .filter({ hasText: 'Admin PIN is digits going up or down by the same step' }),
    ).toBeVisible();

    await form.getByLabel('Proctor PIN').fill('583920');
    await form.getByRole('button', { name: 'Create the organisation' }).click();
    await expect(page.getByRole('banner')).toContainText('Eastfield Academy');
    await expect(page.getByRole('banner')).toContainText('Erin Admin');
    await expect(demoNote(page)).toHaveCount(0);

    // A reload keeps the admin signed in; signing out shows the sign-in screen with no demo logins.
    await page.reload();
    await expect(page.getByRole('banner')).toContainText('Erin Admin');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Demo logins' })).toHaveCount(0);
    await page.getByLabel('Email').fill('erin@eastfield.example');
    await page.getByLabel('Password').fill(STRONG);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('banner')).toContainText('Erin Admin');
  } finally {
    await host.stop();
  }
});

test('the demo is marked as one on every screen, and cannot be published into an empty server', async ({
  page,
}) => {
  const server = await startSyncServerProcess();
  const host = await startPreviewProcess({ env: production() });
  try {
    await page.goto(host.url);
    await setupPaths(page)
      .getByRole('radio', { name: /Open the demo/ })
      .click();
    await page.getByRole('button', { name: 'Open the demo' }).click();

    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(demoNote(page)).toContainText('Sample data whose passwords and PINs are public');
    await expect(demoNote(page)).toContainText('It cannot be published as an organisation.');
    await page
      .getByRole('region', { name: 'Demo logins' })
      .getByRole('button', { name: demoLogins.admin })
      .click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('banner')).toContainText('Northfield College');
    await expect(demoNote(page)).toBeVisible();

    await page.getByRole('link', { name: 'Sync' }).click();
    await page.getByLabel('Sync URL').fill(server.url);
    await page.getByLabel('Auth token').fill('lab-token');
    await page.getByLabel('Computer name').fill('Front desk');
    await page.getByRole('button', { name: 'Enrol', exact: true }).click();
    await expect(
      page.getByText('A demo cannot be published as a real organisation', { exact: false }),
    ).toBeVisible();
    await expect(page.getByTestId('enrolled-url')).toHaveCount(0);

    // The student sitting the demo exam sees the mark too.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').fill(demoLogins.student1);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'My exams' })).toBeVisible();
    await expect(demoNote(page)).toBeVisible();
  } finally {
    await host.stop();
    await server.stop();
  }
});

test('enrols this computer into its organisation by URL and token, then its people sign in', async ({
  page,
  request,
}) => {
  const { server, office } = await serverWithEastfield(request);
  const host = await startPreviewProcess({ env: production() });
  try {
    await page.goto(host.url);
    await setupPaths(page)
      .getByRole('radio', { name: /Enrol this computer/ })
      .click();
    const form = page.getByRole('region', { name: 'Enrol this computer' });
    await form.getByLabel('Sync URL').fill('http://192.0.2.10:8080');
    await form.getByLabel('Auth token').fill('lab-token');
    await form.getByLabel('Computer name').fill('Lab 2 PC 14');
    await form.getByRole('button', { name: 'Enrol', exact: true }).click();
    await expect(form.getByRole('alert').filter({ hasText: /https/ })).toBeVisible();

    await form.getByLabel('Sync URL').fill(server.url);
    await form.getByRole('button', { name: 'Enrol', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible({ timeout: 20_000 });
    await expect(
      page.getByRole('status').filter({ hasText: 'Eastfield Academy’s data' }),
    ).toBeVisible();
    await expect(demoNote(page)).toHaveCount(0);
    await page.getByLabel('Email').fill('erin@eastfield.example');
    await page.getByLabel('Password').fill(STRONG);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('banner')).toContainText('Eastfield Academy');
  } finally {
    await host.stop();
    await office.stop();
    await server.stop();
  }
});

test('a pre-set enrolment file enrols the computer on its first start; a broken one is explained', async ({
  page,
  request,
}) => {
  const { server, office } = await serverWithEastfield(request);
  const good = mkdtempSync(join(tmpdir(), 'exam-e2e-machine-'));
  writeFileSync(
    join(good, 'enrolment.json'),
    JSON.stringify({
      format: 'exam-desk-enrolment',
      version: 1,
      url: server.url,
      token: 'lab-token',
    }),
  );
  const broken = mkdtempSync(join(tmpdir(), 'exam-e2e-machine-'));
  writeFileSync(join(broken, 'enrolment.json'), '{"format": "exam-desk-enrolment", "version": 2}');
  const provisioned = await startPreviewProcess({ env: production(good) });
  const misconfigured = await startPreviewProcess({ env: production(broken) });
  try {
    await page.goto(provisioned.url);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible({ timeout: 20_000 });
    await page.getByLabel('Email').fill('erin@eastfield.example');
    await page.getByLabel('Password').fill(STRONG);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('banner')).toContainText('Eastfield Academy');

    await page.goto(misconfigured.url);
    await expect(page.getByRole('heading', { name: 'Set up this computer' })).toBeVisible();
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'The pre-set enrolment did not work.' });
    await expect(notice).toContainText(join(broken, 'enrolment.json'));
    await expect(notice).toContainText('file.version');
    await expect(notice).toContainText('tried again each time the app starts');
  } finally {
    await provisioned.stop();
    await misconfigured.stop();
    await office.stop();
    await server.stop();
  }
});
