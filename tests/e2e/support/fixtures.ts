import { test as base, expect, type Page } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './preview-process';

export const DEMO_PASSWORD = 'demo1234';
export const demoLogins = {
  admin: 'admin@northfield.example',
  author: 'author@northfield.example',
  proctor: 'proctor@northfield.example',
  student1: 'student1@northfield.example',
  student2: 'student2@northfield.example',
  student3: 'student3@northfield.example',
} as const;

interface WorkerFixtures {
  /** One preview host (own data folder) per worker. */
  preview: PreviewProcess;
}

export const test = base.extend<object, WorkerFixtures>({
  preview: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured first argument
    async ({}, use) => {
      const host = await startPreviewProcess();
      await use(host);
      await host.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
});

export { expect };

/** Opens the app in the preview and signs in through the login screen. */
export async function signIn(
  page: Page,
  preview: PreviewProcess,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(preview.url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
