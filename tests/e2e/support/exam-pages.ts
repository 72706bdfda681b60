import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { plainTextOf } from '@shared/content/plain-text';
import type { ContentFormat } from '@shared/domain/question-parts';
import { questionTypeLabels, type QuestionType } from '@shared/domain/questions';
import type { PreviewProcess } from './preview-process';

interface DemoItem {
  id: string;
  text: string;
}

interface DemoGap {
  id: string;
  kind: 'choice' | 'text' | 'numeric';
  options?: DemoItem[];
}

interface DemoQuestion {
  ref: string;
  type: QuestionType;
  text: string;
  options?: DemoItem[];
  premises?: DemoItem[];
  responses?: DemoItem[];
  items?: DemoItem[];
  gaps?: DemoGap[];
  key: Record<string, unknown> | null;
  format?: ContentFormat;
}

interface DemoTest {
  name: string;
  status: string;
  questions: Array<{ ref: string; marks: number }>;
}

/** The demo bank, read from the resource file: the test knows the keys, the page never does. */
const demo = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../../resources/demo/demo-organisation.json'),
    'utf8',
  ),
) as { questions: DemoQuestion[]; tests: DemoTest[] };

const demoExam = demo.tests.find((t) => t.status === 'published');
if (!demoExam) throw new Error('the demo organisation has no published test');
const examQuestions = demoExam.questions.map((entry) => {
  const q = demo.questions.find((x) => x.ref === entry.ref);
  if (!q) throw new Error(`no demo question "${entry.ref}"`);
  return q;
});

/** Entries on the demo exam's paper, descriptions included. */
export const DEMO_QUESTIONS = examQuestions.length;
/** The demo exam's questions that take an answer (a description takes none). */
export const DEMO_ANSWERABLE = examQuestions.filter((q) => q.type !== 'description').length;

/**
 * The demo question whose text this is as stored: read as plain text, since
 * the seed replaces each `{{media:NAME}}` with the stored file's reference and
 * html is stored as sanitised.
 */
export function demoQuestionByStoredText(stored: string): DemoQuestion {
  const plain = (q: Pick<DemoQuestion, 'format' | 'text'>) => plainTextOf(q.format, q.text);
  const q = demo.questions.find((x) => plain(x) === plainTextOf(x.format, stored));
  if (!q) throw new Error(`no demo question stored as "${stored}"`);
  return q;
}

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
  await expect(
    page.getByRole('heading', { name: new RegExp(`^Question \\d+ of ${DEMO_QUESTIONS}$`) }),
  ).toBeVisible();
}

/** The parts of a DOM node this file reads in the page (it is type-checked without the DOM library). */
interface InPageNode {
  cloneNode(deep: boolean): InPageNode;
  querySelectorAll(selector: string): { forEach(visit: (node: { remove(): void }) => void): void };
  textContent: string | null;
}

/** The text of the question on screen, as shown (a gap fill's passage with its gaps), without its audio player's changing time. */
export async function currentQuestionText(page: Page): Promise<string> {
  return page
    .locator('.question .question__text')
    .first()
    .evaluate((element: InPageNode) => {
      const copy = element.cloneNode(true);
      copy.querySelectorAll('.audio-player').forEach((player) => player.remove());
      return copy.textContent ?? '';
    });
}

/** The demo question on screen: by its type where the exam has one of that type, else by its text. */
export async function demoQuestionOnScreen(page: Page): Promise<DemoQuestion> {
  const meta = (await page.locator('.question__meta').textContent()) ?? '';
  const type = (Object.keys(questionTypeLabels) as QuestionType[]).find((t) =>
    meta.startsWith(`${questionTypeLabels[t]} ·`),
  );
  const ofType = examQuestions.filter((q) => q.type === type);
  if (ofType.length === 1) return ofType[0]!;
  return demoQuestionByText(await currentQuestionText(page));
}

const ESSAY_TEXT =
  'An algorithm is a finite list of steps. Making tea: boil water, add the tea, wait, pour.';

/** The gap ids of a gap fill's passage in reading order: gap N on screen is the Nth. */
function gapOrder(q: DemoQuestion): string[] {
  return [...q.text.matchAll(/\{\{gap:([\w-]+)\}\}/g)].map((m) => m[1] ?? '');
}

function textOf(items: DemoItem[] | undefined, id: string): string {
  return items?.find((i) => i.id === id)?.text ?? '';
}

/** What `answerCorrectly` saves for a demo question (null for a description); `essayTail` is typed after the essay. */
export function answerGiven(q: DemoQuestion, essayTail = ''): unknown {
  const key = q.key ?? {};
  switch (q.type) {
    case 'single_choice':
      return { type: q.type, optionId: key.optionId };
    case 'multiple_response':
      return { type: q.type, optionIds: key.optionIds };
    case 'true_false':
    case 'numeric':
      return { type: q.type, value: key.value };
    case 'short_answer':
      return { type: q.type, text: `  ${(key.accepted as string[])[0]!.toUpperCase()} ` };
    case 'essay':
      return { type: q.type, text: `${ESSAY_TEXT}${essayTail}` };
    case 'matching':
      return { type: q.type, pairs: key.pairs };
    case 'ordering':
      return { type: q.type, order: key.order };
    case 'cloze': {
      const gaps = key.gaps as Record<
        string,
        { optionId?: string; accepted?: string[]; value?: number }
      >;
      return {
        type: q.type,
        gaps: Object.fromEntries(
          Object.entries(gaps).map(([id, k]) => [
            id,
            k.optionId ?? k.accepted?.[0] ?? String(k.value),
          ]),
        ),
      };
    }
    case 'description':
      return null;
  }
}

/** Answers the question on screen correctly (an essay gets a paragraph; a description nothing). */
export async function answerCorrectly(page: Page): Promise<QuestionType> {
  const q = await demoQuestionOnScreen(page);
  const key = q.key ?? {};
  const optionText = (id: string) => textOf(q.options, id);
  switch (q.type) {
    case 'single_choice':
      await page
        .getByRole('radio', { name: optionText(key.optionId as string), exact: true })
        .check();
      break;
    case 'multiple_response':
      for (const id of key.optionIds as string[]) {
        await page.getByRole('checkbox', { name: optionText(id), exact: true }).check();
      }
      break;
    case 'true_false':
      await page.getByRole('radio', { name: key.value ? 'True' : 'False', exact: true }).check();
      break;
    case 'short_answer':
      await page
        .getByLabel('Your answer')
        .fill(`  ${(key.accepted as string[])[0]!.toUpperCase()} `);
      break;
    case 'numeric':
      await page.getByLabel('Your answer (a number)').fill(String(key.value));
      break;
    case 'essay':
      await page.getByLabel('Your answer').fill(ESSAY_TEXT);
      await expect(page.getByText(/^1[0-9] words/)).toBeVisible();
      break;
    case 'matching':
      for (const [premise, response] of Object.entries(key.pairs as Record<string, string>)) {
        await page
          .getByRole('combobox', { name: textOf(q.premises, premise), exact: true })
          .selectOption({ label: textOf(q.responses, response) });
      }
      break;
    case 'ordering': {
      // From the last item of the key to the first, each goes to the top: the key's order.
      const order = [...(key.order as string[])].reverse();
      for (const id of order) {
        const name = new RegExp(`^${textOf(q.items, id)} \\(position \\d+ of \\d+\\)$`);
        await page.getByRole('button', { name }).focus();
        await page.keyboard.press('Home');
        await expect(page.getByRole('button', { name })).toHaveAccessibleName(
          new RegExp(`position 1 of`),
        );
      }
      break;
    }
    case 'cloze': {
      const gaps = key.gaps as Record<
        string,
        { optionId?: string; accepted?: string[]; value?: number }
      >;
      const given = (answerGiven(q) as { gaps: Record<string, string> }).gaps;
      for (const [i, id] of gapOrder(q).entries()) {
        const box = page.getByLabel(`Gap ${i + 1}`, { exact: true });
        const optionId = gaps[id]?.optionId;
        const gap = q.gaps?.find((g) => g.id === id);
        if (optionId !== undefined) {
          await box.selectOption({ label: textOf(gap?.options, optionId) });
        } else {
          await box.fill(given[id] ?? '');
        }
      }
      break;
    }
    case 'description':
      break;
  }
  return q.type;
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-indicator')).toContainText('Saved on this computer');
}

/**
 * From the question on screen on, answers the next `count` questions that
 * take an answer, each saved before going on, passing over descriptions.
 * Answers the questions answered, by number and text, in order.
 */
export async function answerSome(
  page: Page,
  count: number,
): Promise<Array<{ number: number; text: string }>> {
  const answered: Array<{ number: number; text: string }> = [];
  while (answered.length < count) {
    const heading = (await page.locator('.question__number').textContent()) ?? '';
    const number = Number(/^Question (\d+)/.exec(heading)?.[1]);
    const text = await currentQuestionText(page);
    if ((await answerCorrectly(page)) !== 'description') {
      await expectSaved(page);
      answered.push({ number, text });
    }
    if (answered.length < count) {
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(
        page.getByRole('heading', { name: `Question ${number + 1} of ${DEMO_QUESTIONS}` }),
      ).toBeVisible();
    }
  }
  return answered;
}
