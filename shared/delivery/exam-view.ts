import type { StoredQuestion } from '../domain/bank';
import type { ExamGap, ExamQuestion } from '../domain/exam';
import type { AnswerKeyFor, LabelledItem, QuestionOption } from '../domain/questions';
import { seededRandom, shuffled } from '../random/seeded-random';
import type { Paper, PaperEntry } from './paper';

/**
 * The question as the student sees it: this paper's orders, and no key or
 * feedback. Everything is copied field by field, so nothing added to
 * StoredQuestion later leaks through.
 */

const copyItems = (items: readonly LabelledItem[]): LabelledItem[] =>
  items.map((i) => ({ id: i.id, text: i.text }));

/** The options in the paper's order; options the paper does not name keep their place after. */
export function optionsInPaperOrder(
  options: readonly QuestionOption[],
  optionOrder: readonly string[] | null,
): QuestionOption[] {
  if (!optionOrder) return copyItems(options);
  const byId = new Map(options.map((o) => [o.id, o]));
  const named = new Set(optionOrder);
  const ordered = optionOrder.flatMap((id) => {
    const o = byId.get(id);
    return o ? [{ id: o.id, text: o.text }] : [];
  });
  const rest = options.filter((o) => !named.has(o.id)).map((o) => ({ id: o.id, text: o.text }));
  return [...ordered, ...rest];
}

/** Each list a question shuffles draws from its own stream of the attempt's seed. */
const streamOf = (seed: string, questionId: string, what: string) =>
  seededRandom(`${seed}:${questionId}:${what}`);

const sameOrder = (a: readonly LabelledItem[], ids: readonly string[]) =>
  a.length === ids.length && a.every((item, i) => item.id === ids[i]);

/**
 * The starting order of an ordering question: a seeded shuffle that is never
 * the right order (nor, with no key, the authored one) when there are two or
 * more items. When the draw lands on it, the draw moves one place round,
 * which always differs for two or more distinct items.
 */
export function orderingStart(
  items: readonly LabelledItem[],
  rightOrder: readonly string[] | null,
  seed: string,
  questionId: string,
): LabelledItem[] {
  const drawn = shuffled(copyItems(items), streamOf(seed, questionId, 'items'));
  const avoid = rightOrder ?? items.map((i) => i.id);
  if (drawn.length < 2 || !sameOrder(drawn, avoid)) return drawn;
  return [...drawn.slice(1), drawn[0] as LabelledItem];
}

/**
 * Matching responses are always shuffled: authors often write them in the
 * premises' order, which would give the answer away.
 */
export function matchingResponses(
  responses: readonly LabelledItem[],
  seed: string,
  questionId: string,
): LabelledItem[] {
  return shuffled(copyItems(responses), streamOf(seed, questionId, 'responses'));
}

/** A cloze passage's gaps with no keys; choice options shuffled when the test shuffles. */
export function clozeGapsView(
  question: StoredQuestion,
  paper: Pick<Paper, 'seed' | 'shuffled'>,
  questionId: string,
): ExamGap[] {
  return (question.gaps ?? []).map((gap) => {
    const options = gap.kind === 'choice' ? copyItems(gap.options ?? []) : null;
    return {
      id: gap.id,
      kind: gap.kind,
      options:
        options && paper.shuffled
          ? shuffled(options, streamOf(paper.seed, questionId, `gap:${gap.id}`))
          : options,
      marks: gap.marks,
    };
  });
}

/** The parts only the newer question types have, as this student sees them. */
function typeParts(
  question: StoredQuestion,
  paper: Pick<Paper, 'seed' | 'shuffled'>,
  questionId: string,
): Pick<ExamQuestion, 'premises' | 'responses' | 'items' | 'gaps'> {
  switch (question.type) {
    case 'matching':
      return {
        premises: copyItems(question.premises ?? []),
        responses: matchingResponses(question.responses ?? [], paper.seed, questionId),
      };
    case 'ordering': {
      const key = question.key as AnswerKeyFor<'ordering'> | null;
      return {
        items: orderingStart(question.items ?? [], key?.order ?? null, paper.seed, questionId),
      };
    }
    case 'cloze':
      return { gaps: clozeGapsView(question, paper, questionId) };
    default:
      return {};
  }
}

/**
 * Builds what the exam screen is given for one paper entry: the same fields
 * for the six original types as always, plus the format, the parts of the
 * newer types and the entry's group.
 */
export function examQuestionOf(
  entry: PaperEntry,
  question: StoredQuestion,
  number: number,
  paper: Pick<Paper, 'seed' | 'shuffled'>,
): ExamQuestion {
  const view: ExamQuestion = {
    questionId: entry.questionId,
    versionId: entry.versionId,
    number,
    type: question.type,
    text: question.text,
    options: question.options ? optionsInPaperOrder(question.options, entry.optionOrder) : null,
    marks: entry.marks,
    settings: { ...question.settings },
    format: question.format ?? 'plain',
    ...typeParts(question, paper, entry.questionId),
  };
  if (entry.groupId !== undefined && entry.groupId !== null) view.groupId = entry.groupId;
  return view;
}
