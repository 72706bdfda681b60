import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';

interface Shown {
  parent: unknown;
  options: Electron.OpenDialogOptions;
}
const shown: Shown[] = [];
let answer: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] };

// The Electron binary is not installed where these tests run; the dialog module is the one part used.
vi.mock('electron', () => ({
  dialog: {
    showOpenDialog: (...args: unknown[]) => {
      const [first, second] = args;
      shown.push(
        second === undefined
          ? { parent: null, options: first as Electron.OpenDialogOptions }
          : { parent: first, options: second as Electron.OpenDialogOptions },
      );
      return Promise.resolve(answer);
    },
  },
}));

const { electronFileDialogs } = await import('@main/main/file-dialogs');

const win = { id: 1 } as unknown as BrowserWindow;

describe("the desktop app's open-file dialog", () => {
  beforeEach(() => {
    shown.length = 0;
  });

  it('opens one file of the kinds asked for, over the main window, and answers its path', async () => {
    answer = { canceled: false, filePaths: ['/home/ana/bank.gift'] };
    const dialogs = electronFileDialogs(() => win);
    const filter = { name: 'Question files', extensions: ['gift', 'zip'] };
    expect(await dialogs.chooseOpenPath('Import questions', filter)).toBe('/home/ana/bank.gift');
    expect(shown).toEqual([
      {
        parent: win,
        options: {
          title: 'Import questions',
          filters: [filter],
          properties: ['openFile', 'dontAddToRecent'],
        },
      },
    ]);
  });

  it('answers null when the dialog is closed, and opens on its own with no window', async () => {
    answer = { canceled: true, filePaths: [] };
    const dialogs = electronFileDialogs(() => undefined);
    expect(
      await dialogs.chooseOpenPath('Import questions', {
        name: 'Question files',
        extensions: ['xml'],
      }),
    ).toBeNull();
    expect(shown[0]?.parent).toBeNull();
  });
});
