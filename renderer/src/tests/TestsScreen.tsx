import { useState } from 'react';
import { testStatuses, type TestStatus } from '@shared/domain/tests';
import { useApiQuery } from '../api/use-api-query';
import { hrefFor, useRouteStore } from '../app/route-store';
import { NewTestBuilder, TestBuilder } from './TestBuilder';
import { NEW_TEST } from './test-draft-store';
import { useIntl } from '../i18n/use-intl';
import { testStatusLabels } from '../lib/labels';
import { Segmented, type SegmentOption } from '../ui/Segmented';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { TestsTable } from './TestsTable';
import { messages } from './messages';

type StatusFilter = TestStatus | 'all';

export function TestsScreen() {
  const path = useRouteStore((s) => s.path);
  const id = path.split('/')[1];
  if (id === NEW_TEST) return <NewTestBuilder />;
  if (id) return <TestBuilder key={id} id={id} />;
  return <TestsList />;
}

function TestsList() {
  // All tests are read once; the status filter counts and filters them here.
  const intl = useIntl();
  const query = useApiQuery('tests.list', {});
  const [status, setStatus] = useState<StatusFilter>('all');
  const tests = query.data;
  const shown = tests?.filter((test) => status === 'all' || test.status === status);

  const options: SegmentOption<StatusFilter>[] = [
    {
      value: 'all',
      label: intl.formatMessage(messages.all),
      ...(tests ? { count: tests.length } : {}),
    },
    ...testStatuses.map((s) => ({
      value: s,
      label: testStatusLabels[s],
      ...(tests ? { count: tests.filter((t) => t.status === s).length } : {}),
    })),
  ];

  return (
    <div className="page">
      <div className="page__header">
        <div>
          <h1>{intl.formatMessage(messages.title)}</h1>
          <p className="page__lede">{intl.formatMessage(messages.lede)}</p>
        </div>
        <div className="page__actions">
          {/* A link, not a create: nothing is written until the builder's Create test. */}
          <a className="button button--primary" href={hrefFor(`tests/${NEW_TEST}`)}>
            {intl.formatMessage(messages.newTest)}
          </a>
        </div>
      </div>
      <section className="panel" aria-labelledby="tests-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="tests-heading">
            {status === 'all'
              ? intl.formatMessage(messages.allTests)
              : intl.formatMessage(messages.statusTests, { status: testStatusLabels[status] })}
          </h2>
          {shown && (
            <span className="panel__meta">
              {intl.formatMessage(messages.testCount, { count: shown.length })}
            </span>
          )}
        </div>
        <div className="panel__toolbar">
          <Segmented
            label={intl.formatMessage(messages.filterByStatus)}
            options={options}
            value={status}
            onChange={setStatus}
          />
        </div>
        {query.error ? (
          <ErrorState
            error={query.error}
            onRetry={query.reload}
            title={intl.formatMessage(messages.listError)}
          />
        ) : !shown ? (
          <LoadingState label={intl.formatMessage(messages.loadingTests)} />
        ) : shown.length === 0 ? (
          <EmptyState
            title={
              status === 'all'
                ? intl.formatMessage(messages.noTestsYet)
                : intl.formatMessage(messages.noStatusTests, {
                    status: testStatusLabels[status].toLocaleLowerCase(intl.locale),
                  })
            }
          >
            {status === 'all'
              ? intl.formatMessage(messages.noTestsBody)
              : intl.formatMessage(messages.noStatusBody)}
          </EmptyState>
        ) : (
          <TestsTable
            tests={shown}
            caption={intl.formatMessage(messages.title)}
            detailed
            linkTo={(id) => hrefFor(`tests/${id}`)}
          />
        )}
      </section>
    </div>
  );
}
