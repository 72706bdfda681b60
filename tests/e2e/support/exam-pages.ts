import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { PreviewProcess } from './preview-process';

interface DemoQuestion {
  type: string;
  text: string;
  options?: Array<{ id: string; text: string }>;
  key: Record<string, unknown> | null;
}

/** The demo bank, read from the resource file: the test knows the keys, the page never does. */
const demo = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../../resources/demo/demo-organisation.json'),
    'utf8',
  ),
) as { questions: DemoQuestion[] };

export function demoQuestionByText(text: string): DemoQuestion {
  const q = demo.questions.find((x) => x.text === text);
  if (!q) throw new Error(`no demo question "${text}"`);
  return q;
}

export async function signInAs(page: Page, host: PreviewProcess, email: string): Promise<void> {
  await page.goto(host.url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('demo1234');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function startDemoExam(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /^(Start|Resume) exam$/ })
    .first()
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^(Start|Resume) exam$/ })
    .click();
  await expect(page.getByRole('heading', { name: /^Question \d+ of 11$/ })).toBeVisible();
}

export async function currentQuestionText(page: Page): Promise<string> {
  return (await page.locator('.question__text').textContent()) ?? '';
}

/** Answers the question on screen correctly (an essay gets a paragraph). */
export async function answerCorrectly(page: Page): Promise<string> {
  const text = await currentQuestionText(page);
  const q = demoQuestionByText(text);
  const optionText = (id: string) => q.options?.find((o) => o.id === id)?.text ?? '';
  switch (q.type) {
    case 'single_choice':
      await page
        .getByRole('radio', { name: optionText(q.key?.optionId as string), exact: true })
        .check();
      break;
    case 'multiple_response':
      for (const id of q.key?.optionIds as string[]) {
        await page.getByRole('checkbox', { name: optionText(id), exact: true }).check();
      }
      break;
    case 'true_false':
      await page.getByRole('radio', { name: q.key?.value ? 'True' : 'False', exact: true }).check();
      break;
    case 'short_answer':
      await page
        .getByLabel('Your answer')
        .fill(`  ${(q.key?.accepted as string[])[0]!.toUpperCase()} `);
      break;
    case 'numeric':
      await page.getByLabel('Your answer (a number)').fill(String(q.key?.value));
      break;
    case 'essay':
      await page
        .getByLabel('Your answer')
        .fill(
          'An algorithm is a finite list of steps. Making tea: boil water, add the tea, wait, pour.',
        );
      await expect(page.getByText(/^1[0-9] words/)).toBeVisible();
      break;
  }
  return q.type;
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-indicator')).toContainText('Saved on this computer');
}
