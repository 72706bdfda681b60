import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '@main/main/main-window-options';
import { EDIT_ROLES, isTrustedUrl, runMode, type AppMenu } from '@main/main/run-mode';
import { examWindowOptions } from '@main/lockdown/exam-window-options';
import { APP_ORIGIN } from '@shared/api/bridge';

const DEV_SERVER = 'http://localhost:5173/';
const platforms = ['linux', 'win32', 'darwin'] as const;

/** Every item of a menu template, submenus included. */
function itemsOf(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? itemsOf(item.submenu) : []),
  ]);
}

const templateOf = (menu: AppMenu): MenuItemConstructorOptions[] => {
  if (menu.kind !== 'template') throw new Error(`expected a menu template, got ${menu.kind}`);
  return menu.template;
};

describe('the packaged app (app.isPackaged)', () => {
  const packaged = (env: Record<string, string> = {}, platform: NodeJS.Platform = 'linux') =>
    runMode(true, env, platform);

  it('never seeds the demo organisation', () => {
    expect(packaged().seedDemo).toBe(false);
    expect(packaged({ ELECTRON_RENDERER_URL: DEV_SERVER }).seedDemo).toBe(false);
  });

  it('ignores ELECTRON_RENDERER_URL: loads the built renderer and trusts no dev server', () => {
    const mode = packaged({ ELECTRON_RENDERER_URL: DEV_SERVER });
    expect(mode.startUrl).toBe(`${APP_ORIGIN}/index.html`);
    expect(mode.devServerOrigin).toBeUndefined();
    expect(isTrustedUrl(mode, `${DEV_SERVER}index.html`)).toBe(false);
    expect(isTrustedUrl(mode, `${APP_ORIGIN}/index.html#/admin`)).toBe(true);
    expect(mode.ignored).toEqual([expect.stringContaining('ELECTRON_RENDERER_URL is ignored')]);
  });

  it('turns the developer tools off in every window', () => {
    const mode = packaged();
    expect(mode.devTools).toBe(false);
    expect(mainWindowOptions('/app/preload.cjs', mode.devTools).webPreferences).toMatchObject({
      devTools: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(examWindowOptions('/app/preload.cjs').webPreferences?.devTools).toBe(false);
  });

  it.each(platforms)(
    'gives staff only edit roles in the menu on %s: no reload, devtools or zoom',
    (platform) => {
      const items = itemsOf(templateOf(packaged({}, platform).staffMenu));
      const roles = items.flatMap((item) => (item.role ? [item.role] : []));
      expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll']));
      const allowed: readonly string[] =
        platform === 'darwin' ? [...EDIT_ROLES, 'quit'] : EDIT_ROLES;
      expect(roles.filter((role) => !allowed.includes(role))).toEqual([]);
      // Every item is a role, a separator or a submenu holding them: nothing with its own click.
      for (const item of items) {
        expect(item.click).toBeUndefined();
        expect(item.accelerator).toBeUndefined();
        expect(Boolean(item.role) || item.type === 'separator' || Array.isArray(item.submenu)).toBe(
          true,
        );
      }
    },
  );

  it('has no application menu at all while an exam is locked', () => {
    for (const platform of platforms) {
      expect(packaged({}, platform).examMenu).toEqual({ kind: 'none' });
    }
  });
});

describe('development (npm start, npm run dev)', () => {
  const dev = (env: Record<string, string> = {}) => runMode(false, env, 'linux');

  it('seeds the demo, keeps the devtools and Electron’s default menu', () => {
    const mode = dev();
    expect(mode.seedDemo).toBe(true);
    expect(mode.devTools).toBe(true);
    expect(mode.staffMenu).toEqual({ kind: 'electron-default' });
    expect(mode.startUrl).toBe(`${APP_ORIGIN}/index.html`);
  });

  it('loads the electron-vite dev server and trusts exactly its origin', () => {
    const mode = dev({ ELECTRON_RENDERER_URL: DEV_SERVER });
    expect(mode.startUrl).toBe(DEV_SERVER);
    expect(mode.ignored).toEqual([]);
    expect(isTrustedUrl(mode, 'http://localhost:5173/index.html#/exam/1')).toBe(true);
    // A prefix is not an origin.
    expect(isTrustedUrl(mode, 'http://localhost:5173.evil.example/')).toBe(false);
    expect(isTrustedUrl(mode, 'http://localhost:51730/')).toBe(false);
    expect(isTrustedUrl(mode, 'https://localhost:5173/')).toBe(false);
    expect(isTrustedUrl(mode, `${APP_ORIGIN}.evil/index.html`)).toBe(false);
    expect(isTrustedUrl(mode, 'not a url')).toBe(false);
  });

  it.each([
    ['http://exam-server.example:5173/', 'must be an http URL on localhost'],
    ['file:///tmp/index.html', 'must be an http URL on localhost'],
    ['localhost:5173', 'must be an http URL on localhost'],
    ['::nonsense', 'is not a URL'],
  ])('refuses a dev server URL %s that is not on this computer', (url, reason) => {
    const mode = dev({ ELECTRON_RENDERER_URL: url });
    expect(mode.startUrl).toBe(`${APP_ORIGIN}/index.html`);
    expect(mode.devServerOrigin).toBeUndefined();
    expect(mode.ignored).toEqual([expect.stringContaining(reason)]);
  });
});
