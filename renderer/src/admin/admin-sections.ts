import type { Role } from '@shared/domain/roles';
import type { IconName } from '../ui/Icon';

/** The screens of admin mode. A section is listed only once its screen works. */
export type AdminSectionId =
  | 'overview'
  | 'questions'
  | 'tests'
  | 'results'
  | 'proctor'
  | 'people'
  | 'audit'
  | 'settings'
  | 'sync'
  | 'backup';

export interface AdminSection {
  id: AdminSectionId;
  label: string;
  icon: IconName;
  roles: readonly Role[];
}

export const adminSections: readonly AdminSection[] = [
  { id: 'overview', label: 'Overview', icon: 'overview', roles: ['admin', 'author'] },
  { id: 'questions', label: 'Question bank', icon: 'questions', roles: ['admin', 'author'] },
  { id: 'tests', label: 'Tests', icon: 'tests', roles: ['admin', 'author'] },
  { id: 'results', label: 'Results', icon: 'monitor', roles: ['admin', 'author'] },
  { id: 'proctor', label: 'Proctor console', icon: 'clock', roles: ['admin'] },
  { id: 'people', label: 'People', icon: 'people', roles: ['admin', 'author'] },
  { id: 'audit', label: 'Audit trail', icon: 'lock', roles: ['admin'] },
  { id: 'settings', label: 'Organisation', icon: 'info', roles: ['admin'] },
  { id: 'sync', label: 'Sync', icon: 'refresh', roles: ['admin'] },
  { id: 'backup', label: 'Backup', icon: 'clock', roles: ['admin'] },
];

export function sectionsFor(role: Role): AdminSection[] {
  return adminSections.filter((section) => section.roles.includes(role));
}

/** The section a hash path (`tests/ID`) names, or the first one the role may see. */
export function currentSection(
  path: string,
  sections: readonly AdminSection[],
): AdminSection | undefined {
  const head = path.split('/')[0];
  return sections.find((section) => section.id === head) ?? sections[0];
}
