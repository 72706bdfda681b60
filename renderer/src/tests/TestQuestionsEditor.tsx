import { useState } from 'react';
import type { ApiErrorBody } from '@shared/api/result';
import {
  difficulties,
  questionTypes,
  type Difficulty,
  type QuestionType,
} from '@shared/domain/questions';
import type { TestDetail } from '@shared/domain/tests';
import { difficultyLabels } from '../lib/labels';
import { questionTypeWords } from '../questions/question-words';
import { useApiMutation } from '../api/use-api-mutation';
import { Badge } from '../ui/Badge';
import { Banner } from '../ui/Banner';
import { groupAbove, groupOutline, setWithDescription } from './description-groups';
import { QuestionPicker } from './QuestionPicker';
import { linesFromTest, totalMarksOf, type TestLine } from './test-lines';
import { testsText } from './tests-text';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

/**
 * The test's questions in order with their marks; add from the bank by hand or
 * draw at random. The list is part of the builder's one draft: editing it saves
 * nothing until the builder's Save. The random draw is made by main on the saved
 * test, so it waits until there is nothing unsaved.
 */
export function TestQuestionsEditor({
  testId,
  lines,
  onChange,
  error,
  unsaved,
  onDrawn,
}: {
  /** Null while the test is not created yet. */
  testId: string | null;
  lines: TestLine[];
  onChange: (lines: TestLine[]) => void;
  /** The last refusal of a save; a question it names is marked. */
  error: ApiErrorBody | null;
  unsaved: boolean;
  onDrawn: (test: TestDetail) => void;
}) {
  const intl = useIntl();
  const draw = useApiMutation('tests.drawRandom');
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
  const total = totalMarksOf(lines);
  const setLines = (change: (ls: TestLine[]) => TestLine[]) => onChange(change(lines));

  const move = (i: number, by: number) =>
    setLines((ls) => {
      const next = [...ls];
      const [item] = next.splice(i, 1);
      if (item) next.splice(i + by, 0, item);
      return next;
    });
  const fieldIndex = /^questions\.(\d+)\./.exec(error?.field ?? '')?.[1];
  const drawBlocked = testId === null || unsaved;
  const outline = groupOutline(lines);

  return (
    <div className="editor">
      {draw.error && (
        <Banner tone="danger" role="alert">
          {shownError(draw.error)}
        </Banner>
      )}
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">
            {intl.formatMessage(messages.questionsInTest)}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="col-num">
                #
              </th>
              <th scope="col">{intl.formatMessage(messages.question)}</th>
              <th scope="col" className="col-num">
                {intl.formatMessage(messages.marks)}
              </th>
              <th scope="col" className="col-tight">
                <span className="visually-hidden">{intl.formatMessage(messages.order)}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => {
              const place = outline[i] ?? { kind: 'none' };
              const rowClasses = [
                fieldIndex === String(i) ? 'is-selected' : '',
                place.kind === 'description' ? 'test-line--group-head' : '',
                place.kind === 'member' ? 'test-line--in-group' : '',
              ].filter(Boolean);
              return (
                <tr
                  key={l.questionId}
                  className={rowClasses.length > 0 ? rowClasses.join(' ') : undefined}
                >
                  <td className="col-num">{intl.formatNumber(i + 1)}</td>
                  <td className={place.kind === 'member' ? 'test-line__grouped' : undefined}>
                    <span className="clamp-2">{l.text}</span>
                    <span className="cell-sub">
                      {questionTypeWords[l.type]}{' '}
                      {!l.hasKey && (
                        <Badge tone="danger">{intl.formatMessage(messages.noKey)}</Badge>
                      )}
                    </span>
                    {place.kind === 'description' && (
                      <span className="cell-sub test-line__group-label">
                        {intl.formatMessage(messages.groupHead, place)}
                      </span>
                    )}
                    {place.kind === 'member' && (
                      <span className="cell-sub test-line__group-label">
                        {intl.formatMessage(messages.groupMember, { number: place.description })}
                      </span>
                    )}
                    {groupAbove(lines, i) !== null && (
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={l.groupId !== null && l.groupId === groupAbove(lines, i)}
                          aria-describedby="with-description-hint"
                          onChange={(e) => onChange(setWithDescription(lines, i, e.target.checked))}
                        />
                        <span>
                          {intl.formatMessage(messages.withDescription)}
                          <span className="visually-hidden">
                            {intl.formatMessage(messages.withDescriptionNumber, { number: i + 1 })}
                          </span>
                        </span>
                      </label>
                    )}
                  </td>
                  <td className="col-num">
                    <input
                      className="input input--narrow"
                      aria-label={intl.formatMessage(messages.marksFor, { number: i + 1 })}
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
                      aria-label={intl.formatMessage(messages.moveUp, { number: i + 1 })}
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={intl.formatMessage(messages.moveDown, { number: i + 1 })}
                      disabled={i === lines.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={intl.formatMessage(messages.removeQuestion, { number: i + 1 })}
                      onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                    >
                      {intl.formatMessage(messages.remove)}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted">{testsText.listCounts(lines.length, total)}</p>
      {lines.some((l) => l.type === 'description') && (
        <p className="field__hint" id="with-description-hint">
          {intl.formatMessage(messages.withDescriptionHint)}
        </p>
      )}

      <QuestionPicker
        isInTest={(id) => lines.some((l) => l.questionId === id)}
        onAdd={(q) =>
          setLines((ls) => [
            ...ls,
            {
              questionId: q.id,
              text: q.text,
              type: q.type,
              marks: String(q.marks),
              hasKey: true,
              groupId: null,
            },
          ])
        }
      />

      <details className="panel__body">
        <summary>{intl.formatMessage(messages.drawAtRandom)}</summary>
        <div className="editor__row">
          <div className="field">
            <label className="field__label" htmlFor="draw-count">
              {intl.formatMessage(messages.howMany)}
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
              {intl.formatMessage(messages.withTag)}
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
              {intl.formatMessage(messages.difficulty)}
            </label>
            <select
              id="draw-difficulty"
              className="select"
              value={drawForm.difficulty}
              onChange={(e) =>
                setDrawForm({ ...drawForm, difficulty: e.target.value as Difficulty | '' })
              }
            >
              <option value="">{intl.formatMessage(messages.any)}</option>
              {difficulties.map((d) => (
                <option key={d} value={d}>
                  {difficultyLabels[d]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="draw-type">
              {intl.formatMessage(messages.type)}
            </label>
            <select
              id="draw-type"
              className="select"
              value={drawForm.type}
              onChange={(e) =>
                setDrawForm({ ...drawForm, type: e.target.value as QuestionType | '' })
              }
            >
              <option value="">{intl.formatMessage(messages.any)}</option>
              {questionTypes.map((t) => (
                <option key={t} value={t}>
                  {questionTypeWords[t]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button
          type="button"
          className="button"
          disabled={draw.busy || drawBlocked}
          aria-describedby="draw-hint"
          onClick={() => {
            if (testId === null) return;
            void draw
              .run({
                id: testId,
                count: Number(drawForm.count),
                ...(drawForm.tag.trim() !== '' && { tag: drawForm.tag.trim() }),
                ...(drawForm.difficulty !== '' && { difficulty: drawForm.difficulty }),
                ...(drawForm.type !== '' && { type: drawForm.type }),
              })
              .then((saved) => {
                if (saved) {
                  onChange(linesFromTest(saved));
                  onDrawn(saved);
                }
              });
          }}
        >
          {intl.formatMessage(messages.drawButton, { count: drawForm.count || 0 })}
        </button>
        <span className="field__hint" id="draw-hint">
          {drawBlocked ? testsText.saveBeforeDraw : intl.formatMessage(messages.drawHint)}
        </span>
      </details>
    </div>
  );
}
