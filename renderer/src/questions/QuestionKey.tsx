import type { ReactNode } from 'react';
import type { StoredQuestion } from '@shared/domain/bank';
import type { LabelledItem } from '@shared/domain/questions';
import { RichText } from '../content/RichText';
import { currentIntl } from '../i18n/intl';
import { translatedLabels } from '../i18n/translated-labels';
import { useIntl } from '../i18n/use-intl';
import { formatNumber } from '../lib/format';
import { messages } from './messages';

type Format = StoredQuestion['format'];

const percentText = (value: string): string =>
  currentIntl().formatMessage(messages.percent, { value });

const percent = (fraction: number): string =>
  percentText(formatNumber(Math.round(fraction * 1000) / 10));

const tolerance = (value: number, within: number, mode: 'absolute' | 'relative'): string =>
  `${formatNumber(value)} ± ${mode === 'relative' ? percentText(formatNumber(within * 100)) : formatNumber(within)}`;

function Item({ item, format }: { item: LabelledItem | undefined; format: Format }) {
  const intl = useIntl();
  if (!item) return <span className="muted">{intl.formatMessage(messages.missing)}</span>;
  return <RichText format={format} text={item.text} inline />;
}

const letter = (i: number): string => String.fromCharCode(65 + i);

function ChoiceKey({ q, correct }: { q: StoredQuestion; correct: readonly string[] }) {
  const intl = useIntl();
  const options = q.options ?? [];
  const weights =
    q.key && ('optionId' in q.key || 'optionIds' in q.key) ? (q.key.weights ?? null) : null;
  const named = (id: string) => {
    const i = options.findIndex((o) => o.id === id);
    return i < 0 ? (
      <span className="muted">{intl.formatMessage(messages.notAnOption, { id })}</span>
    ) : (
      <>
        {letter(i)}. <RichText format={q.format} text={options[i]?.text ?? ''} inline />
      </>
    );
  };
  if (!weights) {
    return (
      <ul aria-label={intl.formatMessage(messages.rightOptions)}>
        {correct.map((id) => (
          <li key={id}>{named(id)}</li>
        ))}
      </ul>
    );
  }
  return (
    <table className="table" aria-label={intl.formatMessage(messages.creditPerOption)}>
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage(messages.option)}</th>
          <th scope="col" className="col-num">
            {intl.formatMessage(messages.credit)}
          </th>
        </tr>
      </thead>
      <tbody>
        {options.map((o) => (
          <tr key={o.id}>
            <td>{named(o.id)}</td>
            <td className="col-num">{percent(weights[o.id] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Partial({ rows }: { rows: Array<{ label: string; credit: number }> }) {
  const intl = useIntl();
  if (rows.length === 0) return null;
  return (
    <ul aria-label={intl.formatMessage(messages.partlyRight)}>
      {rows.map((r) => (
        <li key={r.label}>
          {intl.formatMessage(messages.partialLine, { label: r.label, percent: percent(r.credit) })}
        </li>
      ))}
    </ul>
  );
}

/**
 * A question's answer key in words, for staff: every type, with its
 * partial credit, as lists and tables a screen reader reads in order.
 */
export function QuestionKey({ question: q }: { question: StoredQuestion }) {
  const intl = useIntl();
  const key = q.key;
  const capitals = intl.formatMessage(messages.capitalsMatch);
  if (key === null) {
    return (
      <p>
        {intl.formatMessage(
          q.type === 'essay'
            ? messages.gradedByPerson
            : q.type === 'description'
              ? messages.noKeyDescription
              : messages.noKeyUnpublishable,
        )}
      </p>
    );
  }
  if ('optionId' in key) return <ChoiceKey q={q} correct={[key.optionId]} />;
  if ('optionIds' in key) return <ChoiceKey q={q} correct={key.optionIds} />;
  if ('accepted' in key) {
    return (
      <>
        <p>
          {key.accepted.join(' / ')}
          {key.caseSensitive ? capitals : ''}
        </p>
        <Partial rows={(key.partial ?? []).map((p) => ({ label: p.answer, credit: p.credit }))} />
      </>
    );
  }
  if ('tolerance' in key) {
    return (
      <>
        <p>{tolerance(key.value, key.tolerance, key.toleranceMode)}</p>
        <Partial
          rows={(key.alternatives ?? []).map((a) => ({
            label: tolerance(a.value, a.tolerance, a.toleranceMode),
            credit: a.credit,
          }))}
        />
      </>
    );
  }
  if ('pairs' in key) {
    const responses = q.responses ?? [];
    const used = new Set(Object.values(key.pairs));
    const distractors = responses.filter((r) => !used.has(r.id));
    return (
      <>
        <table className="table" aria-label={intl.formatMessage(messages.rightPairs)}>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(messages.premise)}</th>
              <th scope="col">{intl.formatMessage(messages.rightResponse)}</th>
            </tr>
          </thead>
          <tbody>
            {(q.premises ?? []).map((p) => (
              <tr key={p.id}>
                <td>
                  <Item item={p} format={q.format} />
                </td>
                <td>
                  <Item item={responses.find((r) => r.id === key.pairs[p.id])} format={q.format} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {distractors.length > 0 && (
          <>
            <p>{intl.formatMessage(messages.noPremise)}</p>
            <ul aria-label={intl.formatMessage(messages.distractors)}>
              {distractors.map((r) => (
                <li key={r.id}>
                  <Item item={r} format={q.format} />
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    );
  }
  if ('order' in key) {
    const items = q.items ?? [];
    return (
      <ol aria-label={intl.formatMessage(messages.rightOrder)}>
        {key.order.map((id) => (
          <li key={id}>
            <Item item={items.find((i) => i.id === id)} format={q.format} />
          </li>
        ))}
      </ol>
    );
  }
  if ('gaps' in key) {
    return (
      <table className="table" aria-label={intl.formatMessage(messages.gapKeys)}>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage(messages.gap)}</th>
            <th scope="col">{intl.formatMessage(messages.kind)}</th>
            <th scope="col">{intl.formatMessage(messages.rightAnswer)}</th>
            <th scope="col" className="col-num">
              {intl.formatMessage(messages.marks)}
            </th>
          </tr>
        </thead>
        <tbody>
          {(q.gaps ?? []).map((gap, i) => {
            const gapKey = key.gaps[gap.id];
            let answer: ReactNode = (
              <span className="muted">{intl.formatMessage(messages.noKey)}</span>
            );
            if (gapKey && 'optionId' in gapKey) {
              answer = (
                <Item item={gap.options?.find((o) => o.id === gapKey.optionId)} format={q.format} />
              );
            } else if (gapKey && 'accepted' in gapKey) {
              answer = (
                <>
                  {gapKey.accepted.join(' / ')}
                  {gapKey.caseSensitive ? capitals : ''}
                  <Partial
                    rows={(gapKey.partial ?? []).map((p) => ({
                      label: p.answer,
                      credit: p.credit,
                    }))}
                  />
                </>
              );
            } else if (gapKey && 'tolerance' in gapKey) {
              answer = (
                <>
                  {tolerance(gapKey.value, gapKey.tolerance, gapKey.toleranceMode)}
                  <Partial
                    rows={(gapKey.alternatives ?? []).map((a) => ({
                      label: tolerance(a.value, a.tolerance, a.toleranceMode),
                      credit: a.credit,
                    }))}
                  />
                </>
              );
            }
            return (
              <tr key={gap.id}>
                <td>{formatNumber(i + 1)}</td>
                <td>{gapKindWords[gap.kind]}</td>
                <td>{answer}</td>
                <td className="col-num">{formatNumber(gap.marks)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  }
  return <p>{intl.formatMessage(key.value ? messages.true : messages.false)}</p>;
}

const gapKindWords: Readonly<Record<'choice' | 'text' | 'numeric', string>> = translatedLabels({
  choice: messages.kindChoice,
  text: messages.kindText,
  numeric: messages.kindNumber,
});
