import { apiContract, type MethodName } from '@shared/api/contract';
import type { ApiMethods, ExamApiBridge } from '@shared/api/bridge';
import type { EventName } from '@shared/api/events';
import { englishApiWords } from '@shared/api/error-words';
import type { ApiResult } from '@shared/api/result';
import { reportPreviewLinkProblem } from './preview-access';

const TOKEN_KEY = 'exam-preview-token';
const TAB_KEY = 'exam-preview-tab';

/** The preview host's per-run token arrives once in the URL; it is kept for this tab and removed from the address bar. */
function previewToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** A tab keeps its id across reloads, so a reload keeps its session. */
function tabId(): string {
  let id = sessionStorage.getItem(TAB_KEY);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(TAB_KEY, id);
  }
  return id;
}

const networkError = (): ApiResult<never> => ({
  ok: false,
  error: {
    code: 'INTERNAL',
    message: englishApiWords['api.notAnswering']({}),
    messageId: 'api.notAnswering',
  },
});

/** The same bridge the preload gives Electron windows, over HTTP to the preview host. */
export function createHttpBridge(): ExamApiBridge {
  const token = previewToken();
  const tab = tabId();
  if (token === '') reportPreviewLinkProblem('missing');
  const methods = Object.fromEntries(
    (Object.keys(apiContract) as MethodName[]).map((method) => [
      method,
      async (input: unknown) => {
        try {
          const response = await fetch(`/api/${encodeURIComponent(method)}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-exam-token': token,
              'x-exam-tab': tab,
            },
            body: JSON.stringify(input ?? {}),
          });
          // Only the preview host answers 401: this tab's token is not the running preview's.
          if (response.status === 401 && token !== '') reportPreviewLinkProblem('refused');
          return (await response.json()) as ApiResult<unknown>;
        } catch {
          return networkError();
        }
      },
    ]),
  ) as unknown as ApiMethods;

  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | null = null;
  const connect = () => {
    if (source) return;
    source = new EventSource(
      `/api/events?token=${encodeURIComponent(token)}&tab=${encodeURIComponent(tab)}`,
    );
    for (const name of listeners.keys()) attach(name);
  };
  const attached = new Set<EventName>();
  const attach = (name: EventName) => {
    if (!source || attached.has(name)) return;
    attached.add(name);
    source.addEventListener(name, (event) => {
      const payload = JSON.parse((event as MessageEvent<string>).data) as never;
      for (const listener of listeners.get(name) ?? []) listener(payload);
    });
  };

  return {
    methods,
    events: {
      on(name, listener) {
        let set = listeners.get(name);
        if (!set) {
          set = new Set();
          listeners.set(name, set);
        }
        set.add(listener);
        connect();
        attach(name);
        return () => set.delete(listener);
      },
    },
  };
}
