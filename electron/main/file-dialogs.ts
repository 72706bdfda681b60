import { dialog, type BrowserWindow } from 'electron';
import type { FileDialogs } from '../services/backup/file-dialogs';

/** The operating system's dialogs, over the main window when there is one. */
export function electronFileDialogs(parent: () => BrowserWindow | undefined): FileDialogs {
  return {
    async chooseFolder(title) {
      const options: Electron.OpenDialogOptions = {
        title,
        properties: ['openDirectory', 'dontAddToRecent'],
      };
      const win = parent();
      const picked = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
    async chooseOpenPath(title, filter) {
      const options: Electron.OpenDialogOptions = {
        title,
        filters: [filter],
        properties: ['openFile', 'dontAddToRecent'],
      };
      const win = parent();
      const picked = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
    async chooseSavePath(title, suggestedName) {
      const options: Electron.SaveDialogOptions = {
        title,
        defaultPath: suggestedName,
        filters: [{ name: 'Rescue file', extensions: ['json'] }],
        properties: ['showOverwriteConfirmation', 'dontAddToRecent'],
      };
      const win = parent();
      const picked = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return picked.canceled || !picked.filePath ? null : picked.filePath;
    },
  };
}
