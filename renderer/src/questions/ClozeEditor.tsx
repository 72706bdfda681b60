import { useRef } from 'react';
import type { GapKind } from '@shared/domain/question-parts';
import { parseLocaleNumber } from '@shared/i18n/number-input';
import type { SourceMessage } from '../i18n/catalogue';
import { useIntl } from '../i18n/use-intl';
import { formatNumber } from '../lib/format';
import { ContentField, type ContentFieldHandle } from './ContentField';
import { FieldError, type Problems } from './editor-fields';
import { GapEditor } from './GapEditor';
import { messages } from './messages';
import { emptyGap, nextId, type GapDraft, type QuestionDraft } from './question-draft';

interface Props {
  draft: QuestionDraft;
  set: (patch: Partial<QuestionDraft>) => void;
  problems: Problems;
}

const addLabels: Record<GapKind, SourceMessage> = {
  choice: messages.addDropdownGap,
  text: messages.addWordGap,
  numeric: messages.addNumberGap,
};

/**
 * A gap-fill question: the passage with its gaps placed as `{{gap:ID}}`
 * (added at the cursor), and each gap's kind, marks, key and feedback. The
 * question's marks are the sum of its gaps'.
 */
export function ClozeEditor({ draft, set, problems }: Props) {
  const intl = useIntl();
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
  const total = draft.gaps.reduce((s, g) => {
    const marks = parseLocaleNumber(g.marks, intl.locale);
    return s + (marks.kind === 'number' ? marks.value : 0);
  }, 0);
  return (
    <div className="editor__parts">
      <div className="field">
        <ContentField
          format={draft.format}
          id="q-text"
          label={intl.formatMessage(messages.passage)}
          multiline
          value={draft.text}
          onChange={(text) => set({ text })}
          invalid={problems.show('text') !== undefined}
          handle={passage}
        />
        <span className="field__hint">
          {intl.formatMessage(messages.gapHint, { placeholder: '{{gap:ID}}' })}
        </span>
        <FieldError id="q-text-error" message={problems.show('text')} />
      </div>
      <div className="editor__row" role="group" aria-label={intl.formatMessage(messages.addAGap)}>
        {(Object.keys(addLabels) as GapKind[]).map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button--small"
            onClick={() => addGap(kind)}
          >
            {intl.formatMessage(addLabels[kind])}
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
      <p className="field__hint">
        {intl.formatMessage(messages.clozeMarks, { total: formatNumber(total) })}
      </p>
    </div>
  );
}
