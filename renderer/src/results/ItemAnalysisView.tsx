import { questionTypeLabels } from '@shared/domain/questions';
import { useApiQuery } from '../api/use-api-query';
import { formatNumber } from '../lib/format';
import { Banner } from '../ui/Banner';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { Gauge, OptionBars } from './charts';

/** How each question performed: facility, discrimination and option picks, as charts with their numbers. */
export function ItemAnalysisView({ testId }: { testId: string }) {
  const query = useApiQuery('results.itemAnalysis', { testId });
  if (query.error)
    return (
      <ErrorState
        error={query.error}
        onRetry={query.reload}
        title="Item analysis is not available"
      />
    );
  const a = query.data;
  if (!a) return <LoadingState label="Analysing answers…" />;
  if (a.attempts === 0)
    return (
      <EmptyState title="No finished attempts yet">
        Item analysis needs answers to analyse.
      </EmptyState>
    );
  return (
    <section className="panel" aria-labelledby="analysis-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="analysis-heading">
          Item analysis
        </h2>
        <span className="panel__meta">
          {a.attempts} attempts · mean {a.meanScore === null ? '—' : formatNumber(a.meanScore)}{' '}
          marks · reliability (alpha) {a.alpha === null ? '—' : formatNumber(a.alpha)}
        </span>
      </div>
      <div className="panel__body">
        <p className="muted">
          Facility is the share of the marks students earned (low is hard). Discrimination compares
          the top and bottom 27% of students by score: below 0.2 the question barely separates them,
          below 0 check the key.
        </p>
        {a.items.map((item) => (
          <article
            key={item.questionId}
            className="item-card"
            aria-label={`Question ${item.position}`}
          >
            <div>
              <p className="cell-title">
                {item.position}. {item.text}
              </p>
              <p className="muted">
                {questionTypeLabels[item.type]} · {formatNumber(item.maxMarks)} marks · answered{' '}
                {item.answered} of {item.attempts}
                {item.omitted > 0 && `, left blank ${item.omitted}`}
              </p>
              {item.flags.map((f) => (
                <Banner key={f} tone="warning">
                  {f}
                </Banner>
              ))}
              {item.options && <OptionBars options={item.options} total={item.attempts} />}
            </div>
            <div>
              <p className="field__label">Facility</p>
              <Gauge value={item.facility} min={0} max={1} label="Facility" warnBelow={0.2} />
              <p className="field__label">Discrimination</p>
              <Gauge
                value={item.discrimination}
                min={-1}
                max={1}
                label="Discrimination"
                warnBelow={0.2}
              />
              <p className="muted">
                Point-biserial{' '}
                {item.pointBiserial === null ? '—' : formatNumber(item.pointBiserial)}
              </p>
            </div>
          </article>
        ))}
      </div>
    </section>
  );
}
