import { useState } from 'react';
import { useApiQuery } from '../api/use-api-query';
import { hrefFor, useRouteStore } from '../app/route-store';
import { Segmented } from '../ui/Segmented';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { GradebookView } from './GradebookView';
import { GradingQueue } from '../grading/GradingQueue';
import { ItemAnalysisView } from './ItemAnalysisView';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

type Tab = 'gradebook' | 'grading' | 'analysis';

/** Results of one test: the gradebook, the essays to grade, and how each question performed. */
export function ResultsScreen() {
  const intl = useIntl();
  const path = useRouteStore((s) => s.path);
  const testId = path.split('/')[1] ?? '';
  const tests = useApiQuery('tests.list', {});
  const [tab, setTab] = useState<Tab>('gradebook');
  const withResults = (tests.data ?? []).filter((t) => t.status !== 'draft');
  return (
    <div className="page page--wide">
      <div className="page__header">
        <div>
          <h1>{intl.formatMessage(messages.results)}</h1>
          <p className="page__lede">{intl.formatMessage(messages.lede)}</p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="results-test">
            {intl.formatMessage(messages.test)}
          </label>
          <select
            id="results-test"
            className="select"
            value={testId}
            onChange={(e) => {
              window.location.hash = hrefFor(`results/${e.target.value}`);
            }}
          >
            <option value="">{intl.formatMessage(messages.chooseATest)}</option>
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
        <LoadingState label={intl.formatMessage(messages.loadingTests)} />
      ) : testId === '' ? (
        <EmptyState title={intl.formatMessage(messages.chooseTest)}>
          {intl.formatMessage(messages.chooseTestBody)}
        </EmptyState>
      ) : (
        <>
          <Segmented<Tab>
            label={intl.formatMessage(messages.resultsView)}
            value={tab}
            onChange={setTab}
            options={[
              { value: 'gradebook', label: intl.formatMessage(messages.gradebook) },
              { value: 'grading', label: intl.formatMessage(messages.grading) },
              { value: 'analysis', label: intl.formatMessage(messages.itemAnalysis) },
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
