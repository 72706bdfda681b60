import type { ExamApiBridge } from '../../../shared/api/bridge';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { EventName, EventPayload } from '../../../shared/api/events';
import type { ApiErrorBody, ApiResult } from '../../../shared/api/result';
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

/** An API error as a thrown value, for code that prefers try/catch. */
export class ApiCallError extends Error {
  readonly body: ApiErrorBody;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
    this.body = body;
  }
}

export async function callOrThrow<K extends MethodName>(
  method: K,
  input: MethodInput<K>,
): Promise<MethodOutput<K>> {
  const result = await call(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

export function onEvent<K extends EventName>(
  name: K,
  listener: (payload: EventPayload<K>) => void,
): () => void {
  return getBridge().events.on(name, listener);
}

export const isDesktop = (): boolean => window.examApi !== undefined;
