import { DEMO_PASSWORD, demoLogins, expect, test } from './support/fixtures';
import { dataDirWithOrganisation } from './support/organisation-data';
import { startPreviewProcess } from './support/preview-process';

test.describe('a preview link without this run’s token', () => {
  test('opened without a token, the page says what happened and where the right link is', async ({
    page,
    preview,
  }) => {
    await page.goto(`${preview.origin}/`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'This link has no preview token' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'How to get the right link' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(`Open: ${preview.origin}/?token=…`);
    await expect(page.getByRole('main')).toContainText('EXAM_PREVIEW_TOKEN');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toHaveCount(0);
    await expect(page.getByLabel('Password')).toHaveCount(0);
    await expect(page).toHaveTitle('Preview link needed — Exam Desk');
  });

  test('opened with a token from an earlier run, it says the link is stale', async ({
    page,
    preview,
  }) => {
    await page.goto(`${preview.origin}/?token=from-before-the-restart-0123`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'This link is from an earlier run' }),
    ).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveCount(0);

    // The printed link, opened in the same tab, works.
    await page.goto(preview.url);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });
});

test.describe('the login screen on the demo organisation', () => {
  test('lists the demo logins with their roles; one click fills the form in', async ({
    page,
    preview,
  }) => {
    await page.goto(preview.url);
    const demo = page.getByRole('region', { name: 'Demo logins' });
    await expect(demo).toContainText('Northfield College is a demo organisation');
    await expect(demo).toContainText(DEMO_PASSWORD);
    await expect(demo.getByRole('button')).toHaveText([
      `Administrator${demoLogins.admin}`,
      `Author${demoLogins.author}`,
      `Proctor${demoLogins.proctor}`,
      `Student${demoLogins.student1}`,
      `Student${demoLogins.student2}`,
      `Student${demoLogins.student3}`,
    ]);

    await demo.getByRole('button', { name: demoLogins.proctor }).click();
    await expect(page.getByLabel('Email')).toHaveValue(demoLogins.proctor);
    await expect(page.getByLabel('Password')).toHaveValue(DEMO_PASSWORD);
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page.getByRole('banner')).toContainText('Priya Proctor');
  });

  test('a computer never enrolled says it is local only, with no count of changes', async ({
    page,
    preview,
  }) => {
    // The demo seed's changes are waiting locally, so a count would show if the bar gave one.
    const answer = await page.request.post(`${preview.origin}/api/sync.status`, {
      headers: { 'x-exam-token': preview.token, 'x-exam-tab': 'first-run-check' },
      data: {},
    });
    const sync = (await answer.json()) as { ok: boolean; value: { pendingChanges: number } };
    expect(sync.value.pendingChanges).toBeGreaterThan(0);

    await page.goto(preview.url);
    const status = page.getByRole('contentinfo');
    await expect(status).toContainText('Local only: not connected to an organisation server');
    await expect(status).not.toContainText('waiting to sync');
  });
});

test.describe('the login screen on another organisation', () => {
  test('shows no demo logins and nothing about its people', async ({ page }) => {
    const dataDir = dataDirWithOrganisation({
      name: 'Southfield School',
      people: [
        { name: 'Sue Admin', email: 'admin@southfield.example', role: 'admin' },
        { name: 'Stan Student', email: 'student@southfield.example', role: 'student' },
      ],
      password: DEMO_PASSWORD,
    });
    const host = await startPreviewProcess({ dataDir });
    try {
      const answers: string[] = [];
      page.on('response', (response) => {
        if (response.url().includes('/api/auth.demoAccounts')) {
          void response.text().then((body) => answers.push(body));
        }
      });
      await page.goto(host.url);
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
      await expect.poll(() => answers).toEqual(['{"ok":true,"value":null}']);
      await expect(page.getByRole('region', { name: 'Demo logins' })).toHaveCount(0);
      await expect(page.getByText('southfield.example')).toHaveCount(0);

      // The organisation is there and works: its own people sign in.
      await page.getByLabel('Email').fill('admin@southfield.example');
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('banner')).toContainText('Southfield School');
    } finally {
      await host.stop();
    }
  });
});
