import { useContext, useId } from 'react';
import type { ExamQuestion } from '@shared/domain/exam';
import type { AnswerValueOf } from '@shared/domain/questions';
import { RichText } from '../../content/RichText';
import { AnswerSink } from '../answer-sink';
import { letterFor, plainLabel } from './item-labels';
import { useIntl } from '../../i18n/use-intl';
import { messages } from './messages';

interface Props {
  question: ExamQuestion;
  value: AnswerValueOf<'matching'> | null;
}

/**
 * Each premise with a list of the responses to pick from (a native select:
 * keyboard, touch and mouse alike). A response may be picked for more than one
 * premise, as the answer and the key allow. Rich responses are also listed,
 * lettered, so their formulas and images can be read; each choice names its letter.
 */
export function MatchingAnswer({ question, value }: Props) {
  const intl = useIntl();
  const save = useContext(AnswerSink);
  const baseId = useId();
  const premises = question.premises ?? [];
  const responses = question.responses ?? [];
  const rich = question.format === 'html';
  const pairs = value?.pairs ?? {};
  const known = new Set(responses.map((r) => r.id));
  const chosen = (premiseId: string) => {
    const id = Object.hasOwn(pairs, premiseId) ? pairs[premiseId] : null;
    return id !== null && id !== undefined && known.has(id) ? id : '';
  };

  const choose = (premiseId: string, responseId: string | null) => {
    const next: Record<string, string | null> = {};
    for (const p of premises) {
      const current = chosen(p.id);
      next[p.id] = p.id === premiseId ? responseId : current === '' ? null : current;
    }
    const any = Object.values(next).some((r) => r !== null);
    save(question.questionId, any ? { type: 'matching', pairs: next } : null);
  };

  return (
    <div className="matching">
      {rich && (
        <section className="matching__responses" aria-labelledby={`${baseId}-responses`}>
          <h3 className="matching__title" id={`${baseId}-responses`}>
            {intl.formatMessage(messages.responses)}
          </h3>
          <ol className="matching__response-list">
            {responses.map((r, i) => (
              <li key={r.id}>
                <span className="matching__letter">{letterFor(i)}.</span>{' '}
                <RichText format={question.format} text={r.text} inline />
              </li>
            ))}
          </ol>
        </section>
      )}
      <fieldset className="matching__premises">
        <legend className="choices__hint">{intl.formatMessage(messages.matchingHint)}</legend>
        <ol className="matching__list">
          {premises.map((p, i) => {
            const labelId = `${baseId}-premise-${i}`;
            return (
              <li key={p.id} className="matching__row">
                <RichText
                  format={question.format}
                  text={p.text}
                  inline
                  id={labelId}
                  className="matching__premise"
                />
                <select
                  className="input matching__select"
                  aria-labelledby={labelId}
                  value={chosen(p.id)}
                  onChange={(e) => choose(p.id, e.target.value === '' ? null : e.target.value)}
                >
                  <option value="">{intl.formatMessage(messages.chooseResponse)}</option>
                  {responses.map((r, j) => (
                    <option key={r.id} value={r.id}>
                      {rich
                        ? intl.formatMessage(messages.lettered, {
                            letter: letterFor(j),
                            text: plainLabel(question.format, r.text),
                          })
                        : plainLabel(question.format, r.text)}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ol>
      </fieldset>
    </div>
  );
}
