import type { ReactNode } from 'react';
import type { QuestionSummary } from '@shared/domain/bank';
import { useIntl } from '../i18n/use-intl';
import { formatNumber } from '../lib/format';
import { difficultyTones } from '../lib/labels';
import { Badge } from '../ui/Badge';
import { messages } from './messages';
import { difficultyWords, questionTypeWords } from './question-words';

/** The column headings every question table shares. */
export function QuestionColumns() {
  const intl = useIntl();
  return (
    <thead>
      <tr>
        <th scope="col" className="col-tight">
          {intl.formatMessage(messages.type)}
        </th>
        <th scope="col">{intl.formatMessage(messages.colQuestion)}</th>
        <th scope="col" className="col-num">
          {intl.formatMessage(messages.marks)}
        </th>
        <th scope="col" className="col-tight">
          {intl.formatMessage(messages.difficulty)}
        </th>
        <th scope="col" className="col-tags">
          {intl.formatMessage(messages.tags)}
        </th>
      </tr>
    </thead>
  );
}

interface QuestionCellsProps {
  question: QuestionSummary;
  /** The question text as the table shows it: plain, or a control that opens it. */
  text: ReactNode;
}

/** One question's cells under `QuestionColumns`: type, text with its state, marks, difficulty, tags. */
export function QuestionCells({ question, text }: QuestionCellsProps) {
  const intl = useIntl();
  return (
    <>
      <td className="nowrap">{questionTypeWords[question.type]}</td>
      <td>
        {text}
        {(question.deletedAt !== null || question.conflict) && (
          <span className="cell-sub">
            {question.deletedAt !== null && (
              <Badge tone="danger">{intl.formatMessage(messages.deleted)}</Badge>
            )}{' '}
            {question.conflict && (
              <Badge tone="warning">{intl.formatMessage(messages.editConflict)}</Badge>
            )}
          </span>
        )}
      </td>
      <td className="col-num">{formatNumber(question.marks)}</td>
      <td>
        {question.difficulty === null ? (
          <span className="muted">{intl.formatMessage(messages.notSet)}</span>
        ) : (
          <Badge tone={difficultyTones[question.difficulty]}>
            {difficultyWords[question.difficulty]}
          </Badge>
        )}
      </td>
      <td>
        {question.tags.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="tag-list">
            {question.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </td>
    </>
  );
}
