import { performance } from 'node:perf_hooks';
import type { Core } from '@main/app/core';
import type { Caller } from '@main/api/router';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';

/** Calls through the router, as the renderer does, signed in as `email`. */
export async function signedInApi(core: Core, email: string) {
  const caller: Caller = { sessionKey: `growth-${email}`, transport: 'test', ipAddress: null };
  const call = async <K extends MethodName>(
    method: K,
    input: MethodInput<K>,
  ): Promise<MethodOutput<K>> => {
    const result = await core.router.dispatch(method, input, caller);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value as MethodOutput<K>;
  };
  await call('auth.signIn', { email, password: 'demo1234' });
  return call;
}

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

/**
 * Wall time and the process's processor time (user and system, all threads)
 * of one call. On a machine shared with other work the wall time grows with
 * the load; the processor time shows what the call itself costs.
 */
export async function timedWithCpu<T>(fn: () => Promise<T>): Promise<[T, number, number]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [value, wall, (used.user + used.system) / 1_000];
}
