import { expect, test, type APIRequestContext } from '@playwright/test';
import { signInAs } from './support/exam-pages';
import { DEMO_PASSWORD, demoLogins } from './support/fixtures';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';

/**
 * A student whose exam language is French: the exam screen speaks French, a
 * numeric answer typed with the decimal comma (`3,14`) is read as 3.14 and
 * scored correct against the key 3.14, which the language never changes.
 */
let host: PreviewProcess;
test.beforeAll(async () => {
  host = await startPreviewProcess();
});
test.afterAll(async () => {
  await host.stop();
});

interface ApiAnswer<T> {
  ok: boolean;
  value: T;
  error?: { message: string };
}

/** The preview API as an author in another window: how a test with one numeric question is set up. */
async function authorCall<T>(
  request: APIRequestContext,
  method: string,
  input: Record<string, unknown>,
): Promise<T> {
  const headers = { 'x-exam-token': host.token, 'x-exam-tab': 'e2e-author' };
  const signedIn = await request.post(`${host.origin}/api/auth.signIn`, {
    headers,
    data: { email: demoLogins.author, password: DEMO_PASSWORD },
  });
  expect(((await signedIn.json()) as ApiAnswer<unknown>).ok).toBe(true);
  const response = await request.post(`${host.origin}/api/${method}`, { headers, data: input });
  const answer = (await response.json()) as ApiAnswer<T>;
  expect(answer.error?.message ?? null, method).toBeNull();
  return answer.value;
}

const TEST_NAME = 'Pi to two places';

test('a French student answers 3,14 and it is scored correct', async ({ page, request }) => {
  const found = await authorCall<{ items: { id: string; text: string }[] }>(
    request,
    'questions.list',
    { search: 'value of pi' },
  );
  const pi = found.items.find((q) => q.text.startsWith('Give the value of pi'));
  if (!pi) throw new Error('the demo bank has no pi question');
  const created = await authorCall<{ id: string }>(request, 'tests.create', {
    settings: { name: TEST_NAME, allowReview: true, showScore: 'immediately' },
  });
  await authorCall(request, 'tests.setQuestions', {
    id: created.id,
    questions: [{ questionId: pi.id, marks: 1 }],
  });
  await authorCall(request, 'tests.publish', { id: created.id });

  await signInAs(page, host, demoLogins.student3);
  await page.getByRole('button', { name: 'Display settings' }).click();
  await page
    .getByRole('dialog', { name: 'Display settings' })
    .getByRole('radio', { name: 'Français' })
    .check();
  const settings = page.getByRole('dialog', { name: 'Réglages d’affichage' });
  await settings.getByRole('button', { name: 'Terminé' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes examens' })).toBeVisible();

  const card = page.getByRole('article', { name: TEST_NAME });
  await expect(card.getByText('Durée')).toBeVisible();
  await card.getByRole('button', { name: 'Commencer l’examen' }).click();
  const start = page.getByRole('dialog', { name: `Commencer ${TEST_NAME}` });
  await expect(
    start.getByText('Chaque réponse est enregistrée sur cet ordinateur dès que vous la donnez.'),
  ).toBeVisible();
  await start.getByRole('button', { name: 'Commencer l’examen' }).click();

  // The exam screen in French: its heading, its answer box, its buttons and its receipt.
  await expect(page.getByRole('heading', { name: 'Question 1 sur 1' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Questions' })).toContainText(
    '0 sur 1 répondues',
  );
  const answer = page.getByLabel('Votre réponse (un nombre)');
  await expect(
    page.getByText('Des chiffres, avec une virgule ou un point pour les décimales.'),
  ).toBeVisible();
  await answer.fill('3,14');
  await expect(page.getByTestId('save-indicator')).toContainText('Enregistré sur cet ordinateur');
  await expect(page.getByRole('navigation', { name: 'Questions' })).toContainText(
    '1 sur 1 répondues',
  );
  await expect(page.getByRole('button', { name: 'Marquer pour relecture' })).toBeVisible();

  await page.getByRole('button', { name: 'Revoir les réponses' }).click();
  await expect(page.getByRole('heading', { name: 'Revoir vos réponses' })).toBeVisible();
  await expect(page.getByText('Vous avez répondu à toutes les questions.')).toBeVisible();
  await page.getByRole('button', { name: 'Rendre l’examen' }).click();
  await page
    .getByRole('dialog', { name: 'Rendre votre examen ?' })
    .getByRole('button', { name: 'Rendre maintenant' })
    .click();

  await expect(page.getByRole('heading', { name: 'Examen rendu' })).toBeVisible();
  await expect(page.getByTestId('score')).toHaveText('1 / 1');
  await expect(page.getByText('Vous avez répondu à 1 sur 1 question.')).toBeVisible();
});
