import type { SessionInfo } from '@shared/domain/organisation';
import { useApiQuery } from '../../api/use-api-query';
import { plural } from '../../lib/format';
import { hrefFor } from '../../app/route-store';
import { EmptyState, ErrorState, LoadingState } from '../../ui/States';
import { QuestionBankPanel } from '../../questions/QuestionBankPanel';
import { TestsTable } from '../../tests/TestsTable';
import { OverviewStats } from './OverviewStats';
import './overview.css';

export function OverviewScreen({ session }: { session: SessionInfo }) {
  const tests = useApiQuery('tests.list', {});

  return (
    <div className="page">
      <div className="page__header">
        <div>
          <h1>Overview</h1>
          <p className="page__lede">{session.organisation.name} at a glance.</p>
        </div>
      </div>

      <OverviewStats tests={tests} />

      <section className="panel" aria-labelledby="overview-tests-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="overview-tests-heading">
            Tests
          </h2>
          {tests.data && (
            <span className="panel__meta">
              {plural(tests.data.length, 'test')} · <a href={hrefFor('tests')}>Open Tests</a>
            </span>
          )}
        </div>
        {tests.error ? (
          <ErrorState
            error={tests.error}
            onRetry={tests.reload}
            title="Tests could not be loaded"
          />
        ) : !tests.data ? (
          <LoadingState label="Loading tests…" />
        ) : tests.data.length === 0 ? (
          <EmptyState title="No tests yet" compact>
            Tests assembled from the question bank appear here.
          </EmptyState>
        ) : (
          <TestsTable tests={tests.data} caption="Tests" detailed={false} />
        )}
      </section>

      <QuestionBankPanel title="Question bank" pageSize={10} advanced={false} />
    </div>
  );
}
