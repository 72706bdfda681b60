import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileDialogs } from '@main/services/backup/file-dialogs';
import { createTestCore, signedIn } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { fixtureText } from '../../unit/interchange/fixtures';

/** Dialogs that answer what the test says, and remember what they were asked. */
function scriptedDialogs(answer: { path: string | null }) {
  const asked: Array<{ title: string; name: string; extensions: string[] }> = [];
  const dialogs: FileDialogs = {
    chooseFolder: () => Promise.resolve(null),
    chooseSavePath: () => Promise.resolve(null),
    chooseOpenPath: (title, filter) => {
      asked.push({ title, name: filter.name, extensions: filter.extensions });
      return Promise.resolve(answer.path);
    },
  };
  return { dialogs, asked };
}

describe('questions.importPick in the desktop app', () => {
  it('stages the file picked in the open dialog, which the check and the import then read by uploadId', async () => {
    const path = join(tempDir('exam-import-pick-'), 'bank.aiken.txt');
    writeFileSync(path, fixtureText('all-types.aiken.txt'));
    const answer: { path: string | null } = { path };
    const { dialogs, asked } = scriptedDialogs(answer);
    const core = await createTestCore({ fileDialogs: dialogs });
    const author = await signedIn(core, 'author');

    const picked = await author.ok('questions.importPick', {});
    expect(asked).toEqual([
      {
        title: 'Import questions',
        name: 'Question files',
        extensions: ['txt', 'gift', 'csv', 'zip', 'xml'],
      },
    ]);
    expect(picked).toMatchObject({
      fileName: 'bank.aiken.txt',
      size: Buffer.byteLength(fixtureText('all-types.aiken.txt')),
    });
    const input = {
      format: 'aiken' as const,
      fileName: picked?.fileName ?? '',
      uploadId: picked?.uploadId ?? '',
      skipInvalid: true,
      skipDuplicates: false,
    };
    const preview = await author.ok('questions.importPreview', input);
    const report = await author.ok('questions.import', input);
    expect(report.committed).toBe(true);
    expect(report.counts.imported).toBe(preview.counts.importable);
    expect(report.counts.imported).toBeGreaterThan(0);

    // Closing the dialog stages nothing.
    answer.path = null;
    expect(await author.ok('questions.importPick', {})).toBeNull();
    await core.close();
  });

  it('titles the open dialog in the words the page gives, in its language', async () => {
    const { dialogs, asked } = scriptedDialogs({ path: null });
    const core = await createTestCore({ fileDialogs: dialogs });
    const author = await signedIn(core, 'author');
    const words = { title: 'Importer des questions', fileKinds: 'Fichiers de questions' };
    expect(await author.ok('questions.importPick', words)).toBeNull();
    expect(asked).toEqual([
      {
        title: 'Importer des questions',
        name: 'Fichiers de questions',
        extensions: ['txt', 'gift', 'csv', 'zip', 'xml'],
      },
    ]);
    const blank = await author.call('questions.importPick', { title: ' ' });
    expect(blank).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'title' } });
    await core.close();
  });

  it("is another window's upload to nobody else, and refuses an empty file by name", async () => {
    const dir = tempDir('exam-import-pick-');
    const path = join(dir, 'bank.gift');
    writeFileSync(path, fixtureText('all-types.gift'));
    const answer: { path: string | null } = { path };
    const { dialogs } = scriptedDialogs(answer);
    const core = await createTestCore({ fileDialogs: dialogs });
    const author = await signedIn(core, 'author');
    const other = await signedIn(core, 'author');
    const picked = await author.ok('questions.importPick', {});
    const theirs = await other.call('questions.importPreview', {
      format: 'gift',
      fileName: 'bank.gift',
      uploadId: picked?.uploadId ?? '',
      skipDuplicates: false,
    });
    expect(theirs).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    answer.path = join(dir, 'empty.gift');
    writeFileSync(answer.path, '');
    const empty = await author.call('questions.importPick', {});
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'file' } });
    expect(empty.ok ? '' : empty.error.message).toMatch(/empty\.gift is empty/i);
    await core.close();
  });
});

describe('questions.importPick in the browser preview', () => {
  it('says the open dialog is the desktop app’s', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const result = await author.call('questions.importPick', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(result.ok ? '' : result.error.message).toMatch(/desktop app/);
    await core.close();
  });
});
