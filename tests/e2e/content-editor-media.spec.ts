import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInAs } from './support/exam-pages';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';
import { cspViolations, recordCspViolations } from './support/csp-violations';

/**
 * Media and tables end to end against the real services in the preview host,
 * in Chromium: an author drops an image file onto the editor, inserts an
 * audio clip and a table, saves the question and publishes a test of it; the
 * student's exam shows all three.
 */

test.describe.configure({ mode: 'serial' });

const TEST_NAME = 'Media and tables check';
const STEM = 'Listen to the clip and read the table.';

/** A 1x1 PNG: a real image, so main's check of its bytes passes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** A tenth of a second of 8 kHz mono silence as a WAV file: a real clip for main's check. */
function silentWav(): Buffer {
  const samples = 800;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(8_000, 24);
  wav.writeUInt32LE(16_000, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(samples * 2, 40);
  return wav;
}

let host: PreviewProcess;
test.beforeAll(async () => {
  host = await startPreviewProcess();
});
test.afterAll(async () => {
  await host.stop();
});

/** Page errors and CSP violations, from the first script on. */
async function watch(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await recordCspViolations(page);
  return errors;
}

/** Drops a file onto the middle of `target` as the desktop does: a drop event carrying it. */
async function dropFile(target: Locator, name: string, type: string, bytes: Buffer) {
  const box = await target.boundingBox();
  if (!box) throw new Error('The drop target is not on screen');
  await target.evaluate(
    (element: { dispatchEvent(e: unknown): boolean }, file) => {
      const g = globalThis as unknown as {
        DataTransfer: new () => { items: { add(f: unknown): void } };
        File: new (parts: unknown[], name: string, o: { type: string }) => unknown;
        DragEvent: new (t: string, o: object) => unknown;
        atob: (s: string) => string;
      };
      const data = new g.DataTransfer();
      const content = Uint8Array.from(g.atob(file.base64), (c) => c.charCodeAt(0));
      data.items.add(new g.File([content], file.name, { type: file.type }));
      const at = { clientX: file.x, clientY: file.y, bubbles: true, cancelable: true };
      element.dispatchEvent(new g.DragEvent('dragover', { ...at, dataTransfer: data }));
      element.dispatchEvent(new g.DragEvent('drop', { ...at, dataTransfer: data }));
    },
    {
      name,
      type,
      base64: bytes.toString('base64'),
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    },
  );
}

test('an author drops an image, inserts an audio clip and a table, saves, and publishes a test', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = await watch(page);
  await signInAs(page, host, 'author@northfield.example');

  await page.getByRole('link', { name: 'Question bank' }).click();
  await page.getByRole('button', { name: 'New question' }).click();
  const editor = page.getByRole('form', { name: 'New question' });
  await editor.getByLabel('Type').selectOption({ label: 'Essay' });
  await editor.getByLabel('Text is').selectOption('html');
  const stem = editor.getByRole('textbox', { name: 'Question text' });
  await stem.click();
  await page.keyboard.type(STEM);

  // The image, dropped from the desktop: stored only once it has its alt text.
  await dropFile(stem, 'circuit.png', 'image/png', PNG);
  const imageDialog = page.getByRole('dialog', { name: 'Insert image' });
  await expect(imageDialog).toBeVisible();
  await imageDialog.getByLabel('Alt text').fill('A dropped circuit diagram');
  await imageDialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(imageDialog).toBeHidden();
  await expect(stem.locator('.editor-image img[src^="blob:"]')).toHaveCount(1);

  // The audio clip, picked from disk: no dialog, stored at once.
  const toolbar = editor.getByRole('toolbar', { name: 'Question text: formatting' });
  await stem.click();
  await page.keyboard.press('End');
  const chooser = page.waitForEvent('filechooser');
  await toolbar.getByRole('button', { name: 'Insert audio' }).click();
  await (await chooser).setFiles({ name: 'tone.wav', mimeType: 'audio/wav', buffer: silentWav() });
  await expect(stem.locator('.editor-audio')).toHaveCount(1);

  // A table of two columns, its header row and one row of data typed in.
  await stem.click();
  await page.keyboard.press('Control+End');
  await toolbar.getByRole('button', { name: 'Insert table' }).click();
  await expect(stem.locator('table')).toHaveCount(1);
  await page.keyboard.type('Quantity');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Unit');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Current');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ampere');
  await expect(stem.locator('th')).toHaveText(['Quantity', 'Unit']);
  await expect(stem.locator('td')).toHaveText(['Current', 'ampere']);

  await editor.getByLabel('Marks').fill('4');
  await editor.getByRole('button', { name: 'Create question' }).click();
  await expect(
    page.getByRole('complementary', { name: 'Question' }).getByText('Essay · version 1'),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Tests', exact: true }).click();
  await page.getByRole('link', { name: 'New test' }).click();
  await page.getByRole('form', { name: 'Test settings' }).getByLabel('Name').fill(TEST_NAME);
  await page.getByRole('button', { name: 'Create test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TEST_NAME })).toBeVisible();
  await page.getByLabel('Search the bank').fill('Listen to the clip');
  await page.getByRole('button', { name: /^Add: Listen to the clip/ }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Everything checks out')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await page
    .getByRole('dialog', { name: `Publish “${TEST_NAME}”?` })
    .getByRole('button', { name: 'Publish test' })
    .click();
  await expect(page.getByText('Published', { exact: true }).first()).toBeVisible();

  expect(errors).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});

test("the student's exam shows the dropped image, the audio clip and the table", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = await watch(page);
  await signInAs(page, host, 'student1@northfield.example');
  await page
    .getByRole('article', { name: TEST_NAME })
    .getByRole('button', { name: 'Start exam' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start exam' }).click();

  const question = page.locator('.question');
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  await expect(question).toContainText(STEM);
  const image = question.getByRole('img', { name: 'A dropped circuit diagram' });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('src', /^blob:/);
  expect(await image.evaluate((img: { naturalWidth: number }) => img.naturalWidth)).toBe(1);
  const clip = question.getByRole('group', { name: 'Audio clip' });
  await expect(clip.getByRole('button', { name: 'Play' })).toBeEnabled();
  await expect(clip.locator('audio')).toHaveAttribute('src', /^blob:/);
  // Nothing plays until the student asks.
  expect(await clip.locator('audio').evaluate((a: { paused: boolean }) => a.paused)).toBe(true);
  const table = question.getByRole('table');
  await expect(table.getByRole('row')).toHaveText(['QuantityUnit', 'Currentampere']);
  await expect(table.getByRole('columnheader')).toHaveText(['Quantity', 'Unit']);

  expect(errors).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});
