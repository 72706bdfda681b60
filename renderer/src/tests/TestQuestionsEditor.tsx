import { useState } from 'react';
import {
  difficulties,
  questionTypeLabels,
  questionTypes,
  type Difficulty,
  type QuestionType,
} from '@shared/domain/questions';
import type { TestDetail } from '@shared/domain/tests';
import { useApiQuery } from '../api/use-api-query';
import { plural } from '../lib/format';
import { difficultyLabels } from '../lib/labels';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { useApiMutation } from '../api/use-api-mutation';
import { Badge } from '../ui/Badge';
import { Banner } from '../ui/Banner';

interface Line {
  questionId: string;
  text: string;
  type: QuestionType;
  marks: string;
  hasKey: boolean;
}

/** The test's questions in order with their marks; add from the bank by hand or draw at random. */
export function TestQuestionsEditor({
  test,
  onSaved,
}: {
  test: TestDetail;
  onSaved: (t: TestDetail) => void;
}) {
  const [lines, setLines] = useState<Line[]>(() =>
    test.questions.map((q) => ({
      questionId: q.questionId,
      text: q.text,
      type: q.type,
      marks: String(q.marks),
      hasKey: q.hasKey,
    })),
  );
  const save = useApiMutation('tests.setQuestions');
  const draw = useApiMutation('tests.drawRandom');
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim(), 150);
  const bank = useApiQuery('questions.list', {
    limit: 20,
    ...(settled !== '' ? { search: settled } : {}),
  });
  const [drawForm, setDrawForm] = useState<{
    count: string;
    tag: string;
    difficulty: Difficulty | '';
    type: QuestionType | '';
  }>({
    count: '5',
    tag: '',
    difficulty: '',
    type: '',
  });
  const total = lines.reduce((s, l) => s + (Number(l.marks) || 0), 0);
  const dirty =
    JSON.stringify(lines.map((l) => [l.questionId, Number(l.marks)])) !==
    JSON.stringify(test.questions.map((q) => [q.questionId, q.marks]));

  const move = (i: number, by: number) =>
    setLines((ls) => {
      const next = [...ls];
      const [item] = next.splice(i, 1);
      if (item) next.splice(i + by, 0, item);
      return next;
    });
  const error = save.error ?? draw.error;
  const fieldIndex = /^questions\.(\d+)\./.exec(save.error?.field ?? '')?.[1];

  return (
    <div className="editor">
      {error && (
        <Banner tone="danger" role="alert">
          {error.message}
        </Banner>
      )}
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Questions in this test</caption>
          <thead>
            <tr>
              <th scope="col" className="col-num">
                #
              </th>
              <th scope="col">Question</th>
              <th scope="col" className="col-num">
                Marks
              </th>
              <th scope="col" className="col-tight">
                <span className="visually-hidden">Order</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr
                key={l.questionId}
                className={fieldIndex === String(i) ? 'is-selected' : undefined}
              >
                <td className="col-num">{i + 1}</td>
                <td>
                  <span className="clamp-2">{l.text}</span>
                  <span className="cell-sub">
                    {questionTypeLabels[l.type]} {!l.hasKey && <Badge tone="danger">No key</Badge>}
                  </span>
                </td>
                <td className="col-num">
                  <input
                    className="input input--narrow"
                    aria-label={`Marks for question ${i + 1}`}
                    inputMode="decimal"
                    value={l.marks}
                    onChange={(e) =>
                      setLines((ls) =>
                        ls.map((x, j) => (j === i ? { ...x, marks: e.target.value } : x)),
                      )
                    }
                  />
                </td>
                <td className="nowrap">
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={`Move question ${i + 1} up`}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={`Move question ${i + 1} down`}
                    disabled={i === lines.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={`Remove question ${i + 1}`}
                    onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="editor__actions">
        <span className="muted">
          {plural(lines.length, 'question')}, {plural(total, 'mark')} in all
        </span>
        <button
          type="button"
          className="button button--primary"
          disabled={!dirty || save.busy}
          onClick={() =>
            void save
              .run({
                id: test.id,
                questions: lines.map((l) => ({ questionId: l.questionId, marks: Number(l.marks) })),
              })
              .then((saved) => {
                if (saved) onSaved(saved);
              })
          }
        >
          Save questions
        </button>
      </div>

      <div className="subsection">
        <h3 className="subsection__title">Add questions from the bank</h3>
        <div className="field">
          <label className="field__label" htmlFor="add-search">
            Search the bank
          </label>
          <input
            id="add-search"
            className="input"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <ul className="history">
          {(bank.data?.items ?? []).map((q) => {
            const inTest = lines.some((l) => l.questionId === q.id);
            return (
              <li key={q.id} className="option-row option-row--add">
                <span className="clamp-2">{q.text}</span>
                <button
                  type="button"
                  className="button button--small"
                  disabled={inTest}
                  aria-label={`Add: ${q.text.slice(0, 60)}`}
                  onClick={() =>
                    setLines((ls) => [
                      ...ls,
                      {
                        questionId: q.id,
                        text: q.text,
                        type: q.type,
                        marks: String(q.marks),
                        hasKey: true,
                      },
                    ])
                  }
                >
                  {inTest ? 'Added' : 'Add'}
                </button>
              </li>
            );
          })}
        </ul>
      </div>

      <details className="panel__body">
        <summary>Draw questions at random</summary>
        <div className="editor__row">
          <div className="field">
            <label className="field__label" htmlFor="draw-count">
              How many
            </label>
            <input
              id="draw-count"
              className="input input--narrow"
              inputMode="numeric"
              value={drawForm.count}
              onChange={(e) => setDrawForm({ ...drawForm, count: e.target.value })}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="draw-tag">
              With tag
            </label>
            <input
              id="draw-tag"
              className="input"
              value={drawForm.tag}
              onChange={(e) => setDrawForm({ ...drawForm, tag: e.target.value })}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="draw-difficulty">
              Difficulty
            </label>
            <select
              id="draw-difficulty"
              className="select"
              value={drawForm.difficulty}
              onChange={(e) =>
                setDrawForm({ ...drawForm, difficulty: e.target.value as Difficulty | '' })
              }
            >
              <option value="">Any</option>
              {difficulties.map((d) => (
                <option key={d} value={d}>
                  {difficultyLabels[d]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="draw-type">
              Type
            </label>
            <select
              id="draw-type"
              className="select"
              value={drawForm.type}
              onChange={(e) =>
                setDrawForm({ ...drawForm, type: e.target.value as QuestionType | '' })
              }
            >
              <option value="">Any</option>
              {questionTypes.map((t) => (
                <option key={t} value={t}>
                  {questionTypeLabels[t]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button
          type="button"
          className="button"
          disabled={draw.busy || dirty}
          title={dirty ? 'Save your changes to the list first' : undefined}
          onClick={() =>
            void draw
              .run({
                id: test.id,
                count: Number(drawForm.count),
                ...(drawForm.tag.trim() !== '' && { tag: drawForm.tag.trim() }),
                ...(drawForm.difficulty !== '' && { difficulty: drawForm.difficulty }),
                ...(drawForm.type !== '' && { type: drawForm.type }),
              })
              .then((saved) => {
                if (saved) {
                  setLines(
                    saved.questions.map((q) => ({
                      questionId: q.questionId,
                      text: q.text,
                      type: q.type,
                      marks: String(q.marks),
                      hasKey: q.hasKey,
                    })),
                  );
                  onSaved(saved);
                }
              })
          }
        >
          Draw {drawForm.count || 0} at random
        </button>
        <span className="field__hint">
          The draw is made now: every student sits the same questions.
        </span>
      </details>
    </div>
  );
}
