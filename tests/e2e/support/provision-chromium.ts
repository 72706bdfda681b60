import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import {
  chooseBrowser,
  downloadState,
  INSTALL_COMMAND,
  type FoundBrowser,
} from './chromium-choice';
import { chromiumLaunchOptions, installedBrowsers } from './chromium';

/**
 * `npm run test:browser`, the first step of `npm test`: makes sure the e2e
 * tests have a Chromium before the long steps run, fetching Playwright's own
 * where nothing is installed and a download can work, and stopping at once
 * with the fix in one sentence where it cannot.
 */
const require = createRequire(import.meta.url);

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

function installPlaywrightChromium(): boolean {
  console.log(`No Chromium found; fetching Playwright's (${INSTALL_COMMAND})…`);
  const result = spawnSync(
    process.execPath,
    [require.resolve('@playwright/test/cli'), 'install', 'chromium'],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        // Playwright waits 30 s per unanswered connection and retries; offline, say so sooner.
        PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT:
          process.env.PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT ?? '10000',
      },
    },
  );
  return result.status === 0;
}

async function checkItStarts(browser: FoundBrowser): Promise<void> {
  try {
    const started = await chromium.launch(chromiumLaunchOptions());
    await started.close();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    const fix =
      browser.source === 'playwright'
        ? 'its system libraries may be missing: run `npx playwright install-deps chromium` as root'
        : 'install a working one, or set CHROMIUM_PATH to one';
    stop(`The Chromium at ${browser.path} (${browser.source}) does not start (${reason}): ${fix}.`);
  }
}

let choice = chooseBrowser(installedBrowsers(), downloadState(process.env));
if (choice.action === 'install') {
  const installed = installPlaywrightChromium();
  choice = chooseBrowser(installedBrowsers(), {
    possible: false,
    why: installed
      ? "Playwright's download finished without one"
      : "Playwright's download did not work from here",
  });
}
if (choice.action !== 'use') {
  stop(choice.action === 'stop' ? choice.message : 'No Chromium was chosen.');
}
await checkItStarts(choice.browser);
console.log(`Chromium for the e2e tests: ${choice.browser.path} (${choice.browser.source})`);
