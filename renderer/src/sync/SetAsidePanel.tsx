import { useState } from 'react';
import { useApiMutation } from '../api/use-api-mutation';
import { useApiQuery } from '../api/use-api-query';
import { useIntl } from '../i18n/use-intl';
import { formatDateTime } from '../lib/format';
import { ErrorState, LoadingState } from '../ui/States';
import { messages } from './messages';

/** Rows the server refused (a value already taken on another computer), kept for an admin to act on. */
export function SetAsidePanel() {
  const intl = useIntl();
  const query = useApiQuery('sync.setAside', {});
  const resolveSetAside = useApiMutation('sync.resolveSetAside');
  const [busy, setBusy] = useState<string | null>(null);
  const rows = query.data;
  if (query.error && !rows) return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!rows) return <LoadingState label={intl.formatMessage(messages.loadingSetAside)} />;
  if (rows.length === 0) return null;

  const resolve = async (id: string) => {
    setBusy(id);
    await resolveSetAside.run({ id });
    setBusy(null);
  };

  return (
    <section className="panel" aria-labelledby="set-aside-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="set-aside-heading">
          {intl.formatMessage(messages.setAsideTitle)}
        </h2>
        <span className="panel__meta">{intl.formatMessage(messages.setAsideMeta)}</span>
      </div>
      <ul className="set-aside-list">
        {rows.map((r) => (
          <li key={r.id} className="set-aside">
            <p className="set-aside__reason">{r.reason}</p>
            <pre className="set-aside__row">{JSON.stringify(r.row, null, 2)}</pre>
            <p className="cell-sub">
              {intl.formatMessage(messages.setAsideLine, {
                table: r.tableName,
                row: r.rowId,
                date: formatDateTime(r.createdAt),
              })}
            </p>
            <button
              type="button"
              className="button button--small"
              disabled={busy === r.id}
              onClick={() => void resolve(r.id)}
            >
              {intl.formatMessage(messages.dealtWith)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
