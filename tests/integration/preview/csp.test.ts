import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreviewHost, type PreviewHost } from '@main/preview/host';
import { CONTENT_SECURITY_POLICY } from '@shared/api/csp';
import { createTestCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
/** A web address nothing answers: only the policy can be what stops it (not a network error). */
const REMOTE = 'https://logo.example/logo.png';

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  while (open.length > 0) await open.pop()?.close();
});

/** The preview host serving a page with a data-URL image and a remote one, and a script that records refusals. */
async function hostWithImages(): Promise<PreviewHost> {
  const rendererDir = tempDir('exam-csp-');
  // The script comes first, so it listens before either image is fetched.
  writeFileSync(
    join(rendererDir, 'index.html'),
    `<!doctype html><html><head><script src="/record.js"></script></head><body>
      <img id="local" src="${PNG}"><img id="remote" src="${REMOTE}"></body></html>`,
  );
  writeFileSync(
    join(rendererDir, 'record.js'),
    `window.refused = [];
     document.addEventListener('securitypolicyviolation', (e) =>
       window.refused.push({ directive: e.effectiveDirective, uri: e.blockedURI }));`,
  );
  const host = await startPreviewHost({ core: await createTestCore(), rendererDir });
  open.push(host);
  return host;
}

describe('the renderer’s Content-Security-Policy', () => {
  it('allows images from the app and data URLs only: no remote https', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...sources] = d.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });

  it('in a real browser, shows a data-URL logo and refuses a remote one before it goes out', async () => {
    const host = await hostWithImages();
    const page = await fetch(host.url);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    const browser: Browser = await chromium.launch(chromiumLaunchOptions());
    open.push(browser);
    const tab = await browser.newPage();
    const failed: Array<[string, string | undefined]> = [];
    tab.on('requestfailed', (request) =>
      failed.push([request.url(), request.failure()?.errorText]),
    );
    await tab.goto(host.url);
    await tab.waitForFunction(
      () => (globalThis as unknown as { refused: unknown[] }).refused.length > 0,
    );
    const refused = await tab.evaluate(
      () => (globalThis as unknown as { refused: unknown[] }).refused,
    );
    expect(refused).toEqual([{ directive: 'img-src', uri: REMOTE }]);
    expect(
      await tab.$eval('#local', (img) => (img as unknown as { naturalWidth: number }).naturalWidth),
    ).toBe(1);
    // The browser stopped it itself: it never went out to the network.
    expect(failed).toEqual([[REMOTE, 'csp']]);
  });
});
