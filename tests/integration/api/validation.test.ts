import { beforeAll, describe, expect, it } from 'vitest';
import { apiContract, methodNames, type MethodName } from '@shared/api/contract';
import type { Role } from '@shared/domain/roles';
import {
  clientsByRole,
  createSharedTestCore,
  type TestClient,
  type TestCore,
} from '../../helpers/core';
import { changedTables, snapshotDatabase } from '../../helpers/db-snapshot';
import { type DemoFixture, prepareDemoFixture } from '../../helpers/fixtures';
import { malformedInputs, sampleInputs } from '../../helpers/sample-inputs';

/** zod's default messages, which must never reach a person. */
const zodWording =
  /Invalid input|Invalid option|Too small|Too big|Unrecognized key|expected \w+, received|>=|<=/;

interface Case {
  method: MethodName;
  label: string;
  input: (fx: DemoFixture) => unknown;
  field: string;
}

/** The method's own malformed inputs plus two every method must refuse the same way. */
const cases: Case[] = methodNames.flatMap((method) => [
  ...malformedInputs[method].map((c) => ({ method, label: `${c.field} is wrong`, ...c })),
  { method, label: 'input is not an object', input: () => 'drop table tests', field: '(input)' },
  { method, label: 'input is a list', input: () => [sampleInputs[method]], field: '(input)' },
  {
    method,
    label: 'input has an unknown field',
    input: (fx: DemoFixture) => ({
      ...(sampleInputs[method](fx) as object),
      clientId: fx.clientId,
    }),
    field: 'clientId',
  },
]);

describe('malformed input', () => {
  let core: TestCore;
  let fx: DemoFixture;
  let clients: Record<Role, TestClient> & { anonymous: TestClient };

  beforeAll(async () => {
    core = await createSharedTestCore();
    fx = await prepareDemoFixture(core);
    clients = await clientsByRole(core);
  });

  /** A caller the method accepts, so the input is what gets refused. */
  const callerFor = (method: MethodName): TestClient => {
    const roles = apiContract[method].roles;
    return roles === 'public' ? clients.anonymous : clients[roles[0]];
  };

  it.each(cases.map((c) => [c.method, c.label, c] as const))(
    '%s: %s -> VALIDATION on the field, nothing written',
    async (method, _label, c) => {
      const before = await snapshotDatabase(core.database.client);
      const result = await callerFor(method).raw(method, c.input(fx));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.field).toBe(c.field);
      // A sentence a person reads: the field is its own property, never a prefix, never zod's wording.
      expect(result.error.message.startsWith(`${c.field}: `)).toBe(false);
      expect(result.error.message).toMatch(/^[A-Z]/);
      expect(result.error.message).not.toMatch(zodWording);
      expect(changedTables(before, await snapshotDatabase(core.database.client))).toEqual([]);
    },
  );
});
