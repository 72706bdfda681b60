import type { APIRequestContext } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';
import { DEMO_PASSWORD, demoLogins, expect, signIn, test } from './support/fixtures';

/**
 * These tests deactivate accounts and the organisation, so they run in order on
 * a preview host of their own instead of the worker's shared one.
 */
test.describe.configure({ mode: 'serial' });

let host: PreviewProcess;

test.beforeAll(async () => {
  host = await startPreviewProcess();
});

test.afterAll(async () => {
  await host.stop();
});

interface ApiAnswer {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

/** Calls the preview API directly, as an admin working in another window would. */
async function adminCall(
  request: APIRequestContext,
  method: string,
  input: Record<string, unknown>,
): Promise<ApiAnswer> {
  const headers = { 'x-exam-token': host.token, 'x-exam-tab': 'e2e-admin-console' };
  const signedIn = await request.post(`${host.origin}/api/auth.signIn`, {
    headers,
    data: { email: demoLogins.admin, password: DEMO_PASSWORD },
  });
  expect(((await signedIn.json()) as ApiAnswer).ok).toBe(true);
  const response = await request.post(`${host.origin}/api/${method}`, { headers, data: input });
  return (await response.json()) as ApiAnswer;
}

async function personId(request: APIRequestContext, email: string): Promise<string> {
  const answer = await adminCall(request, 'people.list', {});
  const people = answer.value as { id: string; email: string }[];
  const person = people.find((p) => p.email === email);
  if (!person) throw new Error(`${email} is not in the demo organisation`);
  return person.id;
}

test('a person deactivated while signed in is sent back to sign in, then refused', async ({
  page,
  request,
}) => {
  await signIn(page, host, demoLogins.proctor);
  await expect(page.getByRole('heading', { level: 1, name: 'Proctor console' })).toBeVisible();

  const id = await personId(request, demoLogins.proctor);
  expect((await adminCall(request, 'people.update', { id, active: false })).ok).toBe(true);

  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Your session has ended. Please sign in again.')).toBeVisible();

  await page.getByLabel('Email').fill(demoLogins.proctor);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This account is deactivated. Ask an administrator to reactivate it.',
  );
});

test('an inactive organisation is shown as read-only with its reason', async ({
  page,
  request,
}) => {
  expect((await adminCall(request, 'organisation.update', { active: false })).ok).toBe(true);

  await signIn(page, host, demoLogins.student1);
  await expect(page.getByRole('heading', { level: 1, name: 'My exams' })).toBeVisible();
  const banner = page.getByRole('status').filter({ hasText: 'Read-only.' });
  await expect(banner).toContainText('Your organisation is inactive');
  // Reading still works.
  await expect(page.getByRole('article', { name: 'General Knowledge — Demo Exam' })).toBeVisible();
});
