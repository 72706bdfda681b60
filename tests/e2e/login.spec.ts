import { DEMO_PASSWORD, demoLogins, expect, signIn, test } from './support/fixtures';

test.describe('signing in', () => {
  test('the login screen shows the brand, the fields and the sync state', async ({
    page,
    preview,
  }) => {
    await page.goto(preview.url);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByText('Exam Desk', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Email')).toBeFocused();
    await expect(page.getByLabel('Password')).toHaveAttribute('type', 'password');
    await expect(page.getByRole('contentinfo')).toContainText('Local only');
    // The preview token is taken out of the address bar once read.
    expect(page.url()).not.toContain('token=');
  });

  test('an admin lands on the admin overview with the demo bank', async ({ page, preview }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    await signIn(page, preview, demoLogins.admin);

    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Questions in bank' })).toContainText('34');
    await expect(page.getByRole('group', { name: 'Tests' })).toContainText('1 draft · 1 published');
    await expect(page.getByRole('group', { name: 'People' })).toContainText('6');
    await expect(page.getByRole('group', { name: 'People' })).toContainText('3 students');

    const tests = page.getByRole('table', { name: 'Tests' });
    const demoExam = tests.getByRole('row', { name: /General Knowledge — Demo Exam/ });
    await expect(demoExam).toContainText('Published');
    await expect(demoExam.getByRole('cell', { name: '11', exact: true })).toBeVisible();
    await expect(demoExam.getByRole('cell', { name: '20', exact: true })).toBeVisible();
    await expect(demoExam).toContainText('30 min');
    await expect(tests.getByRole('row', { name: /Science Mid-Term \(draft\)/ })).toContainText(
      'Draft',
    );

    await expect(page.getByText('Showing 1–10 of 34 questions')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Question bank' }).getByRole('row')).toHaveCount(
      11,
    );

    const header = page.getByRole('banner');
    await expect(header).toContainText('Northfield College');
    await expect(header).toContainText('Ada Admin');
    await expect(header).toContainText('Administrator');
    await expect(page.getByRole('contentinfo')).toContainText('Local only');

    const nav = page.getByRole('navigation', { name: 'Admin' });
    await expect(nav.getByRole('link')).toHaveText([
      'Overview',
      'Question bank',
      'Tests',
      'Results',
      'Proctor console',
      'People',
      'Audit trail',
      'Organisation',
      'Sync',
      'Backup',
    ]);
    await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(problems).toEqual([]);
  });

  test('an author lands in admin mode without the audit trail or organisation settings', async ({
    page,
    preview,
  }) => {
    await signIn(page, preview, demoLogins.author);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Questions in bank' })).toContainText('34');
    await expect(page.getByRole('banner')).toContainText('Arthur Author');
    const nav = page.getByRole('navigation', { name: 'Admin' });
    // Authors manage students (People), not staff; the audit trail and billing are the admin's.
    await expect(nav.getByRole('link')).toHaveText([
      'Overview',
      'Question bank',
      'Tests',
      'Results',
      'People',
    ]);
  });

  test('a proctor lands on the proctor console', async ({ page, preview }) => {
    await signIn(page, preview, demoLogins.proctor);
    await expect(page.getByRole('heading', { level: 1, name: 'Proctor console' })).toBeVisible();
    // The demo organisation has no attempts yet.
    await expect(page.getByText('No exams in progress')).toBeVisible();
    await expect(page.getByText('0 students')).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Priya Proctor');
    await expect(page.getByRole('banner')).toContainText('Proctor console');
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByText(/^Updated /)).toBeVisible();
  });

  test('a student lands on My exams with the published demo exam', async ({ page, preview }) => {
    await signIn(page, preview, demoLogins.student1);
    await expect(page.getByRole('heading', { level: 1, name: 'My exams' })).toBeVisible();
    await expect(page.getByText('Hello Sam. 1 exam is open for you now.')).toBeVisible();

    const card = page.getByRole('article', { name: 'General Knowledge — Demo Exam' });
    await expect(card).toContainText('A short mixed exam that shows every question type.');
    const facts = [
      ['Time allowed', '30 minutes'],
      ['Questions', '11'],
      ['Total marks', '20'],
      ['Attempts left', '3 of 3'],
      ['Available', 'Open now, no closing time'],
      ['Start code', 'Not needed'],
    ] as const;
    for (const [term, value] of facts) {
      await expect(card.getByRole('term').filter({ hasText: term })).toBeVisible();
      await expect(card.getByRole('definition').filter({ hasText: value })).toBeVisible();
    }
    // Drafts never reach students.
    await expect(page.getByText('Science Mid-Term')).toHaveCount(0);
    // The card's one action starts the exam (after a summary of the rules).
    await expect(card.getByRole('button')).toHaveText(['Start exam']);
    await expect(page.getByRole('banner')).toContainText('Sam Student');
  });

  test('the keyboard alone signs in: Tab between fields, Enter submits', async ({
    page,
    preview,
  }) => {
    await page.goto(preview.url);
    await expect(page.getByLabel('Email')).toBeFocused();
    await page.keyboard.type(demoLogins.student1);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Password')).toBeFocused();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'My exams' })).toBeVisible();
  });
});

test.describe('refused sign-ins', () => {
  test('a wrong password shows the error and stays on the login screen', async ({
    page,
    preview,
  }) => {
    await signIn(page, preview, demoLogins.student3, 'not-the-password');
    await expect(page.getByRole('alert')).toHaveText('The email or password is not right');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue(demoLogins.student3);
    await expect(page.getByLabel('Password')).toHaveValue('');
    await expect(page.getByLabel('Password')).toBeFocused();
    await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();

    // The same person then signs in with the right password.
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My exams' })).toBeVisible();
  });

  test('an email that is not an address is refused with a field message', async ({
    page,
    preview,
  }) => {
    await signIn(page, preview, 'not-an-email');
    await expect(page.getByRole('alert')).toHaveText('Enter a valid email address');
    await expect(page.getByLabel('Email')).toBeFocused();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  });

  test('five wrong passwords lock the account, and the lock shows a readable time', async ({
    page,
    preview,
  }) => {
    await page.goto(preview.url);
    await page.getByLabel('Email').fill(demoLogins.student2);
    for (let i = 0; i < 4; i += 1) {
      await page.getByLabel('Password').fill(`wrong-${String(i)}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('alert')).toHaveText('The email or password is not right');
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    }
    await page.getByLabel('Password').fill('wrong-5');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('Too many wrong passwords');

    // Even the right password is refused while the lock lasts.
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Too many wrong passwords. Try again after');
    // The service's ISO time is shown as a local date and time.
    await expect(alert).not.toContainText(/\d{4}-\d{2}-\d{2}T/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });
});

test.describe('staying signed in and signing out', () => {
  test('a reload keeps the session and the screen', async ({ page, preview }) => {
    await signIn(page, preview, demoLogins.admin);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Admin' })
      .getByRole('link', { name: 'Tests' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tests' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Tests' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Ada Admin');
    await expect(page.getByLabel('Email')).toHaveCount(0);
  });

  test('a reload keeps a student on My exams', async ({ page, preview }) => {
    await signIn(page, preview, demoLogins.student1);
    await expect(page.getByRole('heading', { level: 1, name: 'My exams' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'My exams' })).toBeVisible();
    await expect(
      page.getByRole('article', { name: 'General Knowledge — Demo Exam' }),
    ).toBeVisible();
  });

  test('signing out returns to the login screen and ends the session', async ({
    page,
    preview,
  }) => {
    await signIn(page, preview, demoLogins.proctor);
    await expect(page.getByRole('heading', { level: 1, name: 'Proctor console' })).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue('');
    await expect(page.getByRole('contentinfo')).toContainText('Local only');

    // The session is gone in main too, so a reload does not bring it back.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('banner')).toHaveCount(0);
  });

  test('the next person lands on their own screen, not the last person’s', async ({
    page,
    preview,
  }) => {
    await signIn(page, preview, demoLogins.admin);
    await page.getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.getByLabel('Email').fill(demoLogins.author);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  });
});
