import { useState } from 'react';
import type { ConflictedQuestion } from '@shared/domain/sync';
import { useApiMutation } from '../api/use-api-mutation';
import { useApiQuery } from '../api/use-api-query';
import { formatDateTime, plural } from '../lib/format';
import { Banner } from '../ui/Banner';
import './sync.css';

/**
 * Questions edited on two computers while offline: both versions are shown
 * side by side and an author keeps one. The other stays in the version history.
 */
export function ConflictsPanel() {
  const query = useApiQuery('questions.conflicts', {});
  const resolve = useApiMutation('questions.resolveConflict');
  const [busy, setBusy] = useState<string | null>(null);
  const error = resolve.error?.message ?? null;
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
          Edited on two computers
        </h2>
        <span className="panel__meta">{plural(conflicts.length, 'question')} to settle</span>
      </div>
      <div className="panel__body">
        <Banner tone="warning" role="status">
          These questions were changed on different computers while offline. Both versions are kept;
          choose the one to use (you can edit it afterwards).
        </Banner>
        {error !== null && (
          <Banner tone="danger" role="alert">
            {error}
          </Banner>
        )}
        {conflicts.map((q) => (
          <article key={q.id} className="conflict" aria-label={`Conflict: ${q.text}`}>
            <div className="conflict-versions">
              {q.heads.map((v) => (
                <div key={v.id} className="conflict-version">
                  <p className="cell-title">{v.text}</p>
                  <p className="cell-sub">
                    Version {v.version} · {formatDateTime(v.createdAt)}
                    {v.deviceId !== null ? ` · from ${v.deviceId.slice(0, 8)}` : ''}
                  </p>
                  <p className="cell-sub">
                    {plural(v.marks, 'mark')}
                    {v.options ? ` · ${v.options.map((o) => o.text).join(' / ')}` : ''}
                  </p>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy !== null}
                    onClick={() => void keep(q, v.id)}
                  >
                    Keep this version
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
