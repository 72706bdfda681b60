import { z } from 'zod';

/** Who a signed-in person is inside their organisation. */
export const roles = ['admin', 'author', 'proctor', 'student'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Staff who build banks, tests and read results. */
export const AUTHORING_ROLES = ['admin', 'author'] as const satisfies readonly Role[];
/** Staff who run exam sessions in a centre. */
export const PROCTORING_ROLES = ['admin', 'proctor'] as const satisfies readonly Role[];
export const STAFF_ROLES = ['admin', 'author', 'proctor'] as const satisfies readonly Role[];
export const ALL_ROLES = roles;

/** The screen each role lands on after signing in. */
export function landingFor(role: Role): 'admin' | 'proctor' | 'student' {
  switch (role) {
    case 'admin':
    case 'author':
      return 'admin';
    case 'proctor':
      return 'proctor';
    case 'student':
      return 'student';
  }
}
