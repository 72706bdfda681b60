import type { ExamApiBridge } from '@shared/api/bridge';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { EventName, EventPayload } from '@shared/api/events';
import type { ApiResult } from '@shared/api/result';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser preview. */
    examApi?: ExamApiBridge;
  }
}

let bridge: ExamApiBridge | null = null;

/** Electron's preload bridge when present, otherwise HTTP to the preview host. */
function getBridge(): ExamApiBridge {
  bridge ??= window.examApi ?? createHttpBridge();
  return bridge;
}

export function call<K extends MethodName>(
  method: K,
  input: MethodInput<K>,
): Promise<ApiResult<MethodOutput<K>>> {
  const fn = getBridge().methods[method] as (
    i: MethodInput<K>,
  ) => Promise<ApiResult<MethodOutput<K>>>;
  return fn(input);
}

export function onEvent<K extends EventName>(
  name: K,
  listener: (payload: EventPayload<K>) => void,
): () => void {
  return getBridge().events.on(name, listener);
}

export const isDesktop = (): boolean => window.examApi !== undefined;
