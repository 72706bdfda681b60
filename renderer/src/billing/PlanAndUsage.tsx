import { useApiQuery } from '../api/use-api-query';
import { formatDateTime, formatNumber } from '../lib/format';
import { Banner } from '../ui/Banner';
import { ErrorState, LoadingState } from '../ui/States';

const statusWords: Record<string, string> = {
  active: 'Active',
  trialing: 'Trial',
  past_due: 'Payment overdue',
  canceled: 'Cancelled',
  cancelled: 'Cancelled',
  expired: 'Expired',
};

function subscriptionStatusWords(status: string | undefined): string {
  if (status === undefined) return '—';
  const words = statusWords[status] ?? status.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The organisation's plan, its usage against the plan's limits, and the renewal date. */
export function PlanAndUsage() {
  const billing = useApiQuery('billing.overview', {});
  return (
    <section className="panel" aria-labelledby="billing-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="billing-heading">
          Plan and usage
        </h2>
      </div>
      <div className="panel__body">
        {billing.error ? (
          <ErrorState error={billing.error} onRetry={billing.reload} />
        ) : !billing.data ? (
          <LoadingState label="Loading…" />
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
              <dt>Plan</dt>
              <dd>{billing.data.subscription?.plan.name ?? 'None'}</dd>
              <dt>Status</dt>
              <dd>{subscriptionStatusWords(billing.data.subscription?.status)}</dd>
              <dt>Renews</dt>
              <dd>{formatDateTime(billing.data.renewalDate)}</dd>
              <dt>Grace period</dt>
              <dd>{billing.data.graceDays} days after the end date, then read-only</dd>
              <dt>Item analysis</dt>
              <dd>{billing.data.features.itemAnalysis ? 'Included' : 'Not included'}</dd>
            </dl>
            <table className="table">
              <caption className="visually-hidden">Usage against the plan’s limits</caption>
              <thead>
                <tr>
                  <th scope="col">Limit</th>
                  <th scope="col" className="col-num">
                    Used
                  </th>
                  <th scope="col" className="col-num">
                    Allowed
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Share used</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {billing.data.usage.map((u) => (
                  <tr key={u.key}>
                    <td>{u.label}</td>
                    <td className="col-num">{formatNumber(u.used)}</td>
                    <td className="col-num">
                      {u.limit === null ? 'Unlimited' : formatNumber(u.limit)}
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
            <p className="muted">
              There is no payment processing in Exam Desk: plan changes and renewals are arranged
              with us and arrive with the next sync.
            </p>
          </>
        )}
      </div>
    </section>
  );
}
