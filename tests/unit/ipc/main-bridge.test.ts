import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { APP_ORIGIN, methodChannel } from '@shared/api/bridge';
import type { EventHub } from '@main/api/events';
import type { ApiRouter } from '@main/api/router';
import { urlTrust } from '@main/ipc/sender-check';

type InvokeHandler = (event: unknown, input: unknown) => Promise<unknown>;
const handlers = new Map<string, InvokeHandler>();

// The Electron binary is not installed where these tests run; ipcMain is the one part the bridge uses.
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: InvokeHandler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { bindIpc } = await import('@main/ipc/main-bridge');

const ours = { id: 7 } as unknown as WebContents;
const stranger = { id: 8 } as unknown as WebContents;

describe('IPC bridge', () => {
  const dispatched: unknown[][] = [];

  beforeEach(() => {
    handlers.clear();
    dispatched.length = 0;
    const router = {
      dispatch: (...args: unknown[]) => {
        dispatched.push(args);
        return Promise.resolve({ ok: true, value: null });
      },
    } as unknown as ApiRouter;
    const events = { subscribe: () => () => undefined } as unknown as EventHub;
    bindIpc({
      router,
      events,
      isTrustedUrl: urlTrust(APP_ORIGIN),
      isOurWindow: (contents) => contents.id === ours.id,
    });
  });

  const invoke = (sender: WebContents, frameUrl: string | undefined) =>
    handlers.get(methodChannel('auth.session'))?.(
      { sender, senderFrame: frameUrl === undefined ? null : { url: frameUrl } },
      {},
    );

  it('passes a call from our window and renderer to the router, keyed by that window', async () => {
    expect(await invoke(ours, `${APP_ORIGIN}/index.html`)).toEqual({ ok: true, value: null });
    expect(dispatched).toEqual([
      ['auth.session', {}, { sessionKey: 'ipc:7', transport: 'ipc', ipAddress: null }],
    ]);
  });

  it('refuses another window, a foreign frame and a frame that is gone, without calling the router', async () => {
    for (const [sender, url] of [
      [stranger, `${APP_ORIGIN}/index.html`],
      [ours, 'https://example.com/'],
      [ours, 'app://exam.evil.example/'],
      [ours, undefined],
    ] as const) {
      expect(await invoke(sender, url)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(dispatched).toEqual([]);
  });
});
