import type { ReactNode } from 'react';
import './admin.css';
import type { SessionInfo } from '@shared/domain/organisation';
import { useDocumentTitle } from '../lib/use-document-title';
import { useRouteStore } from '../app/route-store';
import { AppShell } from '../app/AppShell';
import { currentSection, sectionsFor, type AdminSectionId } from './admin-sections';
import { AdminNav } from './AdminNav';
import { OverviewScreen } from './overview/OverviewScreen';
import { AuditScreen } from '../audit/AuditScreen';
import { PeopleScreen } from '../people/PeopleScreen';
import { ResultsScreen } from '../results/ResultsScreen';
import { OrganisationScreen } from '../organisation/OrganisationScreen';
import { QuestionBankScreen } from '../questions/QuestionBankScreen';
import { TestsScreen } from '../tests/TestsScreen';
import { SyncScreen } from '../sync/SyncScreen';
import { ProctorConsolePage } from '../proctor/ProctorConsole';
import { BackupScreen } from '../backup/BackupScreen';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

const screens: Record<AdminSectionId, (session: SessionInfo) => ReactNode> = {
  overview: (session) => <OverviewScreen session={session} />,
  questions: () => <QuestionBankScreen />,
  tests: () => <TestsScreen />,
  results: () => <ResultsScreen />,
  proctor: () => <ProctorConsolePage />,
  people: (session) => <PeopleScreen staffAllowed={session.person.role === 'admin'} />,
  audit: () => <AuditScreen />,
  settings: () => <OrganisationScreen />,
  sync: () => <SyncScreen />,
  backup: () => <BackupScreen />,
};

/** Admin mode for admins and authors: side navigation and the chosen screen. */
export function AdminMode({ session }: { session: SessionInfo }) {
  const intl = useIntl();
  const path = useRouteStore((s) => s.path);
  const sections = sectionsFor(session.person.role);
  const section = currentSection(path, sections);
  const admin = intl.formatMessage(messages.admin);
  useDocumentTitle(section?.label ?? admin);
  if (!section) return null;
  return (
    <AppShell
      session={session}
      mode={admin}
      nav={<AdminNav sections={sections} current={section} />}
    >
      {screens[section.id](session)}
    </AppShell>
  );
}
