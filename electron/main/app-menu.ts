import { Menu } from 'electron';
import type { AppMenu } from './run-mode';

/** Sets the application menu; Electron's default is left as it is (development). */
export function applyAppMenu(menu: AppMenu): void {
  if (menu.kind === 'electron-default') return;
  Menu.setApplicationMenu(menu.kind === 'none' ? null : Menu.buildFromTemplate(menu.template));
}
