import { useContext, type ReactNode } from 'react';
import { clozeGapIds } from '@shared/content/cloze';
import { parseNumberText } from '@shared/domain/number-text';
import type { ExamGap, ExamQuestion } from '@shared/domain/exam';
import type { AnswerValueOf } from '@shared/domain/questions';
import { RichText } from '../../content/RichText';
import { AnswerSink } from '../answer-sink';
import { plainLabel } from './item-labels';

interface Props {
  question: ExamQuestion;
  value: AnswerValueOf<'cloze'> | null;
}

/**
 * The passage with its gaps in place: a list to choose from, a box for a
 * word or a box for a number, each labelled "Gap N" in reading order. A
 * choice is saved at once, typing after a pause; a number is kept as typed
 * (the scorer reads it), with a note while it does not read as one.
 */
export function ClozeAnswer({ question, value }: Props) {
  const save = useContext(AnswerSink);
  const gaps = question.gaps ?? [];
  const byId = new Map(gaps.map((g) => [g.id, g]));
  const filled = value?.gaps ?? {};
  const given = (gapId: string): string => {
    const text = Object.hasOwn(filled, gapId) ? filled[gapId] : null;
    return text ?? '';
  };

  const fill = (gapId: string, text: string, typing: boolean) => {
    const next: Record<string, string | null> = {};
    for (const g of gaps) {
      const current = g.id === gapId ? text : given(g.id);
      next[g.id] = current === '' ? null : current;
    }
    const any = Object.values(next).some((t) => t !== null && t.trim() !== '');
    save(question.questionId, any ? { type: 'cloze', gaps: next } : null, typing);
  };

  const notANumber = (gapId: string): boolean => {
    const text = given(gapId);
    return (
      byId.get(gapId)?.kind === 'numeric' && text.trim() !== '' && parseNumberText(text) === null
    );
  };
  // Gap N is the Nth marker in the passage, as the passage shows them.
  const notNumbers = clozeGapIds(question.text)
    .map((gapId, i) => ({ gapId, position: i + 1 }))
    .filter(({ gapId }) => notANumber(gapId))
    .map(({ position }) => position);

  const renderGap = (gapId: string, position: number): ReactNode => {
    const gap = byId.get(gapId);
    if (!gap) return <span className="cloze__missing">[gap {position}]</span>;
    const text = given(gapId);
    const invalid = notANumber(gapId);
    return (
      <GapInput
        gap={gap}
        label={`Gap ${position}`}
        text={text}
        invalid={invalid}
        format={question.format}
        onFill={(next, typing) => fill(gapId, next, typing)}
      />
    );
  };

  return (
    <div className="cloze">
      <RichText
        format={question.format}
        text={question.text}
        gap={renderGap}
        className="question__text cloze__passage"
      />
      <p className="field__hint field__hint--warning" aria-live="polite">
        {notNumbers.length > 0 &&
          `${notNumbers.map((n) => `Gap ${n}`).join(', ')}: not a number yet, so not saved as one.`}
      </p>
    </div>
  );
}

function GapInput({
  gap,
  label,
  text,
  invalid,
  format,
  onFill,
}: {
  gap: ExamGap;
  label: string;
  text: string;
  invalid: boolean;
  format: ExamQuestion['format'];
  onFill: (text: string, typing: boolean) => void;
}) {
  if (gap.kind === 'choice') {
    return (
      <select
        className="input cloze__select"
        aria-label={label}
        value={text}
        onChange={(e) => onFill(e.target.value, false)}
      >
        <option value="">Choose…</option>
        {(gap.options ?? []).map((o) => (
          <option key={o.id} value={o.id}>
            {plainLabel(format, o.text)}
          </option>
        ))}
      </select>
    );
  }
  const numeric = gap.kind === 'numeric';
  return (
    <input
      className={`input cloze__input${numeric ? ' cloze__input--numeric' : ''}`}
      aria-label={label}
      value={text}
      inputMode={numeric ? 'decimal' : undefined}
      maxLength={2_000}
      autoComplete="off"
      spellCheck={false}
      aria-invalid={invalid}
      onChange={(e) => onFill(e.target.value, true)}
    />
  );
}
