import { afterAll, afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '@main/app/core';
import type { Caller } from '@main/api/router';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/result';
import type { Role } from '@shared/domain/roles';
import { sequentialIds } from '@shared/ids';
import { ManualClock } from '@shared/time';
import { tempDir, type TempScope } from './temp-dir';

const cores: Core[] = [];
const fileCores: Core[] = [];

afterEach(async () => {
  while (cores.length > 0) await cores.pop()?.close();
});

afterAll(async () => {
  while (fileCores.length > 0) await fileCores.pop()?.close();
});

/** Cheap scrypt for tests that sign in many times; the password tests use the real cost. */
export const TEST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

export interface TestCore extends Core {
  clock: ManualClock;
}

/** Real services on a real database in a fresh temp folder, with a hand-driven clock and ordered ids. */
export async function createTestCore(
  options: Partial<CoreOptions> & { clock?: ManualClock } = {},
): Promise<TestCore> {
  const core = await buildCore(options, 'test');
  cores.push(core);
  return core;
}

/**
 * The same, but kept open for the whole test file (create it in `beforeAll`).
 * Only for tests that do not change data, or whose changes later tests expect.
 */
export async function createSharedTestCore(
  options: Partial<CoreOptions> & { clock?: ManualClock } = {},
): Promise<TestCore> {
  const core = await buildCore(options, 'file');
  fileCores.push(core);
  return core;
}

async function buildCore(
  options: Partial<CoreOptions> & { clock?: ManualClock },
  scope: TempScope,
): Promise<TestCore> {
  const clock = options.clock ?? new ManualClock();
  const core = await createCore({
    dataDir: options.dataDir ?? tempDir('exam-core-', scope),
    ids: sequentialIds(),
    scrypt: TEST_SCRYPT,
    seedDemo: true,
    // Tests push and pull by hand (`core.sync.syncNow()`); the runner's own loops are tested on purpose.
    startSync: false,
    // EXAM_TEST_LOG=1 prints what the router and the sync runner would log, for debugging a test.
    logError: process.env.EXAM_TEST_LOG ? (m, e) => console.error(m, e) : () => undefined,
    ...options,
    clock,
  });
  return Object.assign(core, { clock });
}

export interface TestClient {
  key: string;
  call<K extends MethodName>(method: K, input: MethodInput<K>): Promise<ApiResult<MethodOutput<K>>>;
  /** Calls and unwraps; throws with the error code if the call failed. */
  ok<K extends MethodName>(method: K, input: MethodInput<K>): Promise<MethodOutput<K>>;
  /** Sends anything at all, as a hostile renderer could. */
  raw(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

let clientCounter = 0;

/** One renderer (a window or a tab) talking to the router. */
export function clientOf(core: Core, key = `test-${++clientCounter}`): TestClient {
  const caller: Caller = { sessionKey: key, transport: 'test', ipAddress: null };
  const raw = (method: string, input: unknown) => core.router.dispatch(method, input, caller);
  return {
    key,
    raw,
    call: (method, input) => raw(method, input) as never,
    async ok(method, input) {
      const result = await raw(method, input);
      if (!result.ok)
        throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
  };
}

export const DEMO_PASSWORD = 'demo1234';
export const demoEmail = {
  admin: 'admin@northfield.example',
  author: 'author@northfield.example',
  proctor: 'proctor@northfield.example',
  student1: 'student1@northfield.example',
  student2: 'student2@northfield.example',
  student3: 'student3@northfield.example',
} as const;

export async function signedIn(core: Core, who: keyof typeof demoEmail): Promise<TestClient> {
  const client = clientOf(core);
  await client.ok('auth.signIn', { email: demoEmail[who], password: DEMO_PASSWORD });
  return client;
}

/** One signed-in client per role (the demo person holding it), plus an anonymous one. */
export async function clientsByRole(
  core: Core,
): Promise<Record<Role, TestClient> & { anonymous: TestClient }> {
  return {
    admin: await signedIn(core, 'admin'),
    author: await signedIn(core, 'author'),
    proctor: await signedIn(core, 'proctor'),
    student: await signedIn(core, 'student1'),
    anonymous: clientOf(core),
  };
}
