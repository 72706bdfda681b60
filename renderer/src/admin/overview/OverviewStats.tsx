import type { Person } from '@shared/domain/organisation';
import { roles } from '@shared/domain/roles';
import { testStatuses, type TestSummary } from '@shared/domain/tests';
import type { ApiQuery } from '../../api/use-api-query';
import { useApiQuery } from '../../api/use-api-query';
import { currentIntl } from '../../i18n/intl';
import { useIntl } from '../../i18n/use-intl';
import { testStatusLabels } from '../../lib/labels';
import { StatCard } from './StatCard';
import { messages } from './messages';

const roleCounts = {
  admin: messages.admins,
  author: messages.authors,
  proctor: messages.proctors,
  student: messages.students,
} as const;

/** Headline counts for admin mode, each from its own API read. */
export function OverviewStats({ tests }: { tests: ApiQuery<TestSummary[]> }) {
  const intl = useIntl();
  const questions = useApiQuery('questions.list', { limit: 1 });
  const people = useApiQuery('people.list', {});
  const inProgress = useApiQuery('exams.attempts', { status: 'in_progress' });

  return (
    <div className="stats">
      <StatCard
        label={intl.formatMessage(messages.questionsInBank)}
        value={questions.data?.total}
        failed={questions.error !== null}
        detail={intl.formatMessage(messages.notCountingDeleted)}
      />
      <StatCard
        label={intl.formatMessage(messages.tests)}
        value={tests.data?.length}
        failed={tests.error !== null}
        detail={tests.data && testsBreakdown(tests.data)}
      />
      <StatCard
        label={intl.formatMessage(messages.people)}
        value={people.data?.length}
        failed={people.error !== null}
        detail={people.data && peopleBreakdown(people.data)}
      />
      <StatCard
        label={intl.formatMessage(messages.examsInProgress)}
        value={inProgress.data?.length}
        failed={inProgress.error !== null}
        detail={intl.formatMessage(messages.startedNotSubmitted)}
      />
    </div>
  );
}

function testsBreakdown(tests: readonly TestSummary[]): string {
  const intl = currentIntl();
  if (tests.length === 0) return intl.formatMessage(messages.noneYet);
  return testStatuses
    .map((status) => ({ status, n: tests.filter((t) => t.status === status).length }))
    .filter(({ n }) => n > 0)
    .map(({ status, n }) =>
      intl.formatMessage(messages.statusCount, {
        count: n,
        status: testStatusLabels[status].toLocaleLowerCase(intl.locale),
      }),
    )
    .join(intl.formatMessage(messages.breakdownSeparator));
}

function peopleBreakdown(people: readonly Person[]): string {
  const intl = currentIntl();
  if (people.length === 0) return intl.formatMessage(messages.noActiveAccounts);
  return [...roles]
    .reverse()
    .map((role) => ({ role, n: people.filter((p) => p.role === role).length }))
    .filter(({ n }) => n > 0)
    .map(({ role, n }) => intl.formatMessage(roleCounts[role], { count: n }))
    .join(intl.formatMessage(messages.breakdownSeparator));
}
