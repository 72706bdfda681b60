import { urlTrust } from '../ipc/sender-check';
import type { MenuItemConstructorOptions } from 'electron';
import { APP_ORIGIN } from '@shared/api/bridge';

/**
 * What the main process does differently in the packaged app (`app.isPackaged`) and in
 * development (`npm start`, `npm run dev`). A pure function of (isPackaged, env, platform),
 * with Electron as types only, so a unit test checks every decision with packaged mode on.
 */

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The application menu: Electron's default (development: reload, devtools), our
 * template, or none at all.
 */
export type AppMenu =
  | { kind: 'electron-default' }
  | { kind: 'template'; template: MenuItemConstructorOptions[] }
  | { kind: 'none' };

export interface RunMode {
  packaged: boolean;
  /** Seed the demo organisation into an empty database. Never in the packaged app. */
  seedDemo: boolean;
  /** What the staff and student window loads. */
  startUrl: string;
  /** The electron-vite dev server's origin, trusted like the app's own; development only. */
  devServerOrigin: string | undefined;
  /** Whether any window may open the developer tools. */
  devTools: boolean;
  /** The application menu while the staff and student window is in front. */
  staffMenu: AppMenu;
  /** The application menu while a locked exam window is open. */
  examMenu: AppMenu;
  /** Settings from the environment that were not honoured, and why (logged at start). */
  ignored: string[];
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Only copy and paste and their neighbours: no reload, no devtools, no zoom, no window items. */
export const EDIT_ROLES = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'pasteAndMatchStyle',
  'delete',
  'selectAll',
] as const;

function staffTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  // macOS always shows the first menu as the app's own; it holds Quit (Cmd+Q), which the
  // lockdown still holds back while an exam is locked.
  return platform === 'darwin'
    ? [{ label: 'Exam Desk', submenu: [{ role: 'quit' }] }, edit]
    : [edit];
}

/** The dev server URL, if it is an http URL on this computer; otherwise why it is refused. */
function devServer(raw: string | undefined): { url: URL } | { refused: string } | null {
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { refused: `ELECTRON_RENDERER_URL is not a URL (${raw}); the built renderer is used.` };
  }
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) {
    return {
      refused: `ELECTRON_RENDERER_URL must be an http URL on localhost, not ${raw}; the built renderer is used.`,
    };
  }
  return { url };
}

export function runMode(isPackaged: boolean, env: Environment, platform: NodeJS.Platform): RunMode {
  const appStart = `${APP_ORIGIN}/index.html`;
  if (isPackaged) {
    const ignored =
      env.ELECTRON_RENDERER_URL === undefined
        ? []
        : ['ELECTRON_RENDERER_URL is ignored in the installed app; the built renderer is used.'];
    return {
      packaged: true,
      seedDemo: false,
      startUrl: appStart,
      devServerOrigin: undefined,
      devTools: false,
      staffMenu: { kind: 'template', template: staffTemplate(platform) },
      examMenu: { kind: 'none' },
      ignored,
    };
  }
  const server = devServer(env.ELECTRON_RENDERER_URL);
  const url = server && 'url' in server ? server.url : undefined;
  return {
    packaged: false,
    seedDemo: true,
    startUrl: url ? url.href : appStart,
    devServerOrigin: url?.origin,
    devTools: true,
    staffMenu: { kind: 'electron-default' },
    examMenu: { kind: 'electron-default' },
    ignored: server && 'refused' in server ? [server.refused] : [],
  };
}

/**
 * Whether a page at `url` is ours: the app's own origin, or in development the dev
 * server's. Origins are compared whole, so `http://localhost:5173.example.net` is not
 * `http://localhost:5173`.
 */
export function isTrustedUrl(mode: Pick<RunMode, 'devServerOrigin'>, url: string): boolean {
  return urlTrust(APP_ORIGIN, mode.devServerOrigin)(url);
}
