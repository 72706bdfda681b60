import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signInAs } from './support/exam-pages';
import { demoLogins } from './support/fixtures';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';

/**
 * A student who chooses Arabic: the page root says so (lang and dir), the
 * display settings read in Arabic, and the screen has no accessibility
 * violation; choosing the organisation's language again brings English back.
 */
let host: PreviewProcess;
test.beforeAll(async () => {
  host = await startPreviewProcess();
});
test.afterAll(async () => {
  await host.stop();
});

test('a student’s own language: Arabic, right to left, and back', async ({ page }) => {
  await signInAs(page, host, demoLogins.student2);
  await page.getByRole('button', { name: 'Display settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Display settings' });
  await dialog.getByRole('radio', { name: 'العربية' }).check();

  const root = page.locator('html');
  await expect(root).toHaveAttribute('dir', 'rtl');
  await expect(root).toHaveAttribute('lang', 'ar');
  const arabic = page.getByRole('dialog', { name: 'إعدادات العرض' });
  await expect(arabic.getByText('حجم النص')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);

  await arabic.getByRole('radio', { name: /لغة مؤسستك/u }).check();
  await expect(root).toHaveAttribute('dir', 'ltr');
  await expect(root).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('dialog', { name: 'Display settings' })).toBeVisible();
});
