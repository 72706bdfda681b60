import type { Core } from '@main/app/core';
import type { Caller } from '@main/api/router';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/result';

/** One signed-in window talking to a core's router, as the renderer does. */
export interface LabClient {
  call<K extends MethodName>(method: K, input: MethodInput<K>): Promise<ApiResult<MethodOutput<K>>>;
  /** Calls and unwraps; throws with the method and the error if the call failed. */
  ok<K extends MethodName>(method: K, input: MethodInput<K>): Promise<MethodOutput<K>>;
}

export function labClient(core: Core, sessionKey: string): LabClient {
  const caller: Caller = { sessionKey, transport: 'test', ipAddress: null };
  const call = <K extends MethodName>(method: K, input: MethodInput<K>) =>
    core.router.dispatch(method, input, caller) as Promise<ApiResult<MethodOutput<K>>>;
  return {
    call,
    async ok(method, input) {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
  };
}

export const DEMO_PASSWORD = 'demo1234';

export async function signIn(
  core: Core,
  sessionKey: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<LabClient> {
  const client = labClient(core, sessionKey);
  await client.ok('auth.signIn', { email, password });
  return client;
}
