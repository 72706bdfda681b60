import { ItemListEditor } from './ItemListEditor';
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
  return (
    <div className="editor__parts">
      <ItemListEditor
        format={draft.format}
        legend="Items, in their right order (students see them shuffled)"
        noun="Item"
        idPrefix="q-item"
        idLetter="i"
        items={draft.items}
        min={2}
        orderable
        onChange={(items) => set({ items })}
        error={problems.under('items') ?? problems.under('key.order')}
      />
      <p className="field__hint">
        Whether a partly right order earns marks (per item in its place) is a setting of the test.
      </p>
    </div>
  );
}
