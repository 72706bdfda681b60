import { parseNumberText } from '../domain/number-text';
import type { QuestionContent, QuestionFeedback } from '../domain/questions';
import {
  baseValue,
  blockNodes,
  el,
  equalTo,
  inlineNodes,
  setOutcome,
  text,
  variable,
  type Attrs,
  type XmlNode,
} from './qti-xml-nodes';

/**
 * An item's feedback as QTI 3.0 keeps it: every text is a feedback element
 * keyed on the FEEDBACK outcome (`qti-feedback-inline` in an option,
 * `qti-feedback-block` in the body, `qti-modal-feedback` after the
 * processing), and response processing puts into FEEDBACK the identifiers
 * of the texts that fit the answer, the way the bank picks them for review
 * (shared/review/feedback.ts): the general text always, the chosen options',
 * the outcome's by the score, the first matching answer's, every gap's.
 */
const OUTCOME_FEEDBACK: Array<
  keyof Pick<QuestionFeedback, 'general' | 'correct' | 'partial' | 'incorrect'>
> = ['general', 'correct', 'partial', 'incorrect'];

const has = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '';

/** Several identifiers, as FEEDBACK holds them. */
export const feedbackDeclaration = (): XmlNode =>
  el('qti-outcome-declaration', {
    identifier: 'FEEDBACK',
    cardinality: 'multiple',
    'base-type': 'identifier',
  });

const shows = (identifier: string): Attrs => ({
  'outcome-identifier': 'FEEDBACK',
  identifier,
  'show-hide': 'show',
});

export function feedbackInline(q: QuestionContent, identifier: string): XmlNode[] {
  const fb = q.feedback?.perOption?.[identifier];
  if (!has(fb)) return [];
  return [el('qti-feedback-inline', shows(identifier), inlineNodes(q, fb))];
}

/** Feedback for an answer or a gap, as a body block that says what it is for. */
export function feedbackBlocks(q: QuestionContent): XmlNode[] {
  const fb = q.feedback;
  if (!fb) return [];
  const block = (identifier: string, data: Attrs, value: string) =>
    el('qti-feedback-block', { ...shows(identifier), ...data }, blockNodes(q, value));
  return [
    ...(fb.perAnswer ?? []).map((p, i) =>
      block(`answer-${i + 1}`, { 'data-answer': p.answer }, p.text),
    ),
    ...Object.entries(fb.perGap ?? {}).map(([gap, value]) =>
      block(`gap-${gap}`, { 'data-gap': gap }, value),
    ),
  ];
}

export function modalFeedback(q: QuestionContent): XmlNode[] {
  const fb = q.feedback;
  if (!fb) return [];
  return OUTCOME_FEEDBACK.flatMap((name) => {
    const value = fb[name];
    if (!has(value)) return [];
    return [
      el('qti-modal-feedback', shows(name), [el('qti-content-body', {}, blockNodes(q, value))]),
    ];
  });
}

const identifierValue = (id: string) =>
  el('qti-base-value', { 'base-type': 'identifier' }, [text(id)]);

/** FEEDBACK with one more identifier. */
const addFeedback = (id: string) =>
  setOutcome('FEEDBACK', el('qti-multiple', {}, [variable('FEEDBACK'), identifierValue(id)]));

/** The test that an answer is the one a per-answer feedback names, as the bank matches it. */
function answerTest(q: QuestionContent, answer: string): XmlNode | null {
  if (q.type === 'short_answer') {
    return el('qti-string-match', { 'case-sensitive': q.key.caseSensitive }, [
      variable('RESPONSE'),
      el('qti-base-value', { 'base-type': 'string' }, [text(answer.trim())]),
    ]);
  }
  if (q.type === 'numeric') {
    const n = parseNumberText(answer);
    if (n === null) return null;
    // A number the key or an alternative names is matched within its tolerance; any other exactly.
    const target = q.key.value === n ? q.key : q.key.alternatives?.find((a) => a.value === n);
    return equalTo('RESPONSE', target ?? { tolerance: 0, toleranceMode: 'absolute' }, baseValue(n));
  }
  return null;
}

/** The rules that set FEEDBACK, after the score is known; none when the item has no feedback. */
export function feedbackRules(q: QuestionContent): XmlNode[] {
  const fb = q.feedback;
  if (!fb) return [];
  const always = [
    ...(has(fb.general) ? [identifierValue('general')] : []),
    ...(Object.values(fb.perOption ?? {}).some(has) ? [variable('RESPONSE')] : []),
    ...Object.entries(fb.perGap ?? {})
      .filter(([, value]) => has(value))
      .map(([gap]) => identifierValue(`gap-${gap}`)),
  ];
  const rules: XmlNode[] = [];
  if (always.length > 0) rules.push(setOutcome('FEEDBACK', el('qti-multiple', {}, always)));

  const answers = (fb.perAnswer ?? []).flatMap((p, i) => {
    const test = has(p.text) ? answerTest(q, p.answer) : null;
    return test === null ? [] : [{ test, id: `answer-${i + 1}` }];
  });
  if (answers.length > 0) {
    rules.push(
      el(
        'qti-response-condition',
        {},
        answers.map((a, i) =>
          el(i === 0 ? 'qti-response-if' : 'qti-response-else-if', {}, [a.test, addFeedback(a.id)]),
        ),
      ),
    );
  }

  // An essay is marked by a person, so no score here can say which outcome text fits.
  const outcomes = (['correct', 'partial', 'incorrect'] as const).filter((name) => has(fb[name]));
  if (outcomes.length > 0 && q.type !== 'essay') {
    const score = variable('SCORE');
    rules.push(
      el('qti-response-condition', {}, [
        el('qti-response-if', {}, [
          el('qti-gte', {}, [score, variable('MAXSCORE')]),
          addFeedback('correct'),
        ]),
        el('qti-response-else-if', {}, [
          el('qti-gt', {}, [score, baseValue(0)]),
          addFeedback('partial'),
        ]),
        el('qti-response-else', {}, [addFeedback('incorrect')]),
      ]),
    );
  }
  return rules;
}
