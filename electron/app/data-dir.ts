import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Exam Desk';
export const DATABASE_FILE = 'exam.db';

/**
 * Where the app keeps its data. `EXAM_DATA_DIR` overrides it for the app, the
 * preview, the db scripts and the tests. Otherwise it is Electron's userData
 * folder for this product, so the desktop app and the preview share one database.
 */
export function resolveDataDir(electronUserData?: string): string {
  const override = process.env.EXAM_DATA_DIR;
  if (override && override.trim() !== '') return override;
  if (electronUserData) return electronUserData;
  switch (process.platform) {
    case 'win32':
      return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
    default:
      return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
  }
}

export const databasePath = (dataDir: string): string => join(dataDir, DATABASE_FILE);
