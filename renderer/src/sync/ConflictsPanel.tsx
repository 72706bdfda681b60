import { useState } from 'react';
import type { ConflictedQuestion } from '@shared/domain/sync';
import { useApiMutation } from '../api/use-api-mutation';
import { useApiQuery } from '../api/use-api-query';
import { useIntl } from '../i18n/use-intl';
import { formatDateTime } from '../lib/format';
import { Banner } from '../ui/Banner';
import { messages } from './messages';
import './sync.css';
import { shownError } from '../errors/error-text';

/**
 * Questions edited on two computers while offline: both versions are shown
 * side by side and an author keeps one. The other stays in the version history.
 */
export function ConflictsPanel() {
  const intl = useIntl();
  const query = useApiQuery('questions.conflicts', {});
  const resolve = useApiMutation('questions.resolveConflict');
  const [busy, setBusy] = useState<string | null>(null);
  const error = resolve.error ? shownError(resolve.error) : null;
  const conflicts = query.data ?? [];
  if (conflicts.length === 0) return null;

  const keep = async (question: ConflictedQuestion, versionId: string) => {
    setBusy(versionId);
    await resolve.run({ id: question.id, keepVersionId: versionId });
    setBusy(null);
  };

  return (
    <section className="panel" aria-labelledby="conflicts-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="conflicts-heading">
          {intl.formatMessage(messages.conflictsTitle)}
        </h2>
        <span className="panel__meta">
          {intl.formatMessage(messages.conflictsCount, { count: conflicts.length })}
        </span>
      </div>
      <div className="panel__body">
        <Banner tone="warning" role="status">
          {intl.formatMessage(messages.conflictsBody)}
        </Banner>
        {error !== null && (
          <Banner tone="danger" role="alert">
            {error}
          </Banner>
        )}
        {conflicts.map((q) => (
          <article
            key={q.id}
            className="conflict"
            aria-label={intl.formatMessage(messages.conflictLabel, { text: q.text })}
          >
            <div className="conflict-versions">
              {q.heads.map((v) => (
                <div key={v.id} className="conflict-version">
                  <p className="cell-title">{v.text}</p>
                  <p className="cell-sub">
                    {intl.formatMessage(messages.versionLine, {
                      version: v.version,
                      date: formatDateTime(v.createdAt),
                    })}
                    {v.deviceId !== null
                      ? intl.formatMessage(messages.fromComputer, {
                          device: v.deviceId.slice(0, 8),
                        })
                      : ''}
                  </p>
                  <p className="cell-sub">
                    {intl.formatMessage(messages.marks, { count: v.marks })}
                    {v.options ? ` · ${v.options.map((o) => o.text).join(' / ')}` : ''}
                  </p>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy !== null}
                    onClick={() => void keep(q, v.id)}
                  >
                    {intl.formatMessage(messages.keepVersion)}
                  </button>
                </div>
              ))}
            </div>
          </article>
        ))}
      </div>
    </section>
  );
}
