import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedBrowsers } from '../../e2e/support/chromium';
import { tempDir } from '../../helpers/temp-dir';

const root = resolve(import.meta.dirname, '../../..');

function fakeBinary(dir: string, name: string, executable: boolean): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, executable ? 0o755 : 0o644);
  return path;
}

describe('what the browser step finds on this computer', () => {
  it('finds Chromium binaries on PATH by name, in order, and skips files that cannot run', () => {
    const first = tempDir('exam-path-a-');
    const second = tempDir('exam-path-b-');
    const chrome = fakeBinary(first, 'google-chrome', true);
    fakeBinary(first, 'chromium-browser', false);
    const chromiumBrowser = fakeBinary(second, 'chromium-browser', true);

    const found = installedBrowsers({ PATH: [first, second].join(delimiter) });

    // Whatever the machine has at /usr/bin/chromium comes first; the PATH names follow in order.
    const fromPath = found.system.filter((p) => p.startsWith(first) || p.startsWith(second));
    expect(fromPath).toEqual([chromiumBrowser, chrome]);
    expect(found.chromiumPath).toBeNull();
  });

  it('reads CHROMIUM_PATH and whether it can run', () => {
    const dir = tempDir('exam-chromium-path-');
    const runnable = fakeBinary(dir, 'chrome', true);
    const notRunnable = fakeBinary(dir, 'chrome.txt', false);
    expect(installedBrowsers({ CHROMIUM_PATH: runnable }).chromiumPath).toEqual({
      value: runnable,
      executable: true,
    });
    expect(installedBrowsers({ CHROMIUM_PATH: notRunnable }).chromiumPath).toEqual({
      value: notRunnable,
      executable: false,
    });
    expect(installedBrowsers({ CHROMIUM_PATH: dir }).chromiumPath?.executable).toBe(false);
  });
});

describe('npm run test:browser', () => {
  it('stops at once with the fix in one sentence when CHROMIUM_PATH names no browser', () => {
    const missing = join(tempDir('exam-no-browser-'), 'chromium');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tests/e2e/support/provision-chromium.ts'],
      { cwd: root, env: { ...process.env, CHROMIUM_PATH: missing }, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `CHROMIUM_PATH is set to "${missing}", which is not an executable file: point it at a Chromium binary or unset it.`,
    );
    expect(run.stdout).not.toContain('fetching');
  });
});
