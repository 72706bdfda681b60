import { useState } from 'react';
import { useApiQuery } from '../api/use-api-query';
import { hrefFor, useRouteStore } from '../app/route-store';
import { Segmented } from '../ui/Segmented';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { GradebookView } from './GradebookView';
import { GradingQueue } from '../grading/GradingQueue';
import { ItemAnalysisView } from './ItemAnalysisView';

type Tab = 'gradebook' | 'grading' | 'analysis';

/** Results of one test: the gradebook, the essays to grade, and how each question performed. */
export function ResultsScreen() {
  const path = useRouteStore((s) => s.path);
  const testId = path.split('/')[1] ?? '';
  const tests = useApiQuery('tests.list', {});
  const [tab, setTab] = useState<Tab>('gradebook');
  const withResults = (tests.data ?? []).filter((t) => t.status !== 'draft');
  return (
    <div className="page page--wide">
      <div className="page__header">
        <div>
          <h1>Results</h1>
          <p className="page__lede">
            Scores, grading and item analysis for each test students have sat.
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="results-test">
            Test
          </label>
          <select
            id="results-test"
            className="select"
            value={testId}
            onChange={(e) => {
              window.location.hash = hrefFor(`results/${e.target.value}`);
            }}
          >
            <option value="">Choose a test…</option>
            {withResults.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {tests.error ? (
        <ErrorState error={tests.error} onRetry={tests.reload} />
      ) : !tests.data ? (
        <LoadingState label="Loading tests…" />
      ) : testId === '' ? (
        <EmptyState title="Choose a test">
          Published, closed and archived tests have results.
        </EmptyState>
      ) : (
        <>
          <Segmented<Tab>
            label="Results view"
            value={tab}
            onChange={setTab}
            options={[
              { value: 'gradebook', label: 'Gradebook' },
              { value: 'grading', label: 'Grading' },
              { value: 'analysis', label: 'Item analysis' },
            ]}
          />
          {tab === 'gradebook' && <GradebookView key={testId} testId={testId} />}
          {tab === 'grading' && <GradingQueue key={testId} testId={testId} />}
          {tab === 'analysis' && <ItemAnalysisView key={testId} testId={testId} />}
        </>
      )}
    </div>
  );
}
