import { useState } from 'react';
import { testStatuses, type TestStatus } from '@shared/domain/tests';
import { useApiQuery } from '../api/use-api-query';
import { hrefFor, useRouteStore } from '../app/route-store';
import { NewTestBuilder, TestBuilder } from './TestBuilder';
import { NEW_TEST } from './test-draft-store';
import { plural } from '../lib/format';
import { testStatusLabels } from '../lib/labels';
import { Segmented, type SegmentOption } from '../ui/Segmented';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { TestsTable } from './TestsTable';

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
  const query = useApiQuery('tests.list', {});
  const [status, setStatus] = useState<StatusFilter>('all');
  const tests = query.data;
  const shown = tests?.filter((test) => status === 'all' || test.status === status);

  const options: SegmentOption<StatusFilter>[] = [
    { value: 'all', label: 'All', ...(tests ? { count: tests.length } : {}) },
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
          <h1>Tests</h1>
          <p className="page__lede">
            Tests built from the question bank, with their rules and status.
          </p>
        </div>
        <div className="page__actions">
          {/* A link, not a create: nothing is written until the builder's Create test. */}
          <a className="button button--primary" href={hrefFor(`tests/${NEW_TEST}`)}>
            New test
          </a>
        </div>
      </div>
      <section className="panel" aria-labelledby="tests-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="tests-heading">
            {status === 'all' ? 'All tests' : `${testStatusLabels[status]} tests`}
          </h2>
          {shown && <span className="panel__meta">{plural(shown.length, 'test')}</span>}
        </div>
        <div className="panel__toolbar">
          <Segmented
            label="Filter by status"
            options={options}
            value={status}
            onChange={setStatus}
          />
        </div>
        {query.error ? (
          <ErrorState
            error={query.error}
            onRetry={query.reload}
            title="Tests could not be loaded"
          />
        ) : !shown ? (
          <LoadingState label="Loading tests…" />
        ) : shown.length === 0 ? (
          <EmptyState
            title={
              status === 'all'
                ? 'No tests yet'
                : `No ${testStatusLabels[status].toLowerCase()} tests`
            }
          >
            {status === 'all'
              ? 'Tests your organisation assembles from the question bank appear here.'
              : 'Choose another status to see the rest of your tests.'}
          </EmptyState>
        ) : (
          <TestsTable
            tests={shown}
            caption="Tests"
            detailed
            linkTo={(id) => hrefFor(`tests/${id}`)}
          />
        )}
      </section>
    </div>
  );
}
