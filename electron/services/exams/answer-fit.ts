import { walkHtml } from '@shared/content/html-walk';
import { richTextFields } from '@shared/content/rich-fields';
import { mediaSrcPattern } from '@shared/content/rich-text-policy';
import type { PaperEntry } from '@shared/delivery/paper';
import type { StoredQuestion } from '@shared/domain/bank';
import type { AnswerValue, GapKind, QuestionType } from '@shared/domain/questions';

/**
 * What an answer to one paper entry may name, worked out once when the
 * attempt is loaded, so checking a save costs a few set lookups.
 */
export interface AnswerShape {
  type: QuestionType;
  /** Choice options, in this paper's order. */
  optionIds: readonly string[];
  premiseIds: ReadonlySet<string>;
  responseIds: ReadonlySet<string>;
  itemIds: ReadonlySet<string>;
  gaps: ReadonlyMap<string, { kind: GapKind; optionIds: ReadonlySet<string> | null }>;
  /** The audio clips the question's content plays. */
  audio: ReadonlySet<string>;
  /** How many times its audio may be started in one attempt; null for no limit. */
  playLimit: number | null;
}

const idsOf = (items: readonly { id: string }[] | null | undefined) =>
  new Set((items ?? []).map((i) => i.id));

/** The clips a question's html plays, in any rich field (images are not plays). */
function audioRefsOf(question: StoredQuestion): Set<string> {
  const audio = new Set<string>();
  if (question.format !== 'html') return audio;
  for (const field of richTextFields(question)) {
    walkHtml(field.text, {
      open(tag, attributes) {
        const hash = tag === 'audio' ? mediaSrcPattern.exec(attributes.src ?? '')?.[1] : undefined;
        if (hash !== undefined) audio.add(hash);
      },
    });
  }
  return audio;
}

export function answerShapeOf(entry: PaperEntry, question: StoredQuestion): AnswerShape {
  return {
    type: question.type,
    optionIds: entry.optionOrder ?? [],
    premiseIds: idsOf(question.premises),
    responseIds: idsOf(question.responses),
    itemIds: idsOf(question.items),
    gaps: new Map(
      (question.gaps ?? []).map((g) => [
        g.id,
        { kind: g.kind, optionIds: g.kind === 'choice' ? idsOf(g.options) : null },
      ]),
    ),
    audio: audioRefsOf(question),
    playLimit: question.settings.audioPlayLimit ?? null,
  };
}

export interface AnswerProblem {
  field: string;
  message: string;
}

const notAnOption = 'that option is not one of this question’s options';

/** Why an answer does not fit the question on the paper, naming the field; null when it fits. */
export function answerProblem(shape: AnswerShape, answer: AnswerValue): AnswerProblem | null {
  if (shape.type === 'description') {
    return { field: 'answer', message: 'this is a passage to read; it takes no answer' };
  }
  if (answer.type !== shape.type) {
    return { field: 'answer.type', message: `this question takes a ${shape.type} answer` };
  }
  switch (answer.type) {
    case 'single_choice':
      return shape.optionIds.includes(answer.optionId)
        ? null
        : { field: 'answer.optionId', message: notAnOption };
    case 'multiple_response': {
      const bad = answer.optionIds.findIndex((id) => !shape.optionIds.includes(id));
      return bad < 0 ? null : { field: `answer.optionIds.${bad}`, message: notAnOption };
    }
    case 'numeric':
      return Number.isFinite(answer.value)
        ? null
        : { field: 'answer.value', message: 'the answer must be a number' };
    case 'matching':
      for (const [premise, response] of Object.entries(answer.pairs)) {
        const field = `answer.pairs.${premise}`;
        if (!shape.premiseIds.has(premise)) {
          return { field, message: 'that is not one of this question’s items to match' };
        }
        if (response !== null && !shape.responseIds.has(response)) {
          return { field, message: 'that is not one of this question’s answers to match with' };
        }
      }
      return null;
    case 'ordering': {
      const seen = new Set<string>();
      for (const [i, id] of answer.order.entries()) {
        if (!shape.itemIds.has(id)) {
          return { field: `answer.order.${i}`, message: 'that is not one of the items to order' };
        }
        if (seen.has(id)) return { field: `answer.order.${i}`, message: 'an item is listed twice' };
        seen.add(id);
      }
      if (seen.size !== 0 && seen.size !== shape.itemIds.size) {
        return { field: 'answer.order', message: 'put every item in the order' };
      }
      return null;
    }
    case 'cloze':
      for (const [gapId, value] of Object.entries(answer.gaps)) {
        const gap = shape.gaps.get(gapId);
        const field = `answer.gaps.${gapId}`;
        if (!gap) return { field, message: 'that is not one of the gaps in this passage' };
        if (value !== null && gap.optionIds !== null && !gap.optionIds.has(value)) {
          return { field, message: 'that is not one of this gap’s options' };
        }
      }
      return null;
    default:
      return null;
  }
}
