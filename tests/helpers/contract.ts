import { apiContract, methodNames, type MethodName } from '@shared/api/contract';
import { roles, type Role } from '@shared/domain/roles';

/** Who may call a method: its roles, or `null` (anyone, signed in or not) for a public one. */
export function allowedCallers(method: MethodName): Array<Role | null> {
  const access = apiContract[method].roles;
  return access === 'public' ? [null] : [...access];
}

/** The roles a method must refuse with FORBIDDEN. */
export function refusedRoles(method: MethodName): Role[] {
  const access = apiContract[method].roles;
  return access === 'public' ? [] : roles.filter((r) => !(access as readonly Role[]).includes(r));
}

export const publicMethods = methodNames.filter((m) => apiContract[m].roles === 'public');
export const privateMethods = methodNames.filter((m) => apiContract[m].roles !== 'public');
export const mutatingMethods = methodNames.filter((m) => apiContract[m].mutates);
