import type { QuestionSummary } from '@shared/domain/bank';
import { QuestionCells, QuestionColumns } from './QuestionCells';

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
        <QuestionColumns />
        <tbody>
          {questions.map((question) => (
            <tr key={question.id}>
              <QuestionCells
                question={question}
                text={
                  <span className="clamp-2" title={question.text}>
                    {question.text}
                  </span>
                }
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
