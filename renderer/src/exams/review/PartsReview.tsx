import { clozeGapIds } from '@shared/content/cloze';
import {
  isChoiceGapKey,
  isNumericGapKey,
  type GapKey,
  type LabelledItem,
} from '@shared/domain/question-parts';
import type { QuestionReview } from '@shared/review/question-review';
import type { PartScore } from '@shared/scoring/score-types';
import { RichText } from '../../content/RichText';
import { InlineFeedback } from './FeedbackBlock';
import { marksWords, numberWithTolerance, orWords } from './review-words';
import { formatNumber } from '../../lib/format';
import { useIntl } from '../../i18n/use-intl';
import { messages } from './messages';

function partOf(parts: PartScore[] | null, id: string): PartScore | undefined {
  return parts?.find((p) => p.partId === id);
}

function PartMarks({ part }: { part: PartScore | undefined }) {
  const intl = useIntl();
  if (!part) return <td>–</td>;
  return (
    <td className="review-table__marks">
      <span className="review-tag">
        {intl.formatMessage(part.isCorrect ? messages.right : messages.wrong)}
      </span>{' '}
      {marksWords(part.marksObtained, part.fullMarks)}
    </td>
  );
}

function ItemText({ review, item }: { review: QuestionReview; item: LabelledItem | undefined }) {
  const intl = useIntl();
  if (!item) return <em>{intl.formatMessage(messages.none)}</em>;
  return <RichText format={review.question.format} text={item.text} inline />;
}

/** Each premise with the response the student chose and the right one. */
export function MatchingReview({ review }: { review: QuestionReview }) {
  const intl = useIntl();
  const { question } = review;
  const responses = new Map((question.responses ?? []).map((r) => [r.id, r]));
  const given = review.answer?.type === 'matching' ? review.answer.pairs : {};
  const right = review.key?.type === 'matching' ? review.key.key.pairs : null;
  const responseFor = (pairs: Record<string, string | null>, id: string) => {
    const responseId = Object.hasOwn(pairs, id) ? pairs[id] : null;
    return responseId === null || responseId === undefined ? undefined : responses.get(responseId);
  };
  return (
    <table className="table review-table">
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage(messages.columnItem)}</th>
          <th scope="col">{intl.formatMessage(messages.yourAnswer)}</th>
          {right && <th scope="col">{intl.formatMessage(messages.correctAnswer)}</th>}
          <th scope="col">{intl.formatMessage(messages.columnMarks)}</th>
        </tr>
      </thead>
      <tbody>
        {(question.premises ?? []).map((premise) => (
          <tr key={premise.id}>
            <th scope="row">
              <ItemText review={review} item={premise} />
            </th>
            <td>
              <ItemText review={review} item={responseFor(given, premise.id)} />
            </td>
            {right && (
              <td>
                <ItemText review={review} item={responseFor(right, premise.id)} />
              </td>
            )}
            <PartMarks part={partOf(review.parts, premise.id)} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each position with the student's item and the item that belongs there. */
export function OrderingReview({ review }: { review: QuestionReview }) {
  const intl = useIntl();
  const { question } = review;
  const items = new Map((question.items ?? []).map((i) => [i.id, i]));
  const given = review.answer?.type === 'ordering' ? review.answer.order : [];
  const right = review.key?.type === 'ordering' ? review.key.key.order : null;
  const positions = Math.max(given.length, right?.length ?? 0, question.items?.length ?? 0);
  return (
    <table className="table review-table">
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage(messages.columnPosition)}</th>
          <th scope="col">{intl.formatMessage(messages.yourOrder)}</th>
          {right && <th scope="col">{intl.formatMessage(messages.correctOrder)}</th>}
          <th scope="col">{intl.formatMessage(messages.columnMarks)}</th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: positions }, (_, i) => {
          const rightId = right?.[i];
          const givenId = given[i];
          return (
            <tr key={i}>
              <th scope="row">{formatNumber(i + 1)}</th>
              <td>
                <ItemText
                  review={review}
                  item={givenId === undefined ? undefined : items.get(givenId)}
                />
              </td>
              {right && (
                <td>
                  <ItemText
                    review={review}
                    item={rightId === undefined ? undefined : items.get(rightId)}
                  />
                </td>
              )}
              <PartMarks part={rightId === undefined ? undefined : partOf(review.parts, rightId)} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function gapKeyWords(key: GapKey | undefined, options: LabelledItem[]): LabelledItem | string {
  if (key === undefined) return '–';
  if (isChoiceGapKey(key)) return options.find((o) => o.id === key.optionId) ?? key.optionId;
  if (isNumericGapKey(key)) return numberWithTolerance(key);
  return orWords(key.accepted);
}

/** Each gap, in reading order: what the student gave, what was right, its marks and feedback. */
export function ClozeReview({ review }: { review: QuestionReview }) {
  const intl = useIntl();
  const { question } = review;
  const gaps = new Map((question.gaps ?? []).map((g) => [g.id, g]));
  const given = review.answer?.type === 'cloze' ? review.answer.gaps : {};
  const keys = review.key?.type === 'cloze' ? review.key.key.gaps : null;
  const feedback = new Map(review.feedback?.perGap.map((f) => [f.gapId, f.text]) ?? []);
  const shown = (value: LabelledItem | string) =>
    typeof value === 'string' ? (
      value
    ) : (
      <RichText format={question.format} text={value.text} inline />
    );
  return (
    <table className="table review-table">
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage(messages.columnGap)}</th>
          <th scope="col">{intl.formatMessage(messages.yourAnswer)}</th>
          {keys && <th scope="col">{intl.formatMessage(messages.correctAnswer)}</th>}
          <th scope="col">{intl.formatMessage(messages.columnMarks)}</th>
        </tr>
      </thead>
      <tbody>
        {clozeGapIds(question.text).map((gapId, i) => {
          const gap = gaps.get(gapId);
          const options = gap?.options ?? [];
          const text = Object.hasOwn(given, gapId) ? given[gapId] : null;
          const answer =
            text === null || text === undefined || text.trim() === ''
              ? null
              : gap?.kind === 'choice'
                ? (options.find((o) => o.id === text) ?? text)
                : text;
          return (
            <tr key={`${gapId}-${i}`}>
              <th scope="row">
                {intl.formatMessage(messages.gap, { position: formatNumber(i + 1) })}
              </th>
              <td>
                {answer === null ? (
                  <em>{intl.formatMessage(messages.unanswered)}</em>
                ) : (
                  shown(answer)
                )}
                <InlineFeedback text={feedback.get(gapId)} format={question.format} />
              </td>
              {keys && (
                <td>
                  {shown(
                    gapKeyWords(Object.hasOwn(keys, gapId) ? keys[gapId] : undefined, options),
                  )}
                </td>
              )}
              <PartMarks part={partOf(review.parts, gapId)} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
