import { demoLogins, expect, signIn, test } from './support/fixtures';

test.describe('admin mode', () => {
  test.beforeEach(async ({ page, preview }) => {
    await signIn(page, preview, demoLogins.admin);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  });

  test('the overview bank table searches and filters by type', async ({ page }) => {
    const bank = page.getByRole('region', { name: 'Question bank' });
    const table = bank.getByRole('table', { name: 'Question bank' });

    await bank.getByLabel('Type').selectOption({ label: 'Essay' });
    await expect(bank.getByText('4 questions match')).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(5);
    for (const row of await table
      .getByRole('row')
      .all()
      .then((rows) => rows.slice(1))) {
      await expect(row.getByRole('cell').first()).toHaveText('Essay');
    }

    await bank.getByLabel('Type').selectOption({ label: 'All types' });
    await bank.getByLabel('Search questions').fill('capital city of Australia');
    await expect(bank.getByText('1 question match')).toBeVisible();
    const row = table.getByRole('row', { name: /What is the capital city of Australia\?/ });
    await expect(row).toContainText('Single choice');
    await expect(row).toContainText('Easy');
    await expect(row).toContainText('geography');

    await bank.getByLabel('Search questions').fill('no question says this');
    await expect(bank.getByText('No questions match')).toBeVisible();
    await bank.getByRole('button', { name: 'Clear filters' }).click();
    await expect(bank.getByLabel('Search questions')).toHaveValue('');
    await expect(bank.getByText('Showing 1–10 of 38 questions')).toBeVisible();
  });

  test('the overview bank table pages through all 38 questions', async ({ page }) => {
    const bank = page.getByRole('region', { name: 'Question bank' });
    await bank.getByRole('button', { name: 'Next page' }).click();
    await expect(bank.getByText('Showing 11–20 of 38 questions')).toBeVisible();
    await bank.getByRole('button', { name: 'Next page' }).click();
    await bank.getByRole('button', { name: 'Next page' }).click();
    await expect(bank.getByText('Showing 31–38 of 38 questions')).toBeVisible();
    await expect(bank.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await expect(bank.getByRole('table').getByRole('row')).toHaveCount(9);
  });

  test('the Question bank screen filters by difficulty and tag', async ({ page }) => {
    await page.getByRole('link', { name: 'Question bank' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Question bank' })).toBeVisible();
    await expect(page).toHaveURL(/#\/questions$/);
    await expect(page.getByText('38 questions in the bank')).toBeVisible();

    await page.getByLabel('Tag', { exact: true }).fill('geography');
    const table = page.getByRole('table', { name: 'All questions' });
    await expect(table.getByRole('row', { name: /capital city of Australia/ })).toBeVisible();
    // The demo bank tags five questions with geography (plus the header row).
    await expect(table.getByRole('row')).toHaveCount(6);
    for (const row of (await table.getByRole('row').all()).slice(1)) {
      await expect(row).toContainText('geography');
    }

    await page.getByLabel('Tag', { exact: true }).fill('');
    await page.getByLabel('Difficulty').selectOption({ label: 'Hard' });
    await expect(page.getByText('2 questions match')).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(3);
    for (const row of (await table.getByRole('row').all()).slice(1)) {
      await expect(row).toContainText('Hard');
    }

    await page.getByLabel('Show').selectOption({ label: 'Deleted questions' });
    await expect(page.getByText('No questions match')).toBeVisible();
  });

  test('the Tests screen lists tests and filters them by status', async ({ page }) => {
    await page.getByRole('link', { name: 'Tests', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tests' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Tests' });
    await expect(table.getByRole('row')).toHaveCount(3);
    const demo = table.getByRole('row', { name: /General Knowledge — Demo Exam/ });
    await expect(demo).toContainText('Available any time');
    await expect(demo.getByRole('cell').last()).toHaveText('3');

    const status = page.getByRole('group', { name: 'Filter by status' });
    await status.getByRole('button', { name: /Draft/ }).click();
    await expect(status.getByRole('button', { name: /Draft/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('heading', { name: 'Draft tests' })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('Science Mid-Term (draft)');

    await status.getByRole('button', { name: /Closed/ }).click();
    await expect(page.getByText('No closed tests')).toBeVisible();
  });

  test('the People screen lists the organisation’s accounts', async ({ page }) => {
    await page.getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    const table = page.getByRole('table', { name: 'People' });
    await expect(table.getByRole('row')).toHaveCount(7);
    await expect(table.getByRole('row', { name: /Ada Admin/ })).toContainText('Administrator');

    await page.getByLabel('Role').selectOption({ label: 'Student' });
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(page.getByText('3 people')).toBeVisible();

    await page.getByLabel('Search people').fill('tara');
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('student2@northfield.example');
  });

  test('browser back returns to the previous admin screen', async ({ page }) => {
    await page.getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page).toHaveTitle('Overview — Exam Desk');
  });
});

test('an author cannot open the audit trail by its address', async ({ page, preview }) => {
  await signIn(page, preview, demoLogins.author);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.goto(`${preview.origin}/#/audit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toHaveCount(0);
});
