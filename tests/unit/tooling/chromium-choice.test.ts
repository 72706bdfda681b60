import { describe, expect, it } from 'vitest';
import {
  chooseBrowser,
  downloadState,
  type InstalledBrowsers,
} from '../../e2e/support/chromium-choice';

const PLAYWRIGHT_PATH = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

const nothing: InstalledBrowsers = {
  chromiumPath: null,
  system: [],
  playwright: { path: PLAYWRIGHT_PATH, installed: false },
};
const canDownload = { possible: true } as const;
const offline = { possible: false, why: "Playwright's download did not work from here" } as const;

describe('choosing the Chromium for the e2e tests', () => {
  describe('found', () => {
    it('takes CHROMIUM_PATH before any other browser', () => {
      const installed: InstalledBrowsers = {
        chromiumPath: { value: '/opt/chrome/chrome', executable: true },
        system: ['/usr/bin/chromium'],
        playwright: { path: PLAYWRIGHT_PATH, installed: true },
      };
      expect(chooseBrowser(installed, canDownload)).toEqual({
        action: 'use',
        browser: { path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' },
      });
    });

    it('takes the first system Chromium before Playwright’s own', () => {
      const installed: InstalledBrowsers = {
        ...nothing,
        system: ['/usr/bin/chromium', '/usr/local/bin/google-chrome'],
        playwright: { path: PLAYWRIGHT_PATH, installed: true },
      };
      expect(chooseBrowser(installed, offline)).toEqual({
        action: 'use',
        browser: { path: '/usr/bin/chromium', source: 'system' },
      });
    });

    it('takes Playwright’s own Chromium when there is no system one', () => {
      const installed = { ...nothing, playwright: { path: PLAYWRIGHT_PATH, installed: true } };
      expect(chooseBrowser(installed, offline)).toEqual({
        action: 'use',
        browser: { path: PLAYWRIGHT_PATH, source: 'playwright' },
      });
    });
  });

  describe('installable', () => {
    it('fetches Playwright’s Chromium when nothing is installed and the download can work', () => {
      expect(chooseBrowser(nothing, canDownload)).toEqual({ action: 'install' });
    });
  });

  describe('neither', () => {
    it('stops with one sentence naming both fixes', () => {
      const choice = chooseBrowser(nothing, offline);
      expect(choice.action).toBe('stop');
      const message = choice.action === 'stop' ? choice.message : '';
      expect(message).toBe(
        "No Chromium for the end-to-end tests, and Playwright's download did not work from here: " +
          'install one with `apt-get install chromium` (Debian, Ubuntu) or ' +
          '`npx playwright install chromium` where the internet is reachable, ' +
          'or set CHROMIUM_PATH to a Chromium binary.',
      );
    });

    it('stops at a CHROMIUM_PATH that is not a browser, even with others installed', () => {
      const installed: InstalledBrowsers = {
        chromiumPath: { value: '/opt/missing/chrome', executable: false },
        system: ['/usr/bin/chromium'],
        playwright: { path: PLAYWRIGHT_PATH, installed: true },
      };
      expect(chooseBrowser(installed, canDownload)).toEqual({
        action: 'stop',
        message:
          'CHROMIUM_PATH is set to "/opt/missing/chrome", which is not an executable file: point it at a Chromium binary or unset it.',
      });
    });
  });
});

describe('whether Playwright’s download may be tried', () => {
  it('may be tried unless PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD switches it off, as Playwright reads it', () => {
    expect(downloadState({})).toEqual({ possible: true });
    expect(downloadState({ PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '0' })).toEqual({ possible: true });
    expect(downloadState({ PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: 'false' })).toEqual({
      possible: true,
    });
    for (const off of [
      { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
      { npm_config_playwright_skip_browser_download: 'true' },
    ]) {
      const state = downloadState(off);
      expect(state.possible).toBe(false);
      expect(state.possible ? '' : state.why).toContain('PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD');
    }
  });

  it('a switched-off download with nothing installed stops and says why', () => {
    const choice = chooseBrowser(nothing, downloadState({ PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }));
    expect(choice).toMatchObject({
      action: 'stop',
      message: expect.stringContaining(
        "and Playwright's download is switched off (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD):",
      ) as unknown,
    });
  });
});
