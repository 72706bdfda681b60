import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoLogins } from './support/fixtures';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';
import { accent } from '@shared/i18n/pseudo-accent';
import { expectNoPlainEnglish, pseudo } from './support/pseudo-text';

/**
 * Every staff screen in the pseudo-locale, as an admin walks them: the bank
 * and the question editor, the test builder, people, results, the audit
 * trail, sync, the organisation, backup and the proctor console. Refusals
 * are read too, made in main and in the editor from the same shared rules:
 * an empty question, a person with no name and an organisation with no name
 * are each refused in words from the catalogues, not main's English.
 */
let host: PreviewProcess;
test.beforeAll(async () => {
  host = await startPreviewProcess();
});
test.afterAll(async () => {
  await host.stop();
});

async function signInPseudo(page: Page, email: string): Promise<void> {
  await page.goto(`${host.url}&locale=en-XA`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await page.getByLabel(pseudo('Email')).fill(email);
  await page.getByLabel(pseudo('Password')).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: pseudo('Sign in') }).click();
}

/** The editor names a new question's options by letter (`Option A`): the letters are not words. */
const optionLetters = ['A', 'B', 'C', 'D'];

/** The organisation's own details and this computer's name, shown on the staff screens. */
interface DemoDetails {
  organisation: { address?: string };
  plans?: Array<{ name: string; description?: string }>;
}
const demo = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../resources/demo/demo-organisation.json'), 'utf8'),
) as DemoDetails;
const staffData = [
  demo.organisation.address ?? '',
  ...(demo.plans ?? []).flatMap((plan) => [plan.name, plan.description ?? '']),
  hostname(),
].filter((text) => text !== '');

async function openSection(page: Page, link: string): Promise<void> {
  await page.getByRole('link', { name: pseudo(link) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('every staff screen, and the refusals its forms show, are in the catalogues', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signInPseudo(page, demoLogins.admin);
  await expect(page.getByRole('link', { name: pseudo('Question bank') })).toBeVisible();
  await expectNoPlainEnglish(page, 'the admin overview', staffData);

  await openSection(page, 'Question bank');
  await expectNoPlainEnglish(page, 'the question bank', staffData);

  await page.getByRole('button', { name: pseudo('New question') }).click();
  const editor = page.getByRole('form', { name: pseudo('New question') });
  await expect(editor).toBeVisible();
  await expectNoPlainEnglish(page, 'the question editor', optionLetters);
  await editor.getByRole('button', { name: pseudo('Create question') }).click();
  await expect(editor.locator('.field__error').first()).toBeVisible();
  await expectNoPlainEnglish(page, 'the question editor refusing an empty question', optionLetters);

  await openSection(page, 'Tests');
  await expectNoPlainEnglish(page, 'the tests', staffData);
  await page.getByRole('link', { name: pseudo('New test') }).click();
  await expect(page.getByRole('button', { name: pseudo('Create test') })).toBeVisible();
  await expectNoPlainEnglish(page, 'the test builder', staffData);

  await openSection(page, 'People');
  await expectNoPlainEnglish(page, 'people', staffData);
  await page.getByRole('button', { name: pseudo('Add person') }).click();
  const add = page.getByRole('dialog', { name: pseudo('Add a person') });
  await add.getByRole('button', { name: pseudo('Add person') }).click();
  await expect(add.getByText(pseudo('A name is required'))).toBeVisible();
  await expectNoPlainEnglish(page, 'a person with no name refused', staffData);
  await add.getByRole('button', { name: pseudo('Cancel') }).click();

  await openSection(page, 'Results');
  await expectNoPlainEnglish(page, 'the gradebook', staffData);

  await openSection(page, 'Audit trail');
  await expectNoPlainEnglish(page, 'the audit trail', staffData);

  await openSection(page, 'Sync');
  await expectNoPlainEnglish(page, 'sync', staffData);

  await openSection(page, 'Organisation');
  await expectNoPlainEnglish(page, 'the organisation', staffData);
  await page.getByLabel(pseudo('Name'), { exact: true }).fill('');
  await page.getByRole('button', { name: pseudo('Save details') }).click();
  await expect(page.getByText(pseudo('The organisation needs a name'))).toBeVisible();
  await expectNoPlainEnglish(page, 'an organisation with no name refused', staffData);

  await openSection(page, 'Backup');
  await expectNoPlainEnglish(page, 'backup', staffData);
  // A service's own refusal (not a form's check) is said from its id too.
  await page.getByLabel(pseudo('Another computer’s data folder')).fill('relative/folder');
  await page.getByRole('button', { name: pseudo('Rescue this folder') }).click();
  await expect(page.locator('#rescue-folder-error')).toHaveText(
    `[${pseudo('Data folder')} ${accent('must be a full path (starting with / or a drive letter)')}]`,
  );
  await expectNoPlainEnglish(page, 'a typed rescue folder that is not a full path', staffData);

  await openSection(page, 'Proctor console');
  await expectNoPlainEnglish(page, 'the proctor console', staffData);
});
