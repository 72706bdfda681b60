import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { clearGuessGuards } from '@db/repositories/guess-guards';
import {
  emailTaken,
  getPerson,
  hasPin,
  insertPerson,
  listPeople,
  updatePerson,
  type PeopleFilter,
} from '@db/repositories/profiles';
import type { TenantContext } from '@db/tenant';
import { conflict, forbidden, invalid } from '@shared/api/result';
import { diffObjects } from '@shared/audit/diff';
import type { Person } from '@shared/domain/organisation';
import type { Role } from '@shared/domain/roles';
import { newSealedHash } from '../auth/sealed-hashes';
import { requireWithinLimit } from '../billing/entitlements';
import type { ServiceEnv } from '../service-env';

export function readPeople(
  env: ServiceEnv,
  tenant: TenantContext,
  filter: PeopleFilter,
): Promise<Person[]> {
  return listPeople(env.db(), tenant, filter);
}

export function readPerson(env: ServiceEnv, tenant: TenantContext, id: string): Promise<Person> {
  return getPerson(env.db(), tenant, id);
}

const personSnapshot = (p: Person): Record<string, unknown> => ({
  name: p.name,
  email: p.email,
  role: p.role,
  active: p.active,
});

/** Only admins manage staff; authors manage students. */
function requireMayManage(tenant: TenantContext, role: Role): void {
  if (role !== 'student' && tenant.role !== 'admin') throw forbidden('people.onlyAdmins');
}

export async function createPerson(
  env: ServiceEnv,
  tenant: TenantContext,
  input: { name: string; email: string; role: Role; password: string },
): Promise<Person> {
  requireMayManage(tenant, input.role);
  const id = env.ids();
  const passwordHash = await newSealedHash(
    { clientId: tenant.clientId, column: 'profiles.password_hash', rowId: id },
    input.password,
    env.scrypt,
  );
  return mutate(env, tenant, async (tx) => {
    if (input.role === 'student') await requireWithinLimit(tx, tenant, 'max_students');
    if (await emailTaken(tx, input.email)) throw invalid('email', 'sentence.emailTaken');
    const person = await insertPerson(tx, tenant, {
      id,
      name: input.name,
      email: input.email,
      role: input.role,
      passwordHash,
      nowIso: nowIsoOf(env),
    });
    return {
      value: person,
      audit: {
        action: 'person.create',
        resourceType: 'profile',
        resourceId: person.id,
        changes: diffObjects(null, personSnapshot(person)),
      },
    };
  });
}

export async function changePerson(
  env: ServiceEnv,
  tenant: TenantContext,
  input: {
    id: string;
    name?: string | undefined;
    role?: Role | undefined;
    active?: boolean | undefined;
  },
): Promise<Person> {
  if (
    input.id === tenant.profileId &&
    (input.active === false || (input.role !== undefined && input.role !== 'admin'))
  ) {
    throw conflict('people.notYourself');
  }
  if (input.role !== undefined) requireMayManage(tenant, input.role);
  const person = await mutate(env, tenant, async (tx) => {
    const current = await getPerson(tx, tenant, input.id);
    requireMayManage(tenant, current.role);
    const becomesStudent =
      (input.role ?? current.role) === 'student' &&
      (input.active ?? current.active) &&
      !(current.role === 'student' && current.active);
    if (becomesStudent) await requireWithinLimit(tx, tenant, 'max_students');
    const { before, after } = await updatePerson(tx, tenant, input.id, input, nowIsoOf(env));
    return {
      value: after,
      audit: {
        action: 'person.update',
        resourceType: 'profile',
        resourceId: after.id,
        changes: diffObjects(personSnapshot(before), personSnapshot(after)),
      },
    };
  });
  if (!person.active) env.sessions.endForProfile(person.id);
  return person;
}

export async function resetPassword(
  env: ServiceEnv,
  tenant: TenantContext,
  input: { id: string; password: string },
): Promise<Person> {
  const passwordHash = await newSealedHash(
    { clientId: tenant.clientId, column: 'profiles.password_hash', rowId: input.id },
    input.password,
    env.scrypt,
  );
  const person = await mutate(env, tenant, async (tx) => {
    requireMayManage(tenant, (await getPerson(tx, tenant, input.id)).role);
    const { after } = await updatePerson(tx, tenant, input.id, { passwordHash }, nowIsoOf(env));
    // A new password lifts the person's sign-in locks on every computer (once this syncs there).
    await clearGuessGuards(tx, tenant, 'sign_in', input.id, nowIsoOf(env));
    return {
      value: after,
      audit: {
        action: 'person.reset_password',
        resourceType: 'profile',
        resourceId: after.id,
        changes: { password: ['(hidden)', '(changed)'] },
      },
    };
  });
  if (person.id !== tenant.profileId) env.sessions.endForProfile(person.id);
  return person;
}

/**
 * Clears a proctor's or admin's PIN at once, so it stops unlocking exams (a PIN
 * told to someone, a proctor who left). They set a new one themselves, with
 * their password. Admins only.
 */
export async function resetPin(
  env: ServiceEnv,
  tenant: TenantContext,
  input: { id: string },
): Promise<Person> {
  return mutate(env, tenant, async (tx) => {
    const person = await getPerson(tx, tenant, input.id);
    if (person.role !== 'proctor' && person.role !== 'admin') {
      throw conflict('people.noPinRole', { name: person.name });
    }
    if (!(await hasPin(tx, tenant, input.id)))
      throw conflict('people.noPin', { name: person.name });
    const { after } = await updatePerson(tx, tenant, input.id, { pinHash: null }, nowIsoOf(env));
    return {
      value: after,
      audit: {
        action: 'person.reset_pin',
        resourceType: 'profile',
        resourceId: after.id,
        changes: { pin: ['(hidden)', null] },
      },
    };
  });
}
