import type { ApiErrorBody } from '@shared/api/result';

/** `app://exam` for `app://exam/index.html#/exam/1`; null for text that is not a URL. */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Node gives custom schemes (app://) the opaque origin "null"; scheme and host name ours.
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * Whether a URL is one of ours: the packaged renderer's origin, and in
 * development the dev server's. Origins are compared whole, so
 * `http://localhost:5173.example.com` is not the dev server at `http://localhost:5173`.
 */
export function urlTrust(appOrigin: string, devServerUrl?: string): (url: string) => boolean {
  const trusted = new Set(
    [appOrigin, devServerUrl].flatMap((u) => {
      const origin = u === undefined ? null : originOf(u);
      return origin === null ? [] : [origin];
    }),
  );
  return (url) => {
    const origin = originOf(url);
    return origin !== null && trusted.has(origin);
  };
}

/** What main knows about who sent an IPC call. */
export interface IpcSender {
  /** The sender is a window this app created. */
  ourWindow: boolean;
  /** The URL of the frame that called, or undefined when the frame is gone. */
  frameUrl: string | undefined;
}

/** Why an IPC call is refused before it reaches the router, or null to let it through. */
export function senderRefusal(
  sender: IpcSender,
  isTrustedUrl: (url: string) => boolean,
): ApiErrorBody | null {
  if (sender.ourWindow && isTrustedUrl(sender.frameUrl ?? '')) return null;
  return { code: 'FORBIDDEN', message: 'This window may not use the exam API' };
}
