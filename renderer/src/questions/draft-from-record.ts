import { plainTextOf } from '@shared/content/plain-text';
import type { QuestionRecord } from '@shared/domain/bank';
import {
  isChoiceGapKey,
  isNumericGapKey,
  isTextGapKey,
  type ClozeGap,
  type ContentFormat,
  type GapKey,
  type NumericAlternative,
  type PartialAnswer,
} from '@shared/domain/question-parts';
import {
  emptyDraft,
  emptyGap,
  numberText,
  percentOf,
  type AlternativeDraft,
  type GapDraft,
  type PartialDraft,
  type QuestionDraft,
} from './draft-model';

const partialDrafts = (partial: readonly PartialAnswer[] | undefined): PartialDraft[] =>
  (partial ?? []).map((p) => ({ answer: p.answer, credit: percentOf(p.credit) }));

const alternativeDrafts = (
  alternatives: readonly NumericAlternative[] | undefined,
): AlternativeDraft[] =>
  (alternatives ?? []).map((a) => ({
    value: numberText(a.value),
    tolerance: numberText(a.tolerance),
    toleranceMode: a.toleranceMode,
    credit: percentOf(a.credit),
  }));

function gapDraft(
  gap: ClozeGap,
  key: GapKey | undefined,
  feedback: string,
  format: ContentFormat,
): GapDraft {
  const draft = { ...emptyGap(gap.id, gap.kind), marks: numberText(gap.marks), feedback };
  if (gap.options) draft.options = gap.options.map((o) => plainTextOf(format, o.text));
  if (key && isChoiceGapKey(key)) {
    draft.correct = Math.max(
      0,
      (gap.options ?? []).findIndex((o) => o.id === key.optionId),
    );
  }
  if (key && isTextGapKey(key)) {
    draft.accepted = key.accepted.join('\n');
    draft.caseSensitive = key.caseSensitive;
    draft.partial = partialDrafts(key.partial);
  }
  if (key && isNumericGapKey(key)) {
    draft.value = numberText(key.value);
    draft.tolerance = numberText(key.tolerance);
    draft.toleranceMode = key.toleranceMode;
    draft.alternatives = alternativeDrafts(key.alternatives);
  }
  return draft;
}

/** A saved question as the editor's working copy. */
export function draftFromRecord(q: QuestionRecord): QuestionDraft {
  const draft = emptyDraft(q.type);
  draft.format = q.format ?? 'plain';
  draft.text = q.text;
  draft.marks = numberText(q.marks);
  draft.difficulty = q.difficulty ?? '';
  draft.tags = q.tags.join(', ');
  const fb = q.feedback ?? {};
  draft.feedback = {
    general: fb.general ?? '',
    correct: fb.correct ?? '',
    partial: fb.partial ?? '',
    incorrect: fb.incorrect ?? '',
    perAnswer: (fb.perAnswer ?? []).map((p) => ({ answer: p.answer, text: p.text })),
    perTrue: fb.perOption?.true ?? '',
    perFalse: fb.perOption?.false ?? '',
  };
  if (q.options) {
    draft.options = q.options.map((o) => o.text);
    draft.optionFeedback = q.options.map((o) => fb.perOption?.[o.id] ?? '');
    draft.weights = q.options.map(() => '0');
  }
  const ids = (q.options ?? []).map((o) => o.id);
  const key = q.key;
  if (key && 'optionId' in key) {
    draft.correct = [ids.indexOf(key.optionId)];
    if (key.weights) {
      draft.useWeights = true;
      draft.weights = ids.map((id) => percentOf(key.weights?.[id] ?? 0));
    }
  }
  if (key && 'optionIds' in key) {
    draft.correct = key.optionIds.map((id) => ids.indexOf(id));
    if (key.weights) {
      draft.useWeights = true;
      draft.weights = ids.map((id) => percentOf(key.weights?.[id] ?? 0));
    }
  }
  if (key && 'value' in key && typeof key.value === 'boolean') draft.trueFalse = key.value;
  if (key && 'accepted' in key) {
    draft.accepted = key.accepted.join('\n');
    draft.caseSensitive = key.caseSensitive;
    draft.partial = partialDrafts(key.partial);
  }
  if (key && 'tolerance' in key) {
    draft.numericValue = numberText(key.value);
    draft.tolerance = numberText(key.tolerance);
    draft.toleranceMode = key.toleranceMode;
    draft.alternatives = alternativeDrafts(key.alternatives);
  }
  if (q.premises) draft.premises = q.premises.map((p) => ({ ...p }));
  if (q.responses) draft.responses = q.responses.map((r) => ({ ...r }));
  if (key && 'pairs' in key) draft.pairs = { ...key.pairs };
  if (q.items) {
    // Shown in the key's order: the author writes the items in their right order.
    const byId = new Map(q.items.map((i) => [i.id, i]));
    const order = key && 'order' in key ? key.order : q.items.map((i) => i.id);
    draft.items = order.flatMap((id) => {
      const item = byId.get(id);
      return item ? [{ ...item }] : [];
    });
  }
  if (q.gaps) {
    const gapKeys = key && 'gaps' in key ? key.gaps : {};
    draft.gaps = q.gaps.map((g) =>
      gapDraft(g, gapKeys[g.id], fb.perGap?.[g.id] ?? '', draft.format),
    );
  }
  draft.minWords = q.settings.minWords?.toString() ?? '';
  draft.maxWords = q.settings.maxWords?.toString() ?? '';
  draft.audioPlayLimit = q.settings.audioPlayLimit?.toString() ?? '';
  return draft;
}
