import { nowIsoOf, type DataEnv } from '@db/env';
import { mutate } from '@db/mutation';
import { insertOrganisation } from '@db/repositories/organisations';
import { insertPerson } from '@db/repositories/profiles';
import { hashSecret } from '@main/services/auth/passwords';
import type { Role } from '@shared/domain/roles';

export interface PlainOrganisation {
  name: string;
  people: ReadonlyArray<{ name: string; email: string; role: Role }>;
  password: string;
}

/**
 * An organisation written through the repositories, as enrolment would bring
 * one, and not by the demo seed. Free of vitest, so the e2e tests can prepare
 * a data folder with it too.
 */
export async function writePlainOrganisation(
  env: DataEnv,
  organisation: PlainOrganisation,
): Promise<string> {
  const clientId = env.ids();
  const nowIso = nowIsoOf(env);
  // A cheap cost: these are test accounts.
  const passwordHash = await hashSecret(organisation.password, { N: 2 ** 10, r: 8, p: 1 });
  await mutate(env, { clientId, profileId: null }, async (tx) => {
    await insertOrganisation(tx, { id: clientId, name: organisation.name, address: null, nowIso });
    for (const person of organisation.people) {
      await insertPerson(tx, { clientId }, { id: env.ids(), ...person, passwordHash, nowIso });
    }
    return {
      value: null,
      audit: {
        action: 'organisation.create',
        resourceType: 'client',
        resourceId: clientId,
        changes: { name: organisation.name, people: organisation.people.length },
      },
    };
  });
  return clientId;
}
