import { useState } from 'react';
import { useApiMutation } from '../api/use-api-mutation';
import { useApiQuery } from '../api/use-api-query';
import { formatDateTime } from '../lib/format';
import { ErrorState, LoadingState } from '../ui/States';

/** Rows the server refused (a value already taken on another computer), kept for an admin to act on. */
export function SetAsidePanel() {
  const query = useApiQuery('sync.setAside', {});
  const resolveSetAside = useApiMutation('sync.resolveSetAside');
  const [busy, setBusy] = useState<string | null>(null);
  const rows = query.data;
  if (query.error && !rows) return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!rows) return <LoadingState label="Loading set-aside changes…" />;
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
          Changes set aside
        </h2>
        <span className="panel__meta">the server refused them; nothing was deleted</span>
      </div>
      <ul className="set-aside-list">
        {rows.map((r) => (
          <li key={r.id} className="set-aside">
            <p className="set-aside__reason">{r.reason}</p>
            <pre className="set-aside__row">{JSON.stringify(r.row, null, 2)}</pre>
            <p className="cell-sub">
              {r.tableName} {r.rowId} · set aside {formatDateTime(r.createdAt)}
            </p>
            <button
              type="button"
              className="button button--small"
              disabled={busy === r.id}
              onClick={() => void resolve(r.id)}
            >
              Mark as dealt with
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
