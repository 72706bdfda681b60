import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type LaunchOptions } from '@playwright/test';
import { chooseBrowser, type FoundBrowser, type InstalledBrowsers } from './chromium-choice';

/** Where a distribution puts its Chromium, then the names it goes by on PATH. */
const SYSTEM_PATHS = ['/usr/bin/chromium'];
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/** The flags keep the browser from reaching the network during the tests. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string, searchPath: string): string[] {
  return searchPath
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, name))
    .filter(isExecutableFile);
}

/** What is on this computer: CHROMIUM_PATH, the system Chromium, Playwright's own. */
export function installedBrowsers(env: NodeJS.ProcessEnv = process.env): InstalledBrowsers {
  const chromiumPath = env.CHROMIUM_PATH;
  const searchPath = env.PATH ?? '';
  const system = [
    ...SYSTEM_PATHS.filter(isExecutableFile),
    ...SYSTEM_NAMES.flatMap((name) => onPath(name, searchPath)),
  ];
  const playwrightPath = chromium.executablePath();
  return {
    chromiumPath:
      chromiumPath === undefined || chromiumPath === ''
        ? null
        : { value: chromiumPath, executable: isExecutableFile(chromiumPath) },
    system: [...new Set(system)],
    playwright: { path: playwrightPath, installed: isExecutableFile(playwrightPath) },
  };
}

/** The browser the provisioning step chose, found again the same way (no download here). */
export function resolveChromium(env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  const choice = chooseBrowser(installedBrowsers(env), {
    possible: false,
    why: 'the e2e run does not download browsers (`npm run test:browser` does)',
  });
  if (choice.action === 'use') return choice.browser;
  throw new Error(choice.action === 'stop' ? choice.message : 'No Chromium was chosen');
}

/** Launch options for the tests and benchmarks: the resolved Chromium, kept off the network. */
export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: resolveChromium().path, args: QUIET_FLAGS };
}
