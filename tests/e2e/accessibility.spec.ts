import { expect, test, type Page } from '@playwright/test';
import {
  answerCorrectly,
  currentQuestionText,
  DEMO_QUESTIONS,
  demoQuestionOnScreen,
} from './support/exam-pages';
import { axeViolations, STAFF_SCREENS } from './support/axe-screens';
import { DEMO_PASSWORD, demoLogins } from './support/fixtures';
import { horizontalOverflow } from './support/page-metrics';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';

/**
 * WCAG checks on the real app in Chromium: axe-core on every screen with no
 * violation of any impact, a whole exam sat with the keyboard alone, and the
 * question at 200 % and 400 % zoom with nothing scrolling sideways.
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

async function expectNoViolations(page: Page, screen: string) {
  expect(await axeViolations(page), screen).toEqual([]);
  expect(await page.locator('h1').count(), `${screen}: one h1`).toBe(1);
}

test('axe finds nothing on the login, student, exam, review and result screens', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(preview.url);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectNoViolations(page, 'login');

  await signInAs(page, demoLogins.student3);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page, 'my exams');

  await page.getByRole('button', { name: 'Start exam' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'start dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Start exam' }).click();
  await expect(
    page.getByRole('heading', { name: new RegExp(`^Question 1 of ${DEMO_QUESTIONS}$`) }),
  ).toBeVisible();
  await expectNoViolations(page, 'exam question 1');
  // Every type of question in the demo exam, as it comes.
  for (let n = 1; n < DEMO_QUESTIONS; n += 1) {
    await answerCorrectly(page);
    await page.getByRole('button', { name: 'Flag for review' }).click();
    await expectNoViolations(page, `exam question ${n} (${await currentQuestionText(page)})`);
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Review answers' }).click();
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await expectNoViolations(page, 'review');
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await expectNoViolations(page, 'submit dialog');
  await page
    .getByRole('dialog', { name: 'Submit your exam?' })
    .getByRole('button', { name: 'Submit now' })
    .click();
  await expect(page.getByRole('heading', { name: 'Exam submitted' })).toBeVisible();
  await expectNoViolations(page, 'result');
});

test('axe finds nothing on any staff screen', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, demoLogins.admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  for (const screen of STAFF_SCREENS) {
    await page.goto(`${preview.origin}/#/${screen}`);
    await expect(page.locator('main h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoViolations(page, `admin #/${screen}`);
  }
  await page.goto(`${preview.origin}/#/questions`);
  await page.getByRole('button', { name: 'New question' }).click();
  await expect(page.getByRole('form', { name: 'New question' })).toBeVisible();
  await expectNoViolations(page, 'question editor');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInAs(page, demoLogins.proctor);
  await expect(page.getByRole('heading', { level: 1, name: 'Proctor console' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoViolations(page, 'proctor console');
});

test('a whole exam with the keyboard alone: skip link, palette in one stop, focus on each new question', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, demoLogins.student1);
  const start = page.getByRole('button', { name: /^(Start|Resume) exam$/ }).first();
  await expect(start).toBeVisible();
  await start.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /^(Start|Resume) exam$/ }).focus();
  await page.keyboard.press('Enter');
  const firstHeading = page.getByRole('heading', { name: `Question 1 of ${DEMO_QUESTIONS}` });
  await expect(firstHeading).toBeVisible();

  // The skip link is the first stop and lands on the question's heading.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to the question' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(firstHeading).toBeFocused();

  // From the top, the palette takes one Tab stop, not one per question.
  await page.getByRole('button', { name: 'Skip to the question' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Question 1, / })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: /^Question 2, / })).toBeFocused();
  await page.keyboard.press('Tab');
  const focusedInPalette = await page
    .getByRole('navigation', { name: 'Questions' })
    .locator(':focus')
    .count();
  expect(focusedInPalette).toBe(0);

  for (let n = 1; n <= DEMO_QUESTIONS; n += 1) {
    const heading = page.getByRole('heading', { name: `Question ${n} of ${DEMO_QUESTIONS}` });
    await expect(heading).toBeVisible();
    // A description is read, not answered: there is nothing to save on it.
    if ((await demoQuestionOnScreen(page)).type !== 'description') {
      await answerByKeyboard(page);
      await expect(page.getByTestId('save-indicator')).toContainText('Saved on this computer');
    }
    const last = n === DEMO_QUESTIONS;
    const next = page.getByRole('button', { name: last ? 'Review answers' : 'Next' });
    await tabTo(page, next);
    await page.keyboard.press('Enter');
    if (!last) {
      await expect(
        page.getByRole('heading', { name: `Question ${n + 1} of ${DEMO_QUESTIONS}` }),
      ).toBeFocused();
    }
  }
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Submit exam' }));
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Submit your exam?' });
  await expect(confirm).toBeVisible();
  await tabTo(page, confirm.getByRole('button', { name: 'Submit now' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Exam submitted' })).toBeVisible();
});

/** Presses Tab until the element has focus (at most 40 times), as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>) {
  for (let i = 0; i < 40; i += 1) {
    if (
      await target.evaluate(
        (el) =>
          el === (el as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement,
      )
    )
      return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * Answers the question on screen with keys only: Tab to the first input, then
 * type, press Space, pick the next entry of a list with the down arrow, or
 * move an item of an ordering down with its Move down button.
 */
async function answerByKeyboard(page: Page) {
  const main = page.getByRole('main');
  const radio = main.getByRole('radio').first();
  const checkbox = main.getByRole('checkbox').first();
  const text = main.getByRole('textbox').first();
  const list = main.getByRole('combobox').first();
  const moveDown = main.getByRole('button', { name: /^Move down\b/ }).first();
  if ((await radio.count()) > 0) {
    await tabTo(page, radio);
    await page.keyboard.press('Space');
    await expect(radio).toBeChecked();
  } else if ((await checkbox.count()) > 0) {
    await tabTo(page, checkbox);
    await page.keyboard.press('Space');
    await expect(checkbox).toBeChecked();
  } else if ((await text.count()) > 0) {
    await tabTo(page, text);
    await page.keyboard.type('42');
  } else if ((await list.count()) > 0) {
    await tabTo(page, list);
    const before = await list.inputValue();
    await page.keyboard.press('ArrowDown');
    await expect(list).not.toHaveValue(before);
  } else {
    // The item at the top, by its handle's name ("Mars (position 1 of 4)").
    const top = main.getByRole('button', { name: /\(position 1 of \d+\)$/ });
    const before = (await top.getAttribute('aria-labelledby')) ?? '';
    await tabTo(page, moveDown);
    await page.keyboard.press('Enter');
    await expect(top).not.toHaveAttribute('aria-labelledby', before);
  }
}

for (const zoom of [2, 4]) {
  test(`at ${zoom * 100} % zoom the question reflows: nothing scrolls sideways and it starts near the top`, async ({
    browser,
  }) => {
    // A 1280 × 800 window at this zoom is a CSS viewport this much smaller.
    const context = await browser.newContext({
      viewport: { width: Math.round(1280 / zoom), height: Math.round(800 / zoom) },
      deviceScaleFactor: zoom,
    });
    const page = await context.newPage();
    await signInAs(page, demoLogins.student2);
    await page
      .getByRole('button', { name: /^(Start|Resume) exam$/ })
      .first()
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^(Start|Resume) exam$/ })
      .click();
    for (let n = 1; n <= DEMO_QUESTIONS; n += 1) {
      await expect(
        page.getByRole('heading', { name: `Question ${n} of ${DEMO_QUESTIONS}` }),
      ).toBeVisible();
      const overflow = await horizontalOverflow(page, '.question');
      expect(overflow, `question ${n}`).not.toBeNull();
      expect(overflow, `question ${n}`).toEqual({ document: 0, element: 0, outside: 0 });
      // The palette comes after the question, never pushing it down.
      const question = await page.locator('.question').boundingBox();
      const palette = await page.getByRole('navigation', { name: 'Questions' }).boundingBox();
      if (!question || !palette) throw new Error('the question or the palette is not on screen');
      expect(palette.y, `question ${n}: palette below the question`).toBeGreaterThanOrEqual(
        question.y + question.height,
      );
      if (zoom === 2) {
        // At 200 % the question's heading is in the first screenful.
        const heading = await page.locator('.question h2').boundingBox();
        expect(heading?.y ?? Infinity, `question ${n} heading`).toBeLessThan(800 / zoom);
      }
      if (n < DEMO_QUESTIONS) await page.getByRole('button', { name: 'Next' }).click();
    }
    await context.close();
  });
}

/**
 * The student's display settings, on a host of their own (they are per
 * student, and the tests above must meet the standard look): axe finds
 * nothing in the dark theme, in high contrast or in both, and the question
 * reflows at 200 % and 400 % zoom with the largest text.
 */
test.describe('with display settings', () => {
  let themed: PreviewProcess;
  test.beforeAll(async () => {
    themed = await startPreviewProcess();
  });
  test.afterAll(async () => {
    await themed.stop();
  });

  async function signInThemed(page: Page, email: string) {
    await page.goto(themed.url);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Chooses display settings the way a student does, from My exams. */
  async function chooseDisplay(page: Page, choices: readonly string[]) {
    await page.getByRole('button', { name: 'Display settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Display settings' });
    for (const choice of choices) {
      const radio = dialog.getByRole('radio', { name: choice });
      // A choice already made (on an earlier visit) is saved already.
      if (await radio.isChecked()) continue;
      await radio.check();
      await expect(dialog.getByRole('status')).toHaveText('Saved. Your exams will look like this.');
    }
    await dialog.getByRole('button', { name: 'Done' }).click();
  }

  const looks = [
    { name: 'the dark theme', email: demoLogins.student1, choices: ['Dark'] },
    { name: 'high contrast', email: demoLogins.student3, choices: ['High contrast'] },
    {
      name: 'the dark theme in high contrast, with the largest text and wider lines',
      email: demoLogins.student2,
      choices: ['Dark', 'High contrast', 'Largest (200 %)', 'Wider'],
    },
  ] as const;

  for (const look of looks) {
    test(`axe finds nothing on the student screens in ${look.name}`, async ({ page }) => {
      test.setTimeout(150_000);
      await signInThemed(page, look.email);
      await expect(page.getByRole('heading', { level: 1, name: 'My exams' })).toBeVisible();
      await chooseDisplay(page, look.choices);
      await expectNoViolations(page, `${look.name}: my exams`);
      await page.getByRole('button', { name: 'Display settings' }).click();
      await expectNoViolations(page, `${look.name}: display settings`);
      await page.getByRole('button', { name: 'Done' }).click();

      await page.getByRole('button', { name: 'Start exam' }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, `${look.name}: start dialog`);
      await page.getByRole('dialog').getByRole('button', { name: 'Start exam' }).click();
      await expect(
        page.getByRole('heading', { name: new RegExp(`^Question 1 of ${DEMO_QUESTIONS}$`) }),
      ).toBeVisible();
      for (let n = 1; n <= DEMO_QUESTIONS; n += 1) {
        await answerCorrectly(page);
        await page.getByRole('button', { name: 'Flag for review' }).click();
        await expectNoViolations(page, `${look.name}: question ${n}`);
        if (n < DEMO_QUESTIONS) await page.getByRole('button', { name: 'Next' }).click();
      }
      await page.getByRole('button', { name: 'Review answers' }).click();
      await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
      await expectNoViolations(page, `${look.name}: review`);
      await page.getByRole('button', { name: 'Submit exam' }).click();
      await expectNoViolations(page, `${look.name}: submit dialog`);
      await page
        .getByRole('dialog', { name: 'Submit your exam?' })
        .getByRole('button', { name: 'Submit now' })
        .click();
      await expect(page.getByRole('heading', { name: 'Exam submitted' })).toBeVisible();
      await expectNoViolations(page, `${look.name}: result`);
    });
  }

  for (const zoom of [2, 4]) {
    test(`at ${zoom * 100} % zoom with the largest text the question reflows and starts near the top`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: { width: Math.round(1280 / zoom), height: Math.round(800 / zoom) },
        deviceScaleFactor: zoom,
      });
      const page = await context.newPage();
      await signInThemed(page, demoLogins.student2);
      await chooseDisplay(page, ['Light', 'Largest (200 %)']);
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
      await page
        .getByRole('button', { name: /^(Start|Resume) exam$/ })
        .first()
        .click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /^(Start|Resume) exam$/ })
        .click();
      for (let n = 1; n <= DEMO_QUESTIONS; n += 1) {
        await expect(
          page.getByRole('heading', { name: `Question ${n} of ${DEMO_QUESTIONS}` }),
        ).toBeVisible();
        const overflow = await horizontalOverflow(page, '.question');
        expect(overflow, `question ${n}`).toEqual({ document: 0, element: 0, outside: 0 });
        const question = await page.locator('.question').boundingBox();
        const palette = await page.getByRole('navigation', { name: 'Questions' }).boundingBox();
        if (!question || !palette) throw new Error('the question or the palette is not on screen');
        expect(palette.y, `question ${n}: palette below the question`).toBeGreaterThanOrEqual(
          question.y + question.height,
        );
        if (zoom === 2) {
          const heading = await page.locator('.question h2').boundingBox();
          expect(heading?.y ?? Infinity, `question ${n} heading`).toBeLessThan(800 / zoom);
        }
        if (n < DEMO_QUESTIONS) await page.getByRole('button', { name: 'Next' }).click();
      }
      await context.close();
    });
  }
});
