import { beforeAll, describe, expect, it } from 'vitest';
import { methodNames, type MethodName } from '@shared/api/contract';
import type { Role } from '@shared/domain/roles';
import {
  clientsByRole,
  createSharedTestCore,
  type TestClient,
  type TestCore,
} from '../../helpers/core';
import { privateMethods, refusedRoles } from '../../helpers/contract';
import { changedTables, snapshotDatabase } from '../../helpers/db-snapshot';
import { type DemoFixture, prepareDemoFixture } from '../../helpers/fixtures';
import { sampleInputs } from '../../helpers/sample-inputs';

const refusals: Array<[MethodName, Role]> = methodNames.flatMap((method) =>
  refusedRoles(method).map((role): [MethodName, Role] => [method, role]),
);

describe('who may call what', () => {
  let core: TestCore;
  let fx: DemoFixture;
  let clients: Record<Role, TestClient> & { anonymous: TestClient };

  beforeAll(async () => {
    core = await createSharedTestCore();
    fx = await prepareDemoFixture(core);
    clients = await clientsByRole(core);
  });

  it('the contract refuses someone somewhere (the table below is not empty)', () => {
    expect(privateMethods.length).toBeGreaterThan(0);
    expect(refusals.length).toBeGreaterThan(0);
  });

  it.each(privateMethods)(
    '%s refuses a caller who is not signed in, before reading the input',
    async (method) => {
      const before = await snapshotDatabase(core.database.client);
      for (const input of [sampleInputs[method](fx), 'junk', { clientId: fx.clientId }]) {
        const result = await clients.anonymous.raw(method, input);
        expect(result.ok ? 'ok' : result.error.code).toBe('UNAUTHENTICATED');
      }
      expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
    },
  );

  it.each(refusals)('%s refuses the %s role', async (method, role) => {
    const before = await snapshotDatabase(core.database.client);
    const result = await clients[role].raw(method, sampleInputs[method](fx));
    expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
    expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
  });
});
