import type { z } from 'zod';
import { clozeGapIds } from '../content/cloze';
import { fullCreditTolerance } from './credit';
import { parseNumberText } from './number-text';
import {
  gapKeyFits,
  isChoiceGapKey,
  plainTextLimits,
  type ClozeGap,
  type GapKind,
  type LabelledItem,
  type OptionWeights,
} from './question-parts';
import type { QuestionContent, QuestionContentOf } from './questions';

/**
 * The rules a question must meet before it is saved, one function per
 * concern. Each issue names the field it is about in words a person reads.
 */
type Ctx = z.RefinementCtx;
type Path = (string | number)[];

const issue = (ctx: Ctx, path: Path, message: string) =>
  ctx.addIssue({ code: 'custom', path, message });

/** Reports repeated ids among a list of items, at the later one. */
function checkUniqueIds(
  ctx: Ctx,
  items: readonly { id: string }[],
  path: Path,
  what: string,
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) issue(ctx, [...path, i, 'id'], `duplicate ${what} id "${item.id}"`);
    ids.add(item.id);
  });
  return ids;
}

function checkWeights(
  ctx: Ctx,
  q: QuestionContentOf<'single_choice' | 'multiple_response'>,
  weights: OptionWeights,
  ids: ReadonlySet<string>,
) {
  for (const id of Object.keys(weights)) {
    if (!ids.has(id)) {
      issue(ctx, ['key', 'weights', id], `the weight for "${id}" is not for one of the options`);
    }
  }
  const weightOf = (id: string) => weights[id] ?? 0;
  const options = q.options ?? [];
  if (q.type === 'single_choice') {
    if (!options.some((o) => weightOf(o.id) === 1)) {
      issue(
        ctx,
        ['key', 'weights'],
        'with weights, at least one option must have weight 1 (full marks)',
      );
    } else if (weightOf(q.key.optionId) !== 1) {
      issue(ctx, ['key', 'optionId'], 'the key must be an option with weight 1 (full marks)');
    }
    return;
  }
  const positive = options.filter((o) => weightOf(o.id) > 0);
  const sum = positive.reduce((s, o) => s + weightOf(o.id), 0);
  if (sum < 1 - fullCreditTolerance) {
    issue(
      ctx,
      ['key', 'weights'],
      'the positive weights must add up to at least 1, so a full answer earns full marks',
    );
  }
  const keyed = new Set(q.key.optionIds);
  if (positive.length !== keyed.size || positive.some((o) => !keyed.has(o.id))) {
    issue(
      ctx,
      ['key', 'optionIds'],
      'with weights, the key lists exactly the options with a positive weight',
    );
  }
}

export function checkChoiceQuestion(q: QuestionContent, ctx: Ctx): void {
  if (q.type !== 'single_choice' && q.type !== 'multiple_response') return;
  const options = q.options ?? [];
  if (options.length < 2) {
    issue(ctx, ['options'], 'a choice question needs at least two options');
  }
  const ids = checkUniqueIds(ctx, options, ['options'], 'option');
  const keyIds = q.type === 'single_choice' ? [q.key.optionId] : q.key.optionIds;
  keyIds.forEach((id, i) => {
    if (!ids.has(id)) {
      const path = q.type === 'single_choice' ? ['key', 'optionId'] : ['key', 'optionIds', i];
      issue(ctx, path, `the key "${id}" is not one of the options`);
    }
  });
  if (q.type === 'multiple_response' && new Set(keyIds).size !== keyIds.length) {
    issue(ctx, ['key', 'optionIds'], 'the key lists an option twice');
  }
  if (q.key.weights !== undefined) checkWeights(ctx, q, q.key.weights, ids);
}

export function checkWordLimits(q: QuestionContent, ctx: Ctx): void {
  const { minWords, maxWords } = q.settings;
  if (minWords !== undefined && maxWords !== undefined && minWords > maxWords) {
    issue(ctx, ['settings', 'minWords'], 'minimum words is above the maximum');
  }
}

/** Plain text keeps today's limits; HTML may be longer because markup and MathML take room. */
export function checkTextLengths(q: QuestionContent, ctx: Ctx): void {
  if (q.format === 'html') return;
  if (q.text.length > plainTextLimits.text) {
    issue(ctx, ['text'], 'question text is at most 20,000 characters');
  }
  const lists: [string, readonly LabelledItem[], string][] = [];
  if (q.type === 'single_choice' || q.type === 'multiple_response') {
    lists.push(['options', q.options ?? [], 'option']);
  }
  if (q.type === 'matching') {
    lists.push(['premises', q.premises, 'premise'], ['responses', q.responses, 'response']);
  }
  if (q.type === 'ordering') lists.push(['items', q.items, 'item']);
  for (const [field, items, what] of lists) {
    items.forEach((item, i) => {
      if (item.text.length > plainTextLimits.optionText) {
        issue(ctx, [field, i, 'text'], `${what} text is at most 2,000 characters`);
      }
    });
  }
  if (q.type === 'cloze') {
    q.gaps.forEach((gap, g) => {
      gap.options?.forEach((o, i) => {
        if (o.text.length > plainTextLimits.optionText) {
          issue(ctx, ['gaps', g, 'options', i, 'text'], 'option text is at most 2,000 characters');
        }
      });
    });
  }
}

export function checkMatchingQuestion(q: QuestionContent, ctx: Ctx): void {
  if (q.type !== 'matching') return;
  if (q.premises.length < 1) {
    issue(ctx, ['premises'], 'a matching question needs at least one premise');
  }
  if (q.responses.length < 2) {
    issue(ctx, ['responses'], 'a matching question needs at least two responses');
  }
  const premiseIds = checkUniqueIds(ctx, q.premises, ['premises'], 'premise');
  const responseIds = checkUniqueIds(ctx, q.responses, ['responses'], 'response');
  for (const premise of premiseIds) {
    if (!Object.hasOwn(q.key.pairs, premise)) {
      issue(ctx, ['key', 'pairs', premise], `premise "${premise}" has no response in the key`);
    }
  }
  for (const [premise, response] of Object.entries(q.key.pairs)) {
    if (!premiseIds.has(premise)) {
      issue(
        ctx,
        ['key', 'pairs', premise],
        `the key pairs "${premise}", which is not one of the premises`,
      );
    } else if (!responseIds.has(response)) {
      issue(
        ctx,
        ['key', 'pairs', premise],
        `the key pairs premise "${premise}" with "${response}", which is not one of the responses`,
      );
    }
  }
}

export function checkOrderingQuestion(q: QuestionContent, ctx: Ctx): void {
  if (q.type !== 'ordering') return;
  if (q.items.length < 2) {
    issue(ctx, ['items'], 'an ordering question needs at least two items');
  }
  const ids = checkUniqueIds(ctx, q.items, ['items'], 'item');
  const seen = new Set<string>();
  q.key.order.forEach((id, i) => {
    if (!ids.has(id)) issue(ctx, ['key', 'order', i], `the key's "${id}" is not one of the items`);
    else if (seen.has(id)) issue(ctx, ['key', 'order', i], `the key lists item "${id}" twice`);
    seen.add(id);
  });
  for (const id of ids) {
    if (!seen.has(id)) issue(ctx, ['key', 'order'], `the key leaves out item "${id}"`);
  }
}

const gapKeyShapeWords: Record<GapKind, string> = {
  choice: 'its key names one of its options',
  text: 'its key lists accepted answers',
  numeric: 'its key gives a value and a tolerance',
};

function checkGapOptions(ctx: Ctx, gap: ClozeGap, g: number) {
  if (gap.kind !== 'choice') {
    if (gap.options !== undefined) {
      issue(ctx, ['gaps', g, 'options'], 'only a choice gap has options');
    }
    return;
  }
  const options = gap.options ?? [];
  if (options.length < 2) {
    issue(ctx, ['gaps', g, 'options'], 'a choice gap needs at least two options');
  }
  checkUniqueIds(ctx, options, ['gaps', g, 'options'], 'option');
}

export function checkClozeQuestion(q: QuestionContent, ctx: Ctx): void {
  if (q.type !== 'cloze') return;
  if (q.gaps.length === 0) {
    issue(ctx, ['gaps'], 'a gap-fill question needs at least one gap');
  }
  const defined = new Map<string, ClozeGap>();
  q.gaps.forEach((gap, g) => {
    if (defined.has(gap.id)) issue(ctx, ['gaps', g, 'id'], `duplicate gap id "${gap.id}"`);
    else defined.set(gap.id, gap);
    checkGapOptions(ctx, gap, g);
  });
  const placed = new Set<string>();
  for (const id of clozeGapIds(q.text)) {
    if (placed.has(id)) issue(ctx, ['text'], `the text places gap "${id}" more than once`);
    else if (!defined.has(id)) {
      issue(ctx, ['text'], `the text places a gap "${id}" that is not one of the gaps`);
    }
    placed.add(id);
  }
  q.gaps.forEach((gap, g) => {
    if (!placed.has(gap.id)) {
      issue(
        ctx,
        ['gaps', g, 'id'],
        `gap "${gap.id}" is not placed in the text (write {{gap:${gap.id}}} where it goes)`,
      );
    }
  });
  for (const [id, gap] of defined) {
    const key = q.key.gaps[id];
    if (key === undefined) {
      issue(ctx, ['key', 'gaps', id], `gap "${id}" has no key`);
    } else if (!gapKeyFits(gap.kind, key)) {
      issue(
        ctx,
        ['key', 'gaps', id],
        `gap "${id}" is a ${gap.kind} gap, so ${gapKeyShapeWords[gap.kind]}`,
      );
    } else if (isChoiceGapKey(key) && !(gap.options ?? []).some((o) => o.id === key.optionId)) {
      issue(
        ctx,
        ['key', 'gaps', id, 'optionId'],
        `the key "${key.optionId}" is not one of the options of gap "${id}"`,
      );
    }
  }
  for (const id of Object.keys(q.key.gaps)) {
    if (!defined.has(id)) {
      issue(ctx, ['key', 'gaps', id], `the key is for gap "${id}", which is not one of the gaps`);
    }
  }
  const sum = q.gaps.reduce((s, gap) => s + gap.marks, 0);
  if (q.gaps.length > 0 && Math.abs(q.marks - sum) > 1e-9) {
    issue(ctx, ['marks'], `the marks must be the sum of the gap marks (${sum})`);
  }
}

export function checkDescription(q: QuestionContent, ctx: Ctx): void {
  if (q.type !== 'description') return;
  if (q.marks !== 0) issue(ctx, ['marks'], 'a description carries no marks (set marks to 0)');
  if (q.feedback !== undefined) issue(ctx, ['feedback'], 'a description has no feedback');
}

/** Option ids feedback may be given for: the options, or "true" and "false". */
function feedbackOptionIds(q: QuestionContent): Set<string> | null {
  if (q.type === 'single_choice' || q.type === 'multiple_response') {
    return new Set((q.options ?? []).map((o) => o.id));
  }
  if (q.type === 'true_false') return new Set(['true', 'false']);
  return null;
}

export function checkFeedback(q: QuestionContent, ctx: Ctx): void {
  const feedback = q.feedback;
  if (feedback === undefined) return;
  if (feedback.perOption !== undefined) {
    const ids = feedbackOptionIds(q);
    if (ids === null) {
      issue(
        ctx,
        ['feedback', 'perOption'],
        'per-option feedback is only for choice and true/false questions',
      );
    } else {
      for (const id of Object.keys(feedback.perOption)) {
        if (!ids.has(id)) {
          issue(
            ctx,
            ['feedback', 'perOption', id],
            `feedback for "${id}", which is not one of the options`,
          );
        }
      }
    }
  }
  if (feedback.perAnswer !== undefined) {
    if (q.type !== 'short_answer' && q.type !== 'numeric') {
      issue(
        ctx,
        ['feedback', 'perAnswer'],
        'per-answer feedback is only for short answer and numeric questions',
      );
    } else if (q.type === 'numeric') {
      feedback.perAnswer.forEach((entry, i) => {
        if (parseNumberText(entry.answer) === null) {
          issue(
            ctx,
            ['feedback', 'perAnswer', i, 'answer'],
            'for a numeric question, give the number this feedback is for',
          );
        }
      });
    }
  }
  if (feedback.perGap !== undefined) {
    if (q.type !== 'cloze') {
      issue(ctx, ['feedback', 'perGap'], 'per-gap feedback is only for gap-fill questions');
    } else {
      const ids = new Set(q.gaps.map((g) => g.id));
      for (const id of Object.keys(feedback.perGap)) {
        if (!ids.has(id)) {
          issue(
            ctx,
            ['feedback', 'perGap', id],
            `feedback for gap "${id}", which is not one of the gaps`,
          );
        }
      }
    }
  }
}
