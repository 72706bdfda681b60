import { describe, expect, it } from 'vitest';
import { shouldOpenBrowser } from '@main/preview/open-browser';

const desktop = { DISPLAY: ':0' };

describe('whether npm start opens the preview in the browser', () => {
  it('opens on a desktop: Linux with a display, macOS, Windows, WSL', () => {
    expect(shouldOpenBrowser(desktop, 'linux')).toEqual({ open: true });
    expect(shouldOpenBrowser({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toEqual({ open: true });
    expect(shouldOpenBrowser({}, 'darwin')).toEqual({ open: true });
    expect(shouldOpenBrowser({}, 'win32')).toEqual({ open: true });
    expect(shouldOpenBrowser({ WSL_DISTRO_NAME: 'Ubuntu' }, 'linux')).toEqual({ open: true });
  });

  it('does not when EXAM_NO_OPEN is set', () => {
    expect(shouldOpenBrowser({ ...desktop, EXAM_NO_OPEN: '1' }, 'linux')).toEqual({
      open: false,
      why: 'EXAM_NO_OPEN is set',
    });
    expect(shouldOpenBrowser({ ...desktop, EXAM_NO_OPEN: '0' }, 'linux')).toEqual({ open: true });
  });

  it('never in CI or under a test runner', () => {
    expect(shouldOpenBrowser({ ...desktop, CI: 'true' }, 'linux')).toEqual({
      open: false,
      why: 'this is a CI run',
    });
    for (const env of [{ VITEST: 'true' }, { PLAYWRIGHT_TEST: '1' }, { NODE_ENV: 'test' }]) {
      expect(shouldOpenBrowser({ ...env }, 'darwin')).toEqual({
        open: false,
        why: 'this is a test run',
      });
    }
  });

  it('not where there is no screen: Linux without a display, a remote shell', () => {
    expect(shouldOpenBrowser({}, 'linux')).toEqual({
      open: false,
      why: 'there is no graphical session here',
    });
    expect(shouldOpenBrowser({ SSH_CONNECTION: '10.0.0.2 5000 10.0.0.1 22' }, 'darwin')).toEqual({
      open: false,
      why: 'this is a remote shell',
    });
    // Forwarded X over SSH has a display to open on.
    expect(
      shouldOpenBrowser({ SSH_TTY: '/dev/pts/1', DISPLAY: 'localhost:10.0' }, 'linux'),
    ).toEqual({ open: true });
  });
});
