import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { EventName, EventPayload } from './events';
import type { ApiResult } from './result';

/** One function per API method; the only way the renderer reaches main. */
export type ApiMethods = {
  [K in MethodName]: (input: MethodInput<K>) => Promise<ApiResult<MethodOutput<K>>>;
};

export type Unsubscribe = () => void;

export interface ApiEventsBridge {
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): Unsubscribe;
}

/** What the preload puts on `window.examApi` (and what the HTTP transport imitates in the preview). */
export interface ExamApiBridge {
  methods: ApiMethods;
  events: ApiEventsBridge;
}

/** IPC channel names; kept here so main and preload cannot drift apart. */
export const methodChannel = (method: MethodName): string => `api:${method}`;
export const eventChannel = (event: EventName): string => `event:${event}`;

/** The origin the packaged renderer is served from (custom protocol, not file://). */
export const APP_PROTOCOL = 'app';
export const APP_HOST = 'exam';
export const APP_ORIGIN = `${APP_PROTOCOL}://${APP_HOST}`;
