import { attr, child, childNodes, numberOf, ownText, textChild } from './nodes';
import { feedbackOf, weightOf, type Draft, type QuestionContext } from './question-context';
import { Refusal } from './read-choice';
import type { RichText } from './rich-text';

interface GradedAnswer {
  text: string;
  credit: number;
  feedback: RichText | null;
  tolerance: number;
}

function gradedAnswers(ctx: QuestionContext): GradedAnswer[] {
  return childNodes(ctx.node, 'answer').map((a, i) => ({
    text: textChild(a),
    credit: weightOf(attr(a, 'fraction')),
    feedback: ctx.rich(child(a, 'feedback'), `feedback of answer ${i + 1}`),
    tolerance: numberOf(a, 'tolerance') ?? 0,
  }));
}

function perAnswer(pick: (t: RichText) => string, answers: readonly GradedAnswer[]) {
  return answers.flatMap((a) =>
    a.feedback && a.text !== '' && a.text !== '*'
      ? [{ answer: a.text, text: pick(a.feedback) }]
      : [],
  );
}

/** A `*` answer is Moodle's "anything else"; its feedback is what a wrong answer reads. */
function catchAll(ctx: QuestionContext, answers: readonly GradedAnswer[]): RichText | null {
  const any = answers.find((a) => a.text === '*');
  if (!any) return null;
  if (any.credit > 0)
    ctx.warn(`the "*" answer (any answer at all) earned ${any.credit * 100} %; it is not kept`);
  return any.feedback;
}

/**
 * Short answer: 100 % answers are accepted, answers between 0 and 100 % earn
 * part of the marks, `usecase` makes the comparison case-sensitive, and each
 * answer's feedback is kept for that answer.
 */
export function readShortAnswer(ctx: QuestionContext): Draft {
  const text = ctx.questionText();
  const outcome = ctx.outcomeFeedback();
  const marks = ctx.marks();
  const answers = gradedAnswers(ctx);
  const caseSensitive = ownText(ctx.node.usecase) === '1';
  const accepted = answers.filter((a) => a.credit === 1 && a.text !== '*').map((a) => a.text);
  if (accepted.length === 0)
    throw new Refusal('no answer is worth 100 %, so the question has no right answer', ctx.node);
  const partial = answers
    .filter((a) => a.credit > 0 && a.credit < 1 && a.text !== '*')
    .map((a) => ({ answer: a.text, credit: a.credit }));
  if (answers.some((a) => a.text !== '*' && a.text.includes('*')))
    ctx.warn('an answer uses Moodle\'s "*" wildcard, which is compared here as the character *');
  const wrong = catchAll(ctx, answers);
  return (pick) => ({
    type: 'short_answer',
    ...ctx.common(marks),
    text: pick(text),
    options: null,
    key: { accepted, caseSensitive, ...(partial.length > 0 && { partial }) },
    feedback: feedbackOf(
      pick,
      { ...outcome, ...(!outcome.incorrect && wrong && { incorrect: wrong }) },
      { perAnswer: perAnswer(pick, answers) },
    ),
  });
}

/**
 * Numerical: the first 100 % answer is the key with its tolerance, other
 * answers that earn credit are alternatives. Units are reported: answers are
 * numbers here.
 */
export function readNumerical(ctx: QuestionContext): Draft {
  const text = ctx.questionText();
  const outcome = ctx.outcomeFeedback();
  const marks = ctx.marks();
  const answers = gradedAnswers(ctx).filter((a) => {
    if (a.text === '*' || a.text === '') return true;
    if (Number.isFinite(Number(a.text))) return true;
    ctx.warn(`the answer "${a.text}" is not a number and is not kept`);
    return false;
  });
  const numbers = answers.filter((a) => a.text !== '*' && a.text !== '');
  const key = numbers.find((a) => a.credit === 1);
  if (!key)
    throw new Refusal('no answer is worth 100 %, so the question has no right answer', ctx.node);
  const units = childNodes(child(ctx.node, 'units'), 'unit')
    .map((u) => ownText(u.unit_name))
    .filter((u) => u !== '');
  if (units.length > 0)
    ctx.warn(
      `the units (${units.join(', ')}) are not kept: the answer is the number alone, in the first unit`,
    );
  const alternatives = numbers
    .filter((a) => a !== key && a.credit > 0)
    .map((a) => ({
      value: Number(a.text),
      tolerance: Math.abs(a.tolerance),
      toleranceMode: 'absolute' as const,
      credit: a.credit,
    }));
  const wrong = catchAll(ctx, answers);
  return (pick) => ({
    type: 'numeric',
    ...ctx.common(marks),
    text: pick(text),
    options: null,
    key: {
      value: Number(key.text),
      tolerance: Math.abs(key.tolerance),
      toleranceMode: 'absolute',
      ...(alternatives.length > 0 && { alternatives }),
    },
    feedback: feedbackOf(
      pick,
      { ...outcome, ...(!outcome.incorrect && wrong && { incorrect: wrong }) },
      { perAnswer: perAnswer(pick, numbers) },
    ),
  });
}

/** Essay: word limits are kept; attachments, templates and grader notes are reported. */
export function readEssay(ctx: QuestionContext): Draft {
  const text = ctx.questionText();
  const outcome = ctx.outcomeFeedback();
  const marks = ctx.marks();
  const node = ctx.node;
  const min = numberOf(node, 'minwordlimit');
  const max = numberOf(node, 'maxwordlimit');
  const attachments = numberOf(node, 'attachments') ?? 0;
  if (attachments !== 0)
    ctx.warn('file attachments are not supported: the student answers in text only');
  if (ownText(node.responseformat) === 'noinline')
    ctx.warn('the question takes attachments only (no text); here the student answers in text');
  if (textChild(child(node, 'graderinfo')) !== '')
    ctx.warn('the information for graders is not kept');
  if (textChild(child(node, 'responsetemplate')) !== '')
    ctx.warn('the response template is not kept');
  return (pick) => ({
    type: 'essay',
    ...ctx.common(marks),
    text: pick(text),
    options: null,
    key: null,
    settings: {
      ...ctx.settings(),
      ...(min !== null && min > 0 && { minWords: Math.round(min) }),
      ...(max !== null && max > 0 && { maxWords: Math.round(max) }),
    },
    feedback: feedbackOf(pick, outcome),
  });
}

/** Description: text only, no marks; feedback has no place on it. */
export function readDescription(ctx: QuestionContext): Draft {
  const text = ctx.questionText();
  if (textChild(child(ctx.node, 'generalfeedback')) !== '')
    ctx.warn('the general feedback is not kept: a description has no feedback');
  return (pick) => ({
    type: 'description',
    ...ctx.common(0),
    text: pick(text),
    options: null,
    key: null,
  });
}
