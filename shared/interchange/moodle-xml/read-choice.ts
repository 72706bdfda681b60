import { optionIdAt } from '../types';
import { attr, child, childNodes, flagOf, ownText, type XmlNode } from './nodes';
import { feedbackOf, weightOf, type Draft, type QuestionContext } from './question-context';
import type { RichText } from './rich-text';

/** Why a question is skipped, with the element it is about. */
export class Refusal extends Error {
  constructor(
    readonly reason: string,
    readonly node: XmlNode | null = null,
  ) {
    super(reason);
    this.name = 'Refusal';
  }
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6;

/**
 * Multiple choice. One answer (`<single>true</single>`): single choice, the
 * 100 % answer is the key and other fractions (partial or negative) are kept
 * as weights. Several: multiple response, the positive answers are the key,
 * with every fraction kept as a weight unless they are exactly the shares
 * the bank gives by default.
 */
export function readMultichoice(ctx: QuestionContext): Draft {
  const node = ctx.node;
  const answers = childNodes(node, 'answer');
  if (answers.length > 26)
    throw new Refusal(`the question has ${answers.length} answers; at most 26 are supported`);
  const single = flagOf(node, 'single') ?? true;
  const text = ctx.questionText();
  const outcome = ctx.outcomeFeedback();
  const options: Array<{ id: string; text: RichText; weight: number; feedback: RichText | null }> =
    answers.map((a, i) => ({
      id: optionIdAt(i),
      text: ctx.rich(a, `answer ${i + 1}`, attr(child(node, 'questiontext'), 'format')) ?? {
        html: '',
        plain: '',
      },
      weight: weightOf(attr(a, 'fraction')),
      feedback: ctx.rich(child(a, 'feedback'), `feedback of answer ${i + 1}`),
    }));
  const marks = ctx.marks();
  const weights = Object.fromEntries(
    options.filter((o) => o.weight !== 0).map((o) => [o.id, o.weight]),
  );
  const keyed = options.filter((o) => o.weight > 0).map((o) => o.id);
  if (single) {
    const full = options.find((o) => o.weight === 1);
    if (!full)
      throw new Refusal('no answer is worth 100 %, so the question has no right answer', node);
    const plainKey = options.every((o) => o.weight === 0 || o.id === full.id);
    return (pick) => ({
      type: 'single_choice',
      ...ctx.common(marks),
      text: pick(text),
      options: options.map((o) => ({ id: o.id, text: pick(o.text) })),
      key: { optionId: full.id, ...(!plainKey && { weights }) },
      feedback: feedbackOf(pick, outcome, { perOption: perOption(pick, options) }),
    });
  }
  if (keyed.length === 0)
    throw new Refusal(
      'no answer has a positive fraction, so the question has no right answer',
      node,
    );
  const others = options.length - keyed.length;
  // The bank's own multiple-response scoring: keyed options share the marks, the others take it back.
  const defaultShares = options.every((o) =>
    o.weight > 0 ? near(o.weight, 1 / keyed.length) : others > 0 && near(o.weight, -1 / others),
  );
  return (pick) => ({
    type: 'multiple_response',
    ...ctx.common(marks),
    text: pick(text),
    options: options.map((o) => ({ id: o.id, text: pick(o.text) })),
    key: { optionIds: keyed, ...(!defaultShares && { weights }) },
    feedback: feedbackOf(pick, outcome, { perOption: perOption(pick, options) }),
  });
}

function perOption(
  pick: (t: RichText) => string,
  options: ReadonlyArray<{ id: string; feedback: RichText | null }>,
): Record<string, string> {
  return Object.fromEntries(
    options.flatMap((o) => (o.feedback ? [[o.id, pick(o.feedback)] as const] : [])),
  );
}

/** True/false: the answer with fraction 100 is the key; each answer's feedback is kept. */
export function readTrueFalse(ctx: QuestionContext): Draft {
  const text = ctx.questionText();
  const outcome = ctx.outcomeFeedback();
  const marks = ctx.marks();
  let value: boolean | null = null;
  const feedback: Array<{ id: 'true' | 'false'; text: RichText }> = [];
  for (const a of childNodes(ctx.node, 'answer')) {
    const which = ownText(child(a, 'text')).toLowerCase();
    if (which !== 'true' && which !== 'false') continue;
    if (weightOf(attr(a, 'fraction')) === 1) value = which === 'true';
    const fb = ctx.rich(child(a, 'feedback'), `feedback for "${which}"`);
    if (fb) feedback.push({ id: which, text: fb });
  }
  if (value === null)
    throw new Refusal('neither "true" nor "false" is marked 100 %, so there is no key', ctx.node);
  const key = value;
  return (pick) => ({
    type: 'true_false',
    ...ctx.common(marks),
    text: pick(text),
    options: null,
    key: { value: key },
    feedback: feedbackOf(pick, outcome, {
      perOption: Object.fromEntries(feedback.map((f) => [f.id, pick(f.text)])),
    }),
  });
}
