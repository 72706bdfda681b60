import { useApiQuery } from '../api/use-api-query';
import { formatDateTime, formatNumber } from '../lib/format';
import { Banner } from '../ui/Banner';
import { ErrorState, LoadingState } from '../ui/States';
import { currentIntl } from '../i18n/intl';
import type { SourceMessage } from '../i18n/catalogue';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

const statusWords: Record<string, SourceMessage> = {
  active: messages.statusActive,
  trialing: messages.statusTrial,
  past_due: messages.statusPastDue,
  canceled: messages.statusCancelled,
  cancelled: messages.statusCancelled,
  expired: messages.statusExpired,
};

/** Each limit's name (the API's label is the English, kept for older keys). */
const limitWords: Record<string, SourceMessage> = {
  max_students: messages.limitStudents,
  max_published_tests: messages.limitPublishedTests,
  max_devices: messages.limitDevices,
  max_questions: messages.limitQuestions,
};

function limitName(key: string, label: string): string {
  const known = limitWords[key];
  return known ? currentIntl().formatMessage(known) : label;
}

function subscriptionStatusWords(status: string | undefined): string {
  if (status === undefined) return '—';
  const known = statusWords[status];
  if (known) return currentIntl().formatMessage(known);
  const words = status.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The organisation's plan, its usage against the plan's limits, and the renewal date. */
export function PlanAndUsage() {
  const intl = useIntl();
  const billing = useApiQuery('billing.overview', {});
  return (
    <section className="panel" aria-labelledby="billing-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="billing-heading">
          {intl.formatMessage(messages.planAndUsage)}
        </h2>
      </div>
      <div className="panel__body">
        {billing.error ? (
          <ErrorState error={billing.error} onRetry={billing.reload} />
        ) : !billing.data ? (
          <LoadingState label={intl.formatMessage(messages.loading)} />
        ) : (
          <>
            {billing.data.access.reason && (
              <Banner
                tone={billing.data.access.state === 'read_only' ? 'danger' : 'warning'}
                role="status"
              >
                {billing.data.access.reason}
              </Banner>
            )}
            <dl className="key-values">
              <dt>{intl.formatMessage(messages.plan)}</dt>
              <dd>{billing.data.subscription?.plan.name ?? intl.formatMessage(messages.none)}</dd>
              <dt>{intl.formatMessage(messages.status)}</dt>
              <dd>{subscriptionStatusWords(billing.data.subscription?.status)}</dd>
              <dt>{intl.formatMessage(messages.renews)}</dt>
              <dd>{formatDateTime(billing.data.renewalDate)}</dd>
              <dt>{intl.formatMessage(messages.gracePeriod)}</dt>
              <dd>{intl.formatMessage(messages.graceDays, { days: billing.data.graceDays })}</dd>
              <dt>{intl.formatMessage(messages.itemAnalysis)}</dt>
              <dd>
                {intl.formatMessage(
                  billing.data.features.itemAnalysis ? messages.included : messages.notIncluded,
                )}
              </dd>
            </dl>
            <table className="table">
              <caption className="visually-hidden">
                {intl.formatMessage(messages.usageCaption)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(messages.limit)}</th>
                  <th scope="col" className="col-num">
                    {intl.formatMessage(messages.used)}
                  </th>
                  <th scope="col" className="col-num">
                    {intl.formatMessage(messages.allowed)}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">
                      {intl.formatMessage(messages.shareUsed)}
                    </span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {billing.data.usage.map((u) => (
                  <tr key={u.key}>
                    <td>{limitName(u.key, u.label)}</td>
                    <td className="col-num">{formatNumber(u.used)}</td>
                    <td className="col-num">
                      {u.limit === null
                        ? intl.formatMessage(messages.unlimited)
                        : formatNumber(u.limit)}
                    </td>
                    <td>
                      {u.limit !== null && (
                        <div className={`meter${u.used >= u.limit ? ' meter--full' : ''}`}>
                          <span
                            style={{
                              width: `${Math.min(100, (u.used / Math.max(1, u.limit)) * 100)}%`,
                            }}
                          />
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">{intl.formatMessage(messages.noPayments)}</p>
          </>
        )}
      </div>
    </section>
  );
}
