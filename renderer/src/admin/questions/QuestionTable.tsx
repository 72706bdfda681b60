import type { QuestionSummary } from '../../../../shared/domain/bank';
import { questionTypeLabels } from '../../../../shared/domain/questions';
import { formatNumber } from '../../lib/format';
import { difficultyLabels, difficultyTones } from '../../lib/labels';
import { Badge } from '../../ui/Badge';

interface QuestionTableProps {
  questions: readonly QuestionSummary[];
  caption: string;
  busy: boolean;
}

/** Questions as a read-only table: type, text, marks, difficulty, tags. */
export function QuestionTable({ questions, caption, busy }: QuestionTableProps) {
  return (
    <div className={`table-scroll${busy ? ' table-scroll--busy' : ''}`}>
      <table className="table" aria-busy={busy}>
        <caption className="visually-hidden">{caption}</caption>
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
        <tbody>
          {questions.map((question) => (
            <tr key={question.id}>
              <td className="nowrap">{questionTypeLabels[question.type]}</td>
              <td>
                <span className="clamp-2" title={question.text}>
                  {question.text}
                </span>
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
