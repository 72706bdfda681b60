import { useRef } from 'react';
import type { GapKind } from '@shared/domain/question-parts';
import { ContentField, type ContentFieldHandle } from './ContentField';
import { FieldError, type Problems } from './editor-fields';
import { GapEditor } from './GapEditor';
import { emptyGap, nextId, type GapDraft, type QuestionDraft } from './question-draft';

interface Props {
  draft: QuestionDraft;
  set: (patch: Partial<QuestionDraft>) => void;
  problems: Problems;
}

const addLabels: Record<GapKind, string> = {
  choice: 'Add a drop-down gap',
  text: 'Add a word gap',
  numeric: 'Add a number gap',
};

/**
 * A gap-fill question: the passage with its gaps placed as `{{gap:ID}}`
 * (added at the cursor), and each gap's kind, marks, key and feedback. The
 * question's marks are the sum of its gaps'.
 */
export function ClozeEditor({ draft, set, problems }: Props) {
  const passage = useRef<ContentFieldHandle>(null);
  const addGap = (kind: GapKind) => {
    const id = nextId('g', draft.gaps);
    set({ gaps: [...draft.gaps, emptyGap(id, kind)] });
    passage.current?.insertText(`{{gap:${id}}}`);
  };
  const removeGap = (gap: GapDraft) =>
    set({
      gaps: draft.gaps.filter((g) => g.id !== gap.id),
      text: draft.text.split(`{{gap:${gap.id}}}`).join(''),
    });
  const total = draft.gaps.reduce((s, g) => s + (Number(g.marks) || 0), 0);
  return (
    <div className="editor__parts">
      <div className="field">
        <ContentField
          format={draft.format}
          id="q-text"
          label="Passage"
          multiline
          value={draft.text}
          onChange={(text) => set({ text })}
          invalid={problems.show('text') !== undefined}
          handle={passage}
        />
        <span className="field__hint">
          Each gap stands in the passage as {'{{gap:ID}}'}; the buttons below put a new one at the
          cursor.
        </span>
        <FieldError id="q-text-error" message={problems.show('text')} />
      </div>
      <div className="editor__row" role="group" aria-label="Add a gap">
        {(Object.keys(addLabels) as GapKind[]).map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button--small"
            onClick={() => addGap(kind)}
          >
            {addLabels[kind]}
          </button>
        ))}
      </div>
      {draft.gaps.map((gap, g) => (
        <GapEditor
          key={gap.id}
          format={draft.format}
          gap={gap}
          index={g}
          onChange={(patch) =>
            set({ gaps: draft.gaps.map((x) => (x.id === gap.id ? { ...x, ...patch } : x)) })
          }
          onRemove={() => removeGap(gap)}
          problems={problems}
        />
      ))}
      <FieldError message={problems.show('gaps') ?? problems.show('marks')} />
      <p className="field__hint">Marks for the question: {total} (the sum of its gaps).</p>
    </div>
  );
}
