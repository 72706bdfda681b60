import type { Person } from '@shared/domain/organisation';
import { roles } from '@shared/domain/roles';
import { testStatuses, type TestSummary } from '@shared/domain/tests';
import type { ApiQuery } from '../../api/use-api-query';
import { useApiQuery } from '../../api/use-api-query';
import { plural } from '../../lib/format';
import { testStatusLabels } from '../../lib/labels';
import { StatCard } from './StatCard';

const roleNouns = {
  admin: ['administrator', 'administrators'],
  author: ['author', 'authors'],
  proctor: ['proctor', 'proctors'],
  student: ['student', 'students'],
} as const;

/** Headline counts for admin mode, each from its own API read. */
export function OverviewStats({ tests }: { tests: ApiQuery<TestSummary[]> }) {
  const questions = useApiQuery('questions.list', { limit: 1 });
  const people = useApiQuery('people.list', {});
  const inProgress = useApiQuery('exams.attempts', { status: 'in_progress' });

  return (
    <div className="stats">
      <StatCard
        label="Questions in bank"
        value={questions.data?.total}
        failed={questions.error !== null}
        detail="Not counting deleted questions"
      />
      <StatCard
        label="Tests"
        value={tests.data?.length}
        failed={tests.error !== null}
        detail={tests.data && testsBreakdown(tests.data)}
      />
      <StatCard
        label="People"
        value={people.data?.length}
        failed={people.error !== null}
        detail={people.data && peopleBreakdown(people.data)}
      />
      <StatCard
        label="Exams in progress"
        value={inProgress.data?.length}
        failed={inProgress.error !== null}
        detail="Started and not yet submitted"
      />
    </div>
  );
}

function testsBreakdown(tests: readonly TestSummary[]): string {
  if (tests.length === 0) return 'None yet';
  return testStatuses
    .map((status) => ({ status, n: tests.filter((t) => t.status === status).length }))
    .filter(({ n }) => n > 0)
    .map(({ status, n }) => `${String(n)} ${testStatusLabels[status].toLowerCase()}`)
    .join(' · ');
}

function peopleBreakdown(people: readonly Person[]): string {
  if (people.length === 0) return 'No active accounts';
  return [...roles]
    .reverse()
    .map((role) => ({ role, n: people.filter((p) => p.role === role).length }))
    .filter(({ n }) => n > 0)
    .map(({ role, n }) => plural(n, roleNouns[role][0], roleNouns[role][1]))
    .join(' · ');
}
