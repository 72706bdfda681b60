import { questionTypeLabels } from '@shared/domain/questions';
import { useIntl } from '../i18n/use-intl';
import { useApiQuery } from '../api/use-api-query';
import { formatNumber } from '../lib/format';
import { Banner } from '../ui/Banner';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { Gauge, OptionBars } from './charts';
import { messages } from './messages';

/** How each question performed: facility, discrimination and option picks, as charts with their numbers. */
export function ItemAnalysisView({ testId }: { testId: string }) {
  const intl = useIntl();
  const query = useApiQuery('results.itemAnalysis', { testId });
  if (query.error)
    return (
      <ErrorState
        error={query.error}
        onRetry={query.reload}
        title={intl.formatMessage(messages.analysisUnavailable)}
      />
    );
  const a = query.data;
  if (!a) return <LoadingState label={intl.formatMessage(messages.analysing)} />;
  if (a.attempts === 0)
    return (
      <EmptyState title={intl.formatMessage(messages.noFinished)}>
        {intl.formatMessage(messages.needsAnswers)}
      </EmptyState>
    );
  return (
    <section className="panel" aria-labelledby="analysis-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="analysis-heading">
          {intl.formatMessage(messages.itemAnalysis)}
        </h2>
        <span className="panel__meta">
          {intl.formatMessage(messages.analysisMeta, {
            attempts: a.attempts,
            mean: a.meanScore === null ? '—' : formatNumber(a.meanScore),
            alpha: a.alpha === null ? '—' : formatNumber(a.alpha),
          })}
        </span>
      </div>
      <div className="panel__body">
        <p className="muted">{intl.formatMessage(messages.analysisHelp)}</p>
        {a.items.map((item) => (
          <article
            key={item.questionId}
            className="item-card"
            aria-label={intl.formatMessage(messages.questionNumber, { number: item.position })}
          >
            <div>
              <p className="cell-title">
                {intl.formatMessage(messages.numberedText, {
                  number: item.position,
                  text: item.text,
                })}
              </p>
              <p className="muted">
                {intl.formatMessage(messages.itemMeta, {
                  type: questionTypeLabels[item.type],
                  marks: item.maxMarks,
                  answered: item.answered,
                  attempts: item.attempts,
                })}
                {item.omitted > 0 &&
                  intl.formatMessage(messages.leftBlank, { count: item.omitted })}
              </p>
              {item.flags.map((f) => (
                <Banner key={f} tone="warning">
                  {f}
                </Banner>
              ))}
              {item.options && <OptionBars options={item.options} total={item.attempts} />}
            </div>
            <div>
              <p className="field__label">{intl.formatMessage(messages.facility)}</p>
              <Gauge
                value={item.facility}
                min={0}
                max={1}
                label={intl.formatMessage(messages.facility)}
                warnBelow={0.2}
              />
              <p className="field__label">{intl.formatMessage(messages.discrimination)}</p>
              <Gauge
                value={item.discrimination}
                min={-1}
                max={1}
                label={intl.formatMessage(messages.discrimination)}
                warnBelow={0.2}
              />
              <p className="muted">
                {intl.formatMessage(messages.pointBiserial, {
                  value: item.pointBiserial === null ? '—' : formatNumber(item.pointBiserial),
                })}
              </p>
            </div>
          </article>
        ))}
      </div>
    </section>
  );
}
