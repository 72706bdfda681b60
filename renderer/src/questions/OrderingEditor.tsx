import { useIntl } from '../i18n/use-intl';
import { ItemListEditor } from './ItemListEditor';
import { messages } from './messages';
import type { Problems } from './editor-fields';
import type { QuestionDraft } from './question-draft';

/** An ordering question: the items written in their right order; each student starts from a shuffle of them. */
export function OrderingEditor({
  draft,
  set,
  problems,
}: {
  draft: QuestionDraft;
  set: (patch: Partial<QuestionDraft>) => void;
  problems: Problems;
}) {
  const intl = useIntl();
  return (
    <div className="editor__parts">
      <ItemListEditor
        format={draft.format}
        legend={intl.formatMessage(messages.itemsLegend)}
        noun="item"
        idPrefix="q-item"
        idLetter="i"
        items={draft.items}
        min={2}
        orderable
        onChange={(items) => set({ items })}
        error={problems.under('items') ?? problems.under('key.order')}
      />
      <p className="field__hint">{intl.formatMessage(messages.orderingHint)}</p>
    </div>
  );
}
