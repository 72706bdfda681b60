import type { Role } from '@shared/domain/roles';
import { translatedLabels } from '../i18n/translated-labels';
import type { IconName } from '../ui/Icon';
import { messages } from './messages';

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
  /** In the active language, read anew each time. */
  readonly label: string;
  icon: IconName;
  roles: readonly Role[];
}

const sectionLabels = translatedLabels<AdminSectionId>({
  overview: messages.overview,
  questions: messages.questions,
  tests: messages.tests,
  results: messages.results,
  proctor: messages.proctor,
  people: messages.people,
  audit: messages.audit,
  settings: messages.settings,
  sync: messages.sync,
  backup: messages.backup,
});

const section = (id: AdminSectionId, icon: IconName, roles: readonly Role[]): AdminSection => ({
  id,
  icon,
  roles,
  get label() {
    return sectionLabels[id];
  },
});

export const adminSections: readonly AdminSection[] = [
  section('overview', 'overview', ['admin', 'author']),
  section('questions', 'questions', ['admin', 'author']),
  section('tests', 'tests', ['admin', 'author']),
  section('results', 'monitor', ['admin', 'author']),
  section('proctor', 'clock', ['admin']),
  section('people', 'people', ['admin', 'author']),
  section('audit', 'lock', ['admin']),
  section('settings', 'info', ['admin']),
  section('sync', 'refresh', ['admin']),
  section('backup', 'clock', ['admin']),
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
