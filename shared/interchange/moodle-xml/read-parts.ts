import type { ClozeGap, GapKey } from '../../domain/questions';
import { optionIdAt } from '../types';
import { findClozeSubs, type ClozeSub } from './cloze-syntax';
import { attr, child, childNodes, numberOf, ownText, textChild } from './nodes';
import { feedbackOf, type Draft, type QuestionContext } from './question-context';
import { Refusal } from './read-choice';
import type { RichText } from './rich-text';

/**
 * Matching: each subquestion with text is a premise paired with its answer;
 * a subquestion with no text only adds its answer as a distractor. Answers
 * with the same text are one response, as Moodle shows them.
 */
export function readMatching(ctx: QuestionContext): Draft {
  const text = ctx.questionText();
  const outcome = ctx.outcomeFeedback();
  const marks = ctx.marks();
  const premises: Array<{ id: string; text: RichText }> = [];
  const responses: Array<{ id: string; text: RichText; raw: string }> = [];
  const pairs: Record<string, string> = {};
  const responseFor = (raw: string) => {
    const found = responses.find((r) => r.raw === raw);
    if (found) return found.id;
    const id = `r${responses.length + 1}`;
    responses.push({ id, raw, text: ctx.richRaw(raw) });
    return id;
  };
  childNodes(ctx.node, 'subquestion').forEach((sub, i) => {
    const answer = textChild(child(sub, 'answer'));
    const premise = ctx.rich(sub, `premise ${i + 1}`);
    if (answer === '') {
      if (premise) ctx.warn(`premise ${i + 1} has no answer and is left out`);
      return;
    }
    const responseId = responseFor(answer);
    if (!premise) return;
    const id = `p${premises.length + 1}`;
    premises.push({ id, text: premise });
    pairs[id] = responseId;
  });
  return (pick) => ({
    type: 'matching',
    ...ctx.common(marks),
    text: pick(text),
    options: null,
    premises: premises.map((p) => ({ id: p.id, text: pick(p.text) })),
    responses: responses.map((r) => ({ id: r.id, text: pick(r.text) })),
    key: { pairs },
    feedback: feedbackOf(pick, outcome),
  });
}

/**
 * Ordering (qtype_ordering): the answers are the items as shown, and each
 * answer's `fraction` is its place in the right order.
 */
export function readOrdering(ctx: QuestionContext): Draft {
  const text = ctx.questionText();
  const outcome = ctx.outcomeFeedback();
  const marks = ctx.marks();
  const items = childNodes(ctx.node, 'answer').map((a, i) => ({
    id: `i${i + 1}`,
    text: ctx.rich(a, `item ${i + 1}`) ?? { html: '', plain: '' },
    place: Number(attr(a, 'fraction') ?? String(i + 1)),
    index: i,
  }));
  const selectType = ownText(ctx.node.selecttype).toUpperCase();
  const selectCount = numberOf(ctx.node, 'selectcount') ?? 0;
  if (selectType !== '' && selectType !== 'ALL' && selectCount > 0 && selectCount < items.length)
    ctx.warn(`only ${selectCount} of the items were shown at a time in Moodle; here all are`);
  const grading = ownText(ctx.node.gradingtype).toUpperCase();
  if (grading !== '' && grading !== 'ABSOLUTE_POSITION' && grading !== 'ALL_OR_NOTHING')
    ctx.warn(
      `Moodle's grading "${grading.toLowerCase()}" is not kept: the test's ordering credit setting applies`,
    );
  const order = [...items]
    .sort((a, b) => (a.place === b.place ? a.index - b.index : a.place - b.place))
    .map((i) => i.id);
  return (pick) => ({
    type: 'ordering',
    ...ctx.common(marks),
    text: pick(text),
    options: null,
    items: items.map((i) => ({ id: i.id, text: pick(i.text) })),
    key: { order },
    feedback: feedbackOf(pick, outcome),
  });
}

interface GapDraft {
  gap: Omit<ClozeGap, 'options'> & { options?: Array<{ id: string; text: RichText }> };
  key: GapKey;
  feedback: RichText | null;
}

function gapFromSub(
  ctx: QuestionContext,
  sub: ClozeSub,
  id: string,
  marks: number,
  format: string | undefined,
): GapDraft {
  const plainRich = (text: string) => ctx.richRaw(text, format);
  const n = id.slice(1);
  const best = sub.answers.reduce(
    (b, a) => (a.credit > b.credit ? a : b),
    sub.answers[0] ?? { credit: 0, text: '', feedback: '' },
  );
  const feedback = best.feedback !== '' ? plainRich(best.feedback) : null;
  const dropped = sub.answers.filter(
    (a) => a !== best && a.feedback !== '' && a.feedback !== best.feedback,
  );
  if (dropped.length > 0)
    ctx.warn(
      `gap ${n}: feedback on answers other than the right one is not kept (one feedback per gap)`,
    );
  if (sub.kind === 'choice') {
    if (best.credit !== 1) throw new Refusal(`gap ${n} (${sub.typeName}) has no 100 % choice`);
    if (sub.answers.some((a) => a.credit > 0 && a.credit < 1))
      ctx.warn(
        `gap ${n}: a choice worth part of the marks counts as wrong (a choice gap has one right choice)`,
      );
    const options = sub.answers.map((a, i) => ({ id: optionIdAt(i), text: plainRich(a.text) }));
    return {
      gap: { id, kind: 'choice', marks, options },
      key: { optionId: optionIdAt(sub.answers.indexOf(best)) },
      feedback,
    };
  }
  const real = sub.answers.filter((a) => a.text !== '*');
  if (sub.kind === 'text') {
    const accepted = real.filter((a) => a.credit === 1).map((a) => a.text);
    if (accepted.length === 0) throw new Refusal(`gap ${n} (${sub.typeName}) has no 100 % answer`);
    const partial = real
      .filter((a) => a.credit > 0 && a.credit < 1)
      .map((a) => ({ answer: a.text, credit: a.credit }));
    return {
      gap: { id, kind: 'text', marks },
      key: { accepted, caseSensitive: sub.caseSensitive, ...(partial.length > 0 && { partial }) },
      feedback,
    };
  }
  const numbers = real.map((a) => {
    const [value = '', tolerance = '0'] = a.text.split(':');
    return { value: Number(value), tolerance: Math.abs(Number(tolerance)), credit: a.credit };
  });
  if (numbers.some((x) => !Number.isFinite(x.value) || !Number.isFinite(x.tolerance)))
    throw new Refusal(`gap ${n} (${sub.typeName}) has an answer that is not a number`);
  const key = numbers.find((x) => x.credit === 1);
  if (!key) throw new Refusal(`gap ${n} (${sub.typeName}) has no 100 % answer`);
  const alternatives = numbers
    .filter((x) => x !== key && x.credit > 0)
    .map((x) => ({
      value: x.value,
      tolerance: x.tolerance,
      toleranceMode: 'absolute' as const,
      credit: x.credit,
    }));
  return {
    gap: { id, kind: 'numeric', marks },
    key: {
      value: key.value,
      tolerance: key.tolerance,
      toleranceMode: 'absolute',
      ...(alternatives.length > 0 && { alternatives }),
    },
    feedback,
  };
}

function clozeDraft(
  ctx: QuestionContext,
  text: RichText,
  gaps: GapDraft[],
  outcome: ReturnType<QuestionContext['outcomeFeedback']>,
): Draft {
  const marks = gaps.reduce((s, g) => s + g.gap.marks, 0);
  return (pick) => ({
    type: 'cloze',
    ...ctx.common(marks),
    text: pick(text),
    options: null,
    gaps: gaps.map(({ gap: { options, ...gap } }) => ({
      ...gap,
      ...(options && { options: options.map((o) => ({ id: o.id, text: pick(o.text) })) }),
    })),
    key: { gaps: Object.fromEntries(gaps.map((g) => [g.gap.id, g.key])) },
    feedback: feedbackOf(pick, outcome, {
      perGap: Object.fromEntries(
        gaps.flatMap((g) => (g.feedback ? [[g.gap.id, pick(g.feedback)]] : [])),
      ),
    }),
  });
}

/**
 * Embedded answers (multianswer, "cloze" in the file): each `{n:TYPE:...}` in
 * the text becomes a gap worth its weight, scaled so the gaps add up to the
 * question's grade.
 */
export function readCloze(ctx: QuestionContext): Draft {
  const text = ctx.questionText();
  const outcome = ctx.outcomeFeedback();
  ctx.marks();
  // Plain text is read as written; HTML as HTML, so a gap's choices keep their markup.
  const plain = text.plain !== null;
  const html = text.plain ?? text.html;
  const format = plain ? 'plain_text' : 'html';
  const subs = findClozeSubs(html);
  if (subs.length === 0)
    throw new Refusal('the text has no embedded answers ({1:SHORTANSWER:...})', ctx.node);
  if (subs.length > 100)
    throw new Refusal(`the text has ${subs.length} embedded answers; at most 100 are supported`);
  const grade = numberOf(ctx.node, 'defaultgrade');
  const weights = subs.reduce((s, sub) => s + ('unknown' in sub ? 0 : sub.weight), 0);
  const scale = grade !== null && grade > 0 && weights > 0 ? grade / weights : 1;
  const gaps: GapDraft[] = [];
  let out = '';
  let last = 0;
  subs.forEach((sub, i) => {
    if ('unknown' in sub)
      throw new Refusal(
        `embedded answer ${i + 1} has the type ${sub.typeName}, which Moodle's Cloze does not know`,
      );
    if (sub.kind === 'multiresponse')
      throw new Refusal(
        `embedded answer ${i + 1} is ${sub.typeName} (several right choices in one gap), which a gap cannot hold`,
      );
    if (sub.weight <= 0)
      throw new Refusal(`embedded answer ${i + 1} is worth 0 marks; each gap must be worth more`);
    const id = `g${i + 1}`;
    gaps.push(gapFromSub(ctx, sub, id, sub.weight * scale, format));
    out += `${html.slice(last, sub.start)}{{gap:${id}}}`;
    last = sub.start + sub.length;
  });
  out += html.slice(last);
  return clozeDraft(
    ctx,
    plain ? ctx.richRaw(out, 'plain_text') : { html: out, plain: null },
    gaps,
    outcome,
  );
}

/**
 * Drag and drop into text (ddwtos) and select missing words (gapselect):
 * `[[n]]` places choice n, and the gap offers every choice of its group.
 * The question's grade is shared equally between the gaps, as Moodle does.
 */
export function readGapChoices(ctx: QuestionContext, element: 'dragbox' | 'selectoption'): Draft {
  const text = ctx.questionText();
  const outcome = ctx.outcomeFeedback();
  const grade = ctx.marks();
  const choices = childNodes(ctx.node, element).map((c, i) => ({
    n: i + 1,
    text: textChild(c),
    group: ownText(c.group) || '1',
  }));
  const plain = text.plain !== null;
  const html = text.plain ?? text.html;
  const places = [...html.matchAll(/\[\[(\d+)\]\]/g)];
  if (places.length === 0)
    throw new Refusal('the text has no places for the choices ([[1]])', ctx.node);
  if (places.length > 100)
    throw new Refusal(`the text has ${places.length} places; at most 100 gaps are supported`);
  const marks = grade > 0 ? grade / places.length : 1;
  if (grade <= 0)
    ctx.warn('the question is worth 0 marks in Moodle; each gap is worth 1 mark here');
  const gaps: GapDraft[] = [];
  let out = '';
  let last = 0;
  places.forEach((m, i) => {
    const n = Number(m[1]);
    const right = choices[n - 1];
    if (!right)
      throw new Refusal(`the text places choice [[${n}]], but there are ${choices.length} choices`);
    const group = choices.filter((c) => c.group === right.group);
    if (group.length < 2)
      throw new Refusal(
        `choice [[${n}]] is the only one in its group, so its gap has nothing to choose from`,
      );
    if (group.length > 26)
      throw new Refusal(`the group of choice [[${n}]] has more than 26 choices`);
    const id = `g${i + 1}`;
    gaps.push({
      gap: {
        id,
        kind: 'choice',
        marks,
        options: group.map((c, k) => ({ id: optionIdAt(k), text: ctx.richRaw(c.text) })),
      },
      key: { optionId: optionIdAt(group.indexOf(right)) },
      feedback: null,
    });
    out += `${html.slice(last, m.index)}{{gap:${id}}}`;
    last = m.index + m[0].length;
  });
  out += html.slice(last);
  return clozeDraft(
    ctx,
    plain ? ctx.richRaw(out, 'plain_text') : { html: out, plain: null },
    gaps,
    outcome,
  );
}
