import type { ExamQuestion, ExamSession } from '@shared/domain/exam';
import { sequentialIds } from '@shared/ids';
import { hashFor } from './harness-media';

const ids = sequentialIds(Date.UTC(2026, 8, 1), 23);

const options = (i: number, rich: boolean) =>
  ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    text: rich
      ? `<p>Option <strong>${id.toUpperCase()}</strong> of ${i}</p>`
      : `Option ${id} of ${i}`,
  }));

/** Question i of the long paper: two images and three formulas, each formula its own. */
function richStem(i: number): string {
  return (
    `<p>Question ${i}: a mass of \\(m_{${i}} = ${i}\\,\\mathrm{kg}\\) hangs from the pulley shown.</p>` +
    `<p><img src="media:${hashFor(2 * i)}" alt="Pulley diagram ${i}" width="320" height="200"></p>` +
    `<p>Its energy is \\[E_{${i}} = \\frac{1}{2} m v^2 + m g h_{${i}}\\] and the work done is ` +
    `$$W = \\int_0^{${i}} F(x)\\,dx$$</p>` +
    `<p><img src="media:${hashFor(2 * i + 1)}" alt="Force graph ${i}" width="320" height="200"></p>`
  );
}

function longQuestion(i: number, rich: boolean): ExamQuestion {
  const base = {
    questionId: ids(),
    versionId: ids(),
    number: i,
    marks: 1,
    settings: {},
    format: rich ? ('html' as const) : ('plain' as const),
    text: rich ? richStem(i) : `Question ${i}: a mass hangs from a pulley. What is its energy?`,
  };
  switch (i % 3) {
    case 0:
      return { ...base, type: 'single_choice', options: options(i, rich) };
    case 1:
      return { ...base, type: 'multiple_response', options: options(i, rich) };
    default:
      return { ...base, type: 'numeric', options: null };
  }
}

/** The navigation paper: `count` questions, rich (html, images, TeX) or plain. */
export function longPaper(count: number, rich: boolean): ExamSession {
  return session(
    rich ? `Rich paper (${count} questions)` : `Plain paper (${count} questions)`,
    Array.from({ length: count }, (_, i) => longQuestion(i + 1, rich)),
  );
}

export const longPaperImages = (count: number): number[] =>
  Array.from({ length: count * 2 }, (_, i) => i + 2);

export const LISTENING_CLIP = 9_001;

/** One of each newer item, rich, for the keyboard and pointer runs in Chromium. */
export function itemsPaper(): ExamSession {
  const q = (number: number, rest: Omit<ExamQuestion, 'questionId' | 'versionId' | 'number'>) => ({
    questionId: ids(),
    versionId: ids(),
    number,
    ...rest,
  });
  return session('Item types', [
    q(1, {
      type: 'description',
      format: 'html',
      text:
        '<p>Listen to the announcement, then answer.</p><p><audio src="media:' +
        hashFor(LISTENING_CLIP) +
        '"></audio></p>',
      options: null,
      marks: 0,
      settings: { audioPlayLimit: 2 },
      groupId: 'listening',
    }),
    q(2, {
      type: 'matching',
      format: 'html',
      text: '<p>Match each quantity with its unit.</p>',
      options: null,
      marks: 3,
      settings: {},
      premises: [
        { id: 'force', text: '<p>Force \\(F\\)</p>' },
        { id: 'energy', text: '<p>Energy \\(E\\)</p>' },
        { id: 'power', text: '<p>Power \\(P\\)</p>' },
      ],
      responses: [
        { id: 'watt', text: '<p>watt</p>' },
        { id: 'newton', text: '<p>newton</p>' },
        { id: 'joule', text: '<p>joule</p>' },
        { id: 'pascal', text: '<p>pascal</p>' },
      ],
    }),
    q(3, {
      type: 'ordering',
      format: 'html',
      text: '<p>Order from smallest to largest.</p>',
      options: null,
      marks: 3,
      settings: {},
      items: [
        { id: 'km', text: '<p>\\(1\\,\\mathrm{km}\\)</p>' },
        { id: 'mm', text: '<p>\\(1\\,\\mathrm{mm}\\)</p>' },
        { id: 'm', text: '<p>\\(1\\,\\mathrm{m}\\)</p>' },
        { id: 'cm', text: '<p>\\(1\\,\\mathrm{cm}\\)</p>' },
      ],
    }),
    q(4, {
      type: 'cloze',
      format: 'html',
      text:
        '<p>Light travels at about {{gap:speed}} km/s. The unit of charge is the {{gap:unit}}.</p>' +
        '<p>Its symbol is <strong>{{gap:symbol}}</strong>.</p>',
      options: null,
      marks: 3,
      settings: {},
      gaps: [
        { id: 'speed', kind: 'numeric', options: null, marks: 1 },
        {
          id: 'unit',
          kind: 'choice',
          options: [
            { id: 'ampere', text: 'ampere' },
            { id: 'coulomb', text: 'coulomb' },
            { id: 'volt', text: 'volt' },
          ],
          marks: 1,
        },
        { id: 'symbol', kind: 'text', options: null, marks: 1 },
      ],
    }),
  ]);
}

function session(testName: string, questions: ExamQuestion[]): ExamSession {
  return {
    attemptId: ids(),
    testId: ids(),
    testName,
    attemptNo: 1,
    status: 'in_progress',
    allowReview: true,
    startedAt: '2026-09-01T09:00:00.000Z',
    questions,
    answers: [],
    clock: { limitMs: null, extraMs: 0, elapsedMs: 0, remainingMs: null },
  };
}
