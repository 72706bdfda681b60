import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { apiContract, type MethodName } from '@shared/api/contract';
import { eventChannel, methodChannel } from '@shared/api/bridge';
import type { ApiResult } from '@shared/api/result';
import type { EventHub } from '../api/events';
import type { ApiRouter } from '../api/router';
import { senderRefusal } from './sender-check';

export interface BridgeOptions {
  router: ApiRouter;
  events: EventHub;
  /** Whether a frame URL is one of ours (app:// in production, the dev server in development). */
  isTrustedUrl: (url: string) => boolean;
  /** The windows we created; anything else is refused. */
  isOurWindow: (contents: WebContents) => boolean;
}

export const sessionKeyOf = (contents: WebContents): string => `ipc:${contents.id}`;

/**
 * The only module that touches ipcMain. Binds one channel per contract method
 * and forwards events to our windows.
 */
export interface IpcBinding {
  /** Lets a window receive events. */
  addWindow(contents: WebContents): void;
  dispose(): void;
}

export function bindIpc(options: BridgeOptions): IpcBinding {
  const { router, events } = options;
  const methods = Object.keys(apiContract) as MethodName[];
  for (const method of methods) {
    ipcMain.handle(
      methodChannel(method),
      async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> => {
        const refusal = senderRefusal(
          { ourWindow: options.isOurWindow(event.sender), frameUrl: event.senderFrame?.url },
          options.isTrustedUrl,
        );
        if (refusal) return { ok: false, error: refusal };
        return router.dispatch(method, input, {
          sessionKey: sessionKeyOf(event.sender),
          transport: 'ipc',
          ipAddress: null,
        });
      },
    );
  }
  const targets = new Set<WebContents>();
  const unsubscribe = events.subscribe((name, payload, target) => {
    for (const contents of targets) {
      if (contents.isDestroyed()) {
        targets.delete(contents);
        continue;
      }
      if (target === null || target === sessionKeyOf(contents))
        contents.send(eventChannel(name), payload);
    }
  });
  return {
    addWindow(contents) {
      targets.add(contents);
      contents.once('destroyed', () => targets.delete(contents));
    },
    dispose() {
      unsubscribe();
      for (const method of methods) ipcMain.removeHandler(methodChannel(method));
    },
  };
}
