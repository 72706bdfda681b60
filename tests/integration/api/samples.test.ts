import { beforeAll, describe, expect, it } from 'vitest';
import { apiContract, methodNames, type MethodName } from '@shared/api/contract';
import type { Role } from '@shared/domain/roles';
import type { FileDialogs } from '@main/services/backup/file-dialogs';
import {
  clientOf,
  clientsByRole,
  createSharedTestCore,
  createTestCore,
  signedIn,
  type TestClient,
} from '../../helpers/core';
import { allowedCallers } from '../../helpers/contract';
import { type DemoFixture, personForRole, prepareDemoFixture } from '../../helpers/fixtures';
import {
  malformedInputs,
  methodsWithoutSample,
  prepareSample,
  sampleInputs,
} from '../../helpers/sample-inputs';

const closedDialogs: FileDialogs = {
  chooseFolder: () => Promise.resolve(null),
  chooseSavePath: () => Promise.resolve(null),
  chooseOpenPath: () => Promise.resolve(null),
};

/** Every (method, caller) pair the contract allows; `null` is a caller who is not signed in. */
function allowedCalls(mutates: boolean): Array<[MethodName, Role | null]> {
  return (
    methodNames
      // First-run methods only answer on a computer with no organisation; tests/integration/setup/
      // calls each of them there, with the same checks.
      .filter((m) => !apiContract[m].firstRun)
      .filter((m) => apiContract[m].mutates === mutates)
      .flatMap((method) =>
        allowedCallers(method).map((role): [MethodName, Role | null] => [method, role]),
      )
  );
}

describe('sample inputs', () => {
  it('cover every method of the contract, with at least one malformed case each', () => {
    expect(methodsWithoutSample()).toEqual([]);
    expect(methodNames.filter((m) => malformedInputs[m].length === 0)).toEqual([]);
  });
});

describe('each reading method answers its sample for every allowed role', () => {
  let fx: DemoFixture;
  let clients: Record<Role, TestClient> & { anonymous: TestClient };

  beforeAll(async () => {
    // As the desktop app, whose dialogs a person here closes: a method that opens one
    // (questions.importPick) answers as for a closed dialog; the preview's refusal has its own test.
    const core = await createSharedTestCore({ fileDialogs: closedDialogs });
    fx = await prepareDemoFixture(core);
    clients = await clientsByRole(core);
  });

  it.each(allowedCalls(false))('%s as %s', async (method, role) => {
    const client = clients[role ?? 'anonymous'];
    const result = await client.raw(method, sampleInputs[method](fx));
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });
});

describe('each changing method succeeds with its sample for every allowed role', () => {
  it.each(allowedCalls(true))('%s as %s', async (method, role) => {
    const core = await createTestCore();
    const fixture = await prepareDemoFixture(core);
    await prepareSample(method, core, fixture);
    const client = role === null ? clientOf(core) : await signedIn(core, personForRole[role]);
    const result = await client.raw(method, sampleInputs[method](fixture));
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });
});
