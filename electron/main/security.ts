import type { App, Session, WebContents } from 'electron';

/**
 * Every web contents we create: no navigation away, no new windows, no webviews, and where
 * `devTools` is false (the packaged app) no developer tools, whatever its preferences say.
 */
export function hardenAllContents(
  app: App,
  isTrustedUrl: (url: string) => boolean,
  devTools: boolean,
): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    if (!devTools) contents.on('devtools-opened', () => contents.closeDevTools());
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** No camera, microphone, notifications, geolocation or anything else a page could ask for. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}
