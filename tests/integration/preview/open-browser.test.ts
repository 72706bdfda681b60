import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openInBrowser } from '@main/preview/open-browser';
import { tempDir } from '../../helpers/temp-dir';

const VARIABLES = ['BROWSER', 'DISPLAY', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_DATA_DIRS'];
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = value;
  }
});

/** A desktop whose default browser (freedesktop mimeapps.list) writes the link it was given to a file. */
function desktopWithDefaultBrowser(): { opened: string } {
  const dir = tempDir('exam-open-');
  const opened = join(dir, 'opened.txt');
  const browser = join(dir, 'browser.sh');
  writeFileSync(browser, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
  chmodSync(browser, 0o755);
  mkdirSync(join(dir, 'data/applications'), { recursive: true });
  mkdirSync(join(dir, 'config'));
  mkdirSync(join(dir, 'no-system-data'));
  writeFileSync(
    join(dir, 'data/applications/exam-test-browser.desktop'),
    `[Desktop Entry]\nType=Application\nName=Test browser\nExec=${browser} %u\nMimeType=x-scheme-handler/http;\n`,
  );
  writeFileSync(
    join(dir, 'config/mimeapps.list'),
    '[Default Applications]\nx-scheme-handler/http=exam-test-browser.desktop\n',
  );
  Reflect.deleteProperty(process.env, 'BROWSER');
  process.env.DISPLAY = ':99';
  process.env.XDG_CONFIG_HOME = join(dir, 'config');
  process.env.XDG_DATA_HOME = join(dir, 'data');
  process.env.XDG_DATA_DIRS = join(dir, 'no-system-data');
  return { opened };
}

async function waitForFile(path: string): Promise<string> {
  for (let i = 0; i < 200 && !existsSync(path); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return readFileSync(path, 'utf8');
}

// The default browser is found through xdg-open on Linux; macOS `open` and Windows `start` use the OS's own registry.
describe.skipIf(process.platform !== 'linux')('opening the preview link', () => {
  it('hands the link to the desktop’s default browser', async () => {
    const { opened } = desktopWithDefaultBrowser();
    const url = 'http://127.0.0.1:5180/?token=kq3V9zT1-bookmark_ok';

    await openInBrowser(url);

    expect(await waitForFile(opened)).toBe(url);
  });
});
