import type { ReactNode } from 'react';
import type { QuestionSummary } from '@shared/domain/bank';
import { questionTypeLabels } from '@shared/domain/questions';
import { formatNumber } from '../lib/format';
import { difficultyLabels, difficultyTones } from '../lib/labels';
import { Badge } from '../ui/Badge';

/** The column headings every question table shares. */
export function QuestionColumns() {
  return (
    <thead>
      <tr>
        <th scope="col" className="col-tight">
          Type
        </th>
        <th scope="col">Question</th>
        <th scope="col" className="col-num">
          Marks
        </th>
        <th scope="col" className="col-tight">
          Difficulty
        </th>
        <th scope="col" className="col-tags">
          Tags
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
  return (
    <>
      <td className="nowrap">{questionTypeLabels[question.type]}</td>
      <td>
        {text}
        {(question.deletedAt !== null || question.conflict) && (
          <span className="cell-sub">
            {question.deletedAt !== null && <Badge tone="danger">Deleted</Badge>}{' '}
            {question.conflict && <Badge tone="warning">Edit conflict</Badge>}
          </span>
        )}
      </td>
      <td className="col-num">{formatNumber(question.marks)}</td>
      <td>
        {question.difficulty === null ? (
          <span className="muted">Not set</span>
        ) : (
          <Badge tone={difficultyTones[question.difficulty]}>
            {difficultyLabels[question.difficulty]}
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
