import { useContext, useState, type ReactNode } from 'react';
import { clozeGapIds } from '@shared/content/cloze';
import { parseNumberText } from '@shared/domain/number-text';
import { formatNumberInput, parseLocaleNumber } from '@shared/i18n/number-input';
import { useIntl } from '../../i18n/use-intl';
import type { ExamGap, ExamQuestion } from '@shared/domain/exam';
import type { AnswerValueOf } from '@shared/domain/questions';
import { RichText } from '../../content/RichText';
import { AnswerSink } from '../answer-sink';
import { plainLabel } from './item-labels';
import { messages } from './messages';

interface Props {
  question: ExamQuestion;
  value: AnswerValueOf<'cloze'> | null;
}

/**
 * The passage with its gaps in place: a list to choose from, a box for a
 * word or a box for a number, each labelled "Gap N" in reading order. A
 * choice is saved at once, typing after a pause. A number is read in the
 * locale's notation (3,14 in French, 1 234,5) and saved so the scorer reads
 * that number (as typed when it already does, else in canonical form), the
 * key the same in every language; text that is not a number is kept as typed,
 * with a note; an ambiguous one (1,234) is not saved.
 */
export function ClozeAnswer({ question, value }: Props) {
  const intl = useIntl();
  const save = useContext(AnswerSink);
  // What the student typed in each numeric gap, as they typed it (the saved form is canonical).
  const [typed, setTyped] = useState<Record<string, string>>({});
  const gaps = question.gaps ?? [];
  const byId = new Map(gaps.map((g) => [g.id, g]));
  const filled = value?.gaps ?? {};
  const given = (gapId: string): string => {
    const text = Object.hasOwn(filled, gapId) ? filled[gapId] : null;
    return text ?? '';
  };
  const shown = (gapId: string): string => {
    const own = typed[gapId];
    if (own !== undefined) return own;
    const stored = given(gapId);
    const number = parseNumberText(stored);
    return byId.get(gapId)?.kind === 'numeric' && number !== null
      ? formatNumberInput(number, intl.locale)
      : stored;
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

  const fillNumber = (gapId: string, text: string) => {
    setTyped((before) => ({ ...before, [gapId]: text }));
    const entry = parseLocaleNumber(text, intl.locale);
    if (entry.kind === 'ambiguous') return;
    // Kept as typed where the scorer reads it as the same number (99,9); else the canonical form.
    const readAlike = entry.kind === 'number' && parseNumberText(text) === entry.value;
    fill(gapId, entry.kind === 'number' && !readAlike ? entry.canonical : text, true);
  };

  const notANumber = (gapId: string): boolean => {
    if (byId.get(gapId)?.kind !== 'numeric') return false;
    const kind = parseLocaleNumber(shown(gapId), intl.locale).kind;
    return kind === 'invalid' || kind === 'ambiguous';
  };
  // Gap N is the Nth marker in the passage, as the passage shows them.
  const notNumbers = clozeGapIds(question.text)
    .map((gapId, i) => ({ gapId, position: i + 1 }))
    .filter(({ gapId }) => notANumber(gapId))
    .map(({ position }) => position);

  const renderGap = (gapId: string, position: number): ReactNode => {
    const gap = byId.get(gapId);
    if (!gap) {
      return (
        <span className="cloze__missing">
          {intl.formatMessage(messages.missingGap, { position })}
        </span>
      );
    }
    const numeric = gap.kind === 'numeric';
    return (
      <GapInput
        gap={gap}
        label={intl.formatMessage(messages.gap, { position })}
        choose={intl.formatMessage(messages.choose)}
        text={numeric ? shown(gapId) : given(gapId)}
        invalid={notANumber(gapId)}
        format={question.format}
        onFill={(next, typing) => (numeric ? fillNumber(gapId, next) : fill(gapId, next, typing))}
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
          intl.formatMessage(messages.notNumbers, {
            gaps: notNumbers
              .map((position) => intl.formatMessage(messages.gap, { position }))
              .join(', '),
          })}
      </p>
    </div>
  );
}

function GapInput({
  gap,
  label,
  choose,
  text,
  invalid,
  format,
  onFill,
}: {
  gap: ExamGap;
  label: string;
  choose: string;
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
        <option value="">{choose}</option>
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
