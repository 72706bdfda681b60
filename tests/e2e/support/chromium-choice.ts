/**
 * Which Chromium the end-to-end tests use, decided from what is on this
 * computer. Pure: the provisioning step (`npm run test:browser`) and the
 * Playwright config gather the facts and both decide here, so the e2e run uses
 * the browser the step found.
 */

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'playwright';

export interface FoundBrowser {
  path: string;
  source: BrowserSource;
}

/** What is installed, as found on disk. */
export interface InstalledBrowsers {
  /** CHROMIUM_PATH when it is set, and whether it names an executable file. */
  chromiumPath: { value: string; executable: boolean } | null;
  /** System Chromium binaries that exist, in the order they are preferred. */
  system: readonly string[];
  /** Playwright's own Chromium: where playwright-core keeps it, and whether it is there. */
  playwright: { path: string; installed: boolean };
}

/** Whether Playwright's browser download may be tried, and if not, why not (a clause). */
export type DownloadState = { possible: true } | { possible: false; why: string };

export type BrowserChoice =
  | { action: 'use'; browser: FoundBrowser }
  | { action: 'install' }
  | { action: 'stop'; message: string };

export const INSTALL_COMMAND = 'npx playwright install chromium';

/** The one sentence printed when there is no browser and none can be fetched. */
export function noBrowserMessage(why: string): string {
  return (
    `No Chromium for the end-to-end tests, and ${why}: install one with ` +
    '`apt-get install chromium` (Debian, Ubuntu) or `' +
    INSTALL_COMMAND +
    '` where the internet is reachable, or set CHROMIUM_PATH to a Chromium binary.'
  );
}

/**
 * CHROMIUM_PATH first (and only it, when set: a wrong path is a mistake to
 * report, not to step over), then the system Chromium, then Playwright's own;
 * with none, Playwright's download when it can work, else stop.
 */
export function chooseBrowser(
  installed: InstalledBrowsers,
  download: DownloadState,
): BrowserChoice {
  if (installed.chromiumPath) {
    const { value, executable } = installed.chromiumPath;
    return executable
      ? { action: 'use', browser: { path: value, source: 'CHROMIUM_PATH' } }
      : {
          action: 'stop',
          message: `CHROMIUM_PATH is set to "${value}", which is not an executable file: point it at a Chromium binary or unset it.`,
        };
  }
  const system = installed.system[0];
  if (system !== undefined) return { action: 'use', browser: { path: system, source: 'system' } };
  if (installed.playwright.installed) {
    return { action: 'use', browser: { path: installed.playwright.path, source: 'playwright' } };
  }
  return download.possible
    ? { action: 'install' }
    : { action: 'stop', message: noBrowserMessage(download.why) };
}

/** Playwright's own switch for its browser download, read as Playwright reads it. */
export function downloadState(env: Readonly<Record<string, string | undefined>>): DownloadState {
  const skip =
    env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD ??
    env.npm_config_playwright_skip_browser_download ??
    env.npm_package_config_playwright_skip_browser_download;
  const off = skip !== undefined && skip !== '' && skip !== '0' && skip !== 'false';
  return off
    ? {
        possible: false,
        why: "Playwright's download is switched off (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD)",
      }
    : { possible: true };
}
