import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '@shared/api/bridge';
import { senderRefusal, urlTrust } from '@main/ipc/sender-check';

const packaged = urlTrust(APP_ORIGIN);
const dev = urlTrust(APP_ORIGIN, 'http://localhost:5173');
const refused = { code: 'FORBIDDEN', message: 'This window may not use the exam API' };

describe('IPC sender check', () => {
  it('lets our window through when its frame shows our renderer', () => {
    expect(
      senderRefusal({ ourWindow: true, frameUrl: `${APP_ORIGIN}/index.html#/exam/1` }, packaged),
    ).toBeNull();
    expect(
      senderRefusal({ ourWindow: true, frameUrl: 'http://localhost:5173/#/' }, dev),
    ).toBeNull();
  });

  it('refuses a window this app did not create, whatever it shows', () => {
    expect(
      senderRefusal({ ourWindow: false, frameUrl: `${APP_ORIGIN}/index.html` }, packaged),
    ).toEqual(refused);
  });

  it('refuses our window when the calling frame shows something else', () => {
    for (const frameUrl of [
      'https://example.com/',
      'file:///etc/passwd',
      'data:text/html,<script>1</script>',
      'about:blank',
      '',
      undefined,
    ]) {
      expect(senderRefusal({ ourWindow: true, frameUrl }, packaged), String(frameUrl)).toEqual(
        refused,
      );
    }
  });

  it('refuses a frame from another origin that merely starts like ours', () => {
    for (const url of [
      'app://exam.evil.example/index.html',
      'app://exam:8080/index.html',
      'app://other/index.html',
      'https://exam/index.html',
    ]) {
      expect(packaged(url), url).toBe(false);
    }
    for (const url of [
      'http://localhost:5173.evil.example/',
      'http://localhost:51730/',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/',
    ]) {
      expect(dev(url), url).toBe(false);
    }
  });

  it('trusts the dev server only when one is running', () => {
    expect(packaged('http://localhost:5173/')).toBe(false);
    expect(dev('http://localhost:5173/src/main.tsx')).toBe(true);
  });
});
