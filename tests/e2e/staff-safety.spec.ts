import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoLogins } from './support/fixtures';
import { documentHeight } from './support/page-metrics';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';

/**
 * The staff screens' defects, each fixed with its assertion: nothing destroyed
 * or locked by one click, aligned label grids, a test builder that loses no
 * work, texts in words, labelled charts, pages that fit the window, start codes
 * only where they apply, the proctor console for admins, and the resume text.
 * Its own preview host: it deactivates the organisation and deletes questions.
 */
let preview: PreviewProcess;

test.beforeAll(async () => {
  preview = await startPreviewProcess();
});
test.afterAll(async () => {
  await preview.stop();
});

async function signInAs(page: Page, email: string) {
  await page.goto(preview.url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signInAsAdmin(page: Page) {
  await signInAs(page, demoLogins.admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

/** Every term sits on the row of its own value, to its left. */
async function expectAlignedPairs(list: Locator) {
  await expect(list.locator(':scope > dt').first()).toBeVisible();
  const terms = await list.locator(':scope > dt').all();
  expect(terms.length).toBeGreaterThan(2);
  for (const term of terms) {
    const value = term.locator('xpath=following-sibling::dd[1]');
    const t = await term.boundingBox();
    const v = await value.boundingBox();
    if (!t || !v) throw new Error('a term or value is not on screen');
    expect(Math.abs(t.y - v.y)).toBeLessThan(2);
    expect(t.x + t.width).toBeLessThanOrEqual(v.x);
  }
}

test('deactivating the organisation asks first, and reactivating clears the read-only banner', async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.getByRole('link', { name: 'Organisation' }).click();
  await page.getByRole('button', { name: 'Deactivate organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deactivate Northfield College?' });
  await expect(dialog).toContainText('Everything becomes read-only');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Read-only.')).toHaveCount(0);

  await page.getByRole('button', { name: 'Deactivate organisation' }).click();
  await dialog.getByRole('button', { name: 'Deactivate organisation' }).click();
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices.getByText('Read-only.')).toBeVisible();
  await expect(page.getByText('The organisation is deactivated')).toBeVisible();

  await page.getByRole('button', { name: 'Undo: reactivate' }).click();
  await expect(page.getByRole('button', { name: 'Deactivate organisation' })).toBeVisible();
  await expect(notices.getByText('Read-only.')).toHaveCount(0);
});

test('deleting a question in a published test warns, asks, and can be undone; its details line up', async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.getByRole('link', { name: 'Question bank' }).click();
  await page.getByLabel('Search questions').fill('capital city of Australia');
  await page
    .getByRole('table', { name: 'All questions' })
    .getByRole('button', { name: 'What is the capital city of Australia?' })
    .click();
  const detail = page.getByRole('complementary', { name: 'Question' });
  await expectAlignedPairs(detail.locator('dl'));

  await detail.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this question?' });
  await expect(dialog.getByRole('alert')).toContainText('It is in a published test');
  await expect(dialog).toContainText('General Knowledge — Demo Exam (published)');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(detail.getByRole('button', { name: 'Delete' })).toBeVisible();

  await detail.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete question' }).click();
  await expect(detail.getByText('Question deleted.')).toBeVisible();
  await detail.getByRole('button', { name: 'Undo' }).click();
  await expect(detail.getByRole('button', { name: 'Delete' })).toBeVisible();
});

test('Plan and usage lines its labels up with their values and shows no internal keys', async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.getByRole('link', { name: 'Organisation' }).click();
  const plan = page.getByRole('region', { name: 'Plan and usage' });
  await expectAlignedPairs(plan.locator('dl'));
  await expect(plan.getByRole('table')).not.toContainText(/\([a-z]+_[a-z_]+\)/);
});

test('the test builder keeps one draft across screens, counts as you go, and pages the bank', async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.getByRole('link', { name: 'Tests', exact: true }).click();
  const rows = page.getByRole('table', { name: 'Tests' }).getByRole('row');
  const before = await rows.count();

  // New test, twice, writes nothing.
  await page.getByRole('link', { name: 'New test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New test' })).toBeVisible();
  await page.getByRole('link', { name: 'Tests', exact: true }).first().click();
  await page.getByRole('link', { name: 'New test' }).click();
  await page.getByRole('link', { name: 'Tests', exact: true }).first().click();
  await expect(rows).toHaveCount(before);

  // A refusal names the field in words, never zod's.
  await page.getByRole('link', { name: 'New test' }).click();
  await page.getByRole('button', { name: 'Create test' }).click();
  const settings = page.getByRole('form', { name: 'Test settings' });
  await expect(settings.getByRole('alert')).toHaveText('A test needs a name');
  await expect(page.getByText(/Too small|expected string/)).toHaveCount(0);

  // The picker reaches every question of the bank.
  await expect(page.getByText('Showing 1–20 of 34 questions in the bank')).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Showing 21–34 of 34 questions in the bank')).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Questions in the bank' }).getByRole('listitem'),
  ).toHaveCount(14);
  await page.getByRole('button', { name: 'Previous page' }).click();

  // Unsaved work survives leaving the screen; the header counts what is on screen.
  await settings.getByLabel('Name').fill('Draft kept');
  await page.getByLabel('Search the bank').fill('capital city of Australia');
  await page.getByRole('button', { name: /^Add: What is the capital city/ }).click();
  await expect(page.getByTestId('test-counts')).toContainText('1 question · 1 mark');
  await page.getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await page.goBack();
  await expect(settings.getByLabel('Name')).toHaveValue('Draft kept');
  await expect(page.getByTestId('test-counts')).toContainText('1 question · 1 mark');

  // One save sends settings and questions together.
  await expect(page.getByRole('button', { name: /^Save/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Create test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Draft kept' })).toBeVisible();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(page.getByTestId('test-counts')).toContainText('1 question · 1 mark');
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  await settings.getByLabel('Pass mark (%)').fill('40');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish' })).toBeDisabled();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();

  // Deleting the draft asks first.
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Draft kept”?' });
  await expect(dialog).toContainText('This cannot be undone');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Draft kept' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tests' })).toBeVisible();
  await expect(rows).toHaveCount(before);
});

test('publishing and closing a test ask first and say what will happen', async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByRole('link', { name: 'Tests', exact: true }).click();
  await page.getByRole('link', { name: 'General Knowledge — Demo Exam' }).click();
  await page.getByRole('button', { name: 'Close test' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close “General Knowledge — Demo Exam”?' });
  await expect(dialog).toContainText('No one can start it any more');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Close test' })).toBeVisible();
});

test('a sitting shows in words: the gradebook names the computer, the histogram has axes, the audit reads as sentences', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // A student sits the demo exam on this computer and submits it.
  await signInAs(page, demoLogins.student2);
  await page.getByRole('button', { name: 'Start exam' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('heading', { name: /^Question 1 of 11$/ })).toBeVisible();

  // Back on My exams, the resume dialog says the clock kept running.
  await page.goto(`${preview.origin}/#/`);
  await page.getByRole('button', { name: 'Resume exam' }).click();
  const resume = page.getByRole('dialog');
  await expect(resume).toContainText('Your clock has been running since you started');
  await expect(resume).not.toContainText('The clock starts when you start');
  await resume.getByRole('button', { name: 'Resume exam' }).click();
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await page
    .getByRole('dialog', { name: 'Submit your exam?' })
    .getByRole('button', { name: 'Submit now' })
    .click();
  await expect(page.getByRole('heading', { name: 'Exam submitted' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signInAsAdmin(page);
  // The name this computer goes by, as the Sync screen shows it.
  await page.getByRole('link', { name: 'Sync' }).click();
  const thisComputer = page.getByRole('region', { name: 'This computer' });
  const computerName = (await thisComputer.locator('.panel__meta').textContent())?.trim() ?? '';
  expect(computerName).not.toBe('');
  await page.getByRole('link', { name: 'Results' }).click();
  await page
    .getByLabel('Test', { exact: true })
    .selectOption({ label: 'General Knowledge — Demo Exam' });
  await page.getByRole('button', { name: 'Gradebook' }).click();
  const book = page.getByRole('table', { name: 'Gradebook' });
  const row = book.getByRole('row', { name: /Tara/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(6)).toHaveText(computerName);
  await expect(row).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{3}/);
  const chart = page.getByRole('img', { name: /^Score distribution in 10% bands/ });
  await expect(chart).toContainText('Attempts');
  await expect(chart).toContainText('Score (%)');
  await expect(chart).toContainText('90–100');
  await expect(chart).toHaveAccessibleName(/0–9%: 1 attempt/);

  await page.getByRole('link', { name: 'Audit trail' }).click();
  const audit = page.getByRole('table', { name: 'Audit trail' });
  await expect(audit.getByText('Submitted an exam').first()).toBeVisible();
  await expect(audit.getByText('Signed in').first()).toBeVisible();
  await expect(audit).not.toContainText('auth.sign_in');
  await expect(audit).not.toContainText('last_login_at');
  await expect(audit).not.toContainText(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  await expect(audit).not.toContainText(/[{}]/);
});

test('no admin screen is taller than the window', async ({ page }) => {
  await signInAsAdmin(page);
  for (const screen of [
    '',
    'questions',
    'tests',
    'results',
    'proctor',
    'people',
    'audit',
    'settings',
    'sync',
  ]) {
    await page.goto(`${preview.origin}/#/${screen}`);
    await expect(page.locator('main h1')).toBeVisible();
    const { scrollHeight, innerHeight } = await documentHeight(page);
    expect(scrollHeight, `#/${screen}`).toBeLessThanOrEqual(innerHeight);
  }
});

test('an admin reaches the proctor console, where start codes are offered only where a test needs one', async ({
  page,
}) => {
  await signInAsAdmin(page);
  await page.getByRole('link', { name: 'Proctor console' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Proctor console' })).toBeVisible();
  const codes = page.getByRole('table', { name: 'Published tests' });
  const demo = codes.getByRole('row', { name: /General Knowledge — Demo Exam/ });
  await expect(demo).toContainText('Not needed');
  await expect(demo.getByRole('button')).toHaveCount(0);
});

test('the sync screen speaks in sentences', async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByRole('link', { name: 'Sync' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(main).not.toContainText('wal size');
  await expect(main).not.toContainText('folded in');
  await expect(main).not.toContainText(/\burl:/);
});
