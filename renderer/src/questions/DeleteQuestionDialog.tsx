import { useApiQuery } from '../api/use-api-query';
import { Banner } from '../ui/Banner';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { questionDeleteText as t } from './question-delete-text';
import { shownError } from '../errors/error-text';

/** Asks before a question is deleted, naming the tests that use it and warning when one is published. */
export function DeleteQuestionDialog({
  id,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  id: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const usage = useApiQuery('questions.usage', { id });
  const tests = usage.data?.tests;
  const published = tests?.filter((x) => x.status === 'published') ?? [];
  return (
    <ConfirmDialog
      title={t.title}
      confirmLabel={t.confirm}
      danger
      busy={busy || tests === undefined}
      error={error ?? (usage.error ? shownError(usage.error) : null)}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {published.length > 0 && (
        <Banner tone="warning" role="alert">
          {t.inPublished(published.length)}
        </Banner>
      )}
      <p>{t.body}</p>
      {tests === undefined ? (
        <p className="muted">{t.checking}</p>
      ) : (
        tests.length > 0 && (
          <>
            <p>{t.usedIn}</p>
            <ul>
              {tests.map((x) => (
                <li key={x.id}>{t.testLine(x)}</li>
              ))}
            </ul>
          </>
        )
      )}
    </ConfirmDialog>
  );
}
