import type { SessionInfo } from '@shared/domain/organisation';
import { useApiQuery } from '../../api/use-api-query';
import { useIntl } from '../../i18n/use-intl';
import { hrefFor } from '../../app/route-store';
import { EmptyState, ErrorState, LoadingState } from '../../ui/States';
import { QuestionBankPanel } from '../../questions/QuestionBankPanel';
import { TestsTable } from '../../tests/TestsTable';
import { OverviewStats } from './OverviewStats';
import { messages } from './messages';
import './overview.css';

export function OverviewScreen({ session }: { session: SessionInfo }) {
  const intl = useIntl();
  const tests = useApiQuery('tests.list', {});

  return (
    <div className="page">
      <div className="page__header">
        <div>
          <h1>{intl.formatMessage(messages.title)}</h1>
          <p className="page__lede">
            {intl.formatMessage(messages.lede, { organisation: session.organisation.name })}
          </p>
        </div>
      </div>

      <OverviewStats tests={tests} />

      <section className="panel" aria-labelledby="overview-tests-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="overview-tests-heading">
            {intl.formatMessage(messages.tests)}
          </h2>
          {tests.data && (
            <span className="panel__meta">
              {intl.formatMessage(messages.testCount, { count: tests.data.length })} ·{' '}
              <a href={hrefFor('tests')}>{intl.formatMessage(messages.openTests)}</a>
            </span>
          )}
        </div>
        {tests.error ? (
          <ErrorState
            error={tests.error}
            onRetry={tests.reload}
            title={intl.formatMessage(messages.testsError)}
          />
        ) : !tests.data ? (
          <LoadingState label={intl.formatMessage(messages.loadingTests)} />
        ) : tests.data.length === 0 ? (
          <EmptyState title={intl.formatMessage(messages.noTestsYet)} compact>
            {intl.formatMessage(messages.noTestsBody)}
          </EmptyState>
        ) : (
          <TestsTable
            tests={tests.data}
            caption={intl.formatMessage(messages.tests)}
            detailed={false}
          />
        )}
      </section>

      <QuestionBankPanel
        title={intl.formatMessage(messages.questionBank)}
        pageSize={10}
        advanced={false}
      />
    </div>
  );
}
