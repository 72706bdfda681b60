import {
  questionContentSchema,
  type QuestionContent,
  type QuestionContentInput,
} from '@shared/domain/questions';
import type { ExportQuestion } from '@shared/interchange/types';

/**
 * Questions of every type with what the plain samples leave out: weights,
 * partial credit, feedback, rich text, matching, ordering, cloze and a
 * description. Writers must bring each back field by field.
 */
const raw: Record<string, QuestionContentInput> = {
  weightedSingle: {
    type: 'single_choice',
    text: 'Which city is the capital of Australia?',
    options: [
      { id: 'a', text: 'Canberra' },
      { id: 'b', text: 'Sydney' },
      { id: 'c', text: 'Melbourne' },
      { id: 'd', text: 'Auckland' },
    ],
    key: { optionId: 'a', weights: { a: 1, b: 0.5, c: 0.25, d: -0.5 } },
    marks: 2,
    tags: ['geography'],
    feedback: {
      general: 'Canberra was a compromise.',
      perOption: { a: 'Yes.', b: 'The largest.' },
    },
  },
  weightedMultiple: {
    type: 'multiple_response',
    text: 'Pick the warm colours.',
    options: [
      { id: 'a', text: 'red' },
      { id: 'b', text: 'orange' },
      { id: 'c', text: 'blue' },
    ],
    key: { optionIds: ['a', 'b'], weights: { a: 0.7, b: 0.3, c: -1 } },
    marks: 1,
  },
  richChoice: {
    type: 'single_choice',
    format: 'html',
    text: '<p>Students who are <strong>new</strong> to the course read <em>this</em> first.</p>',
    options: [
      { id: 'a', text: 'the <em>handbook</em>' },
      { id: 'b', text: 'the timetable' },
    ],
    key: { optionId: 'a' },
    marks: 1,
    feedback: { perOption: { b: '<strong>No</strong>: the handbook.' } },
  },
  trueFalse: {
    type: 'true_false',
    text: '42 is the answer.',
    options: null,
    key: { value: false },
    marks: 1,
    feedback: {
      general: 'A Hitchhiker reference.',
      perOption: { true: 'It is the Ultimate Answer.', false: 'Right.' },
    },
  },
  shortPartial: {
    type: 'short_answer',
    text: 'Which is the best animal?',
    options: null,
    key: { accepted: ['Frog'], caseSensitive: false, partial: [{ answer: 'Cat', credit: 0.5 }] },
    marks: 1,
    feedback: {
      perAnswer: [
        { answer: 'Frog', text: 'Good!' },
        { answer: 'Cat', text: 'Cats again.' },
      ],
    },
  },
  numericAlternatives: {
    type: 'numeric',
    text: 'What is 22 / 7 to two places?',
    options: null,
    key: {
      value: 3.14,
      tolerance: 0.005,
      toleranceMode: 'absolute',
      alternatives: [{ value: 3.1, tolerance: 0.05, toleranceMode: 'absolute', credit: 0.5 }],
    },
    marks: 1,
  },
  essay: {
    type: 'essay',
    text: 'Discuss the causes of the war.',
    options: null,
    key: null,
    marks: 10,
    settings: { minWords: 100, maxWords: 500 },
    feedback: { general: 'Mention at least three causes.' },
  },
  matching: {
    type: 'matching',
    text: 'Match the country to its capital.',
    options: null,
    premises: [
      { id: 'p1', text: 'France' },
      { id: 'p2', text: 'Italy' },
    ],
    responses: [
      { id: 'r1', text: 'Paris' },
      { id: 'r2', text: 'Rome' },
      { id: 'r3', text: 'Madrid' },
    ],
    key: { pairs: { p1: 'r1', p2: 'r2' } },
    marks: 2,
  },
  oneGapCloze: {
    type: 'cloze',
    text: 'The Moon {{gap:g1}} the Earth.',
    options: null,
    gaps: [
      {
        id: 'g1',
        kind: 'choice',
        options: [
          { id: 'a', text: 'orbits' },
          { id: 'b', text: 'circles' },
        ],
        marks: 1,
      },
    ],
    key: { gaps: { g1: { optionId: 'a' } } },
    marks: 1,
  },
  description: {
    type: 'description',
    text: 'Read the passage below before the next questions.',
    options: null,
    key: null,
    marks: 0,
  },
  ordering: {
    type: 'ordering',
    text: 'Put the planets in order from the Sun.',
    options: null,
    items: [
      { id: 'i1', text: 'Mercury' },
      { id: 'i2', text: 'Venus' },
      { id: 'i3', text: 'Earth' },
    ],
    key: { order: ['i1', 'i2', 'i3'] },
    marks: 1,
  },
  multiGapCloze: {
    type: 'cloze',
    text: 'Water boils at {{gap:t}} degrees, and its formula is {{gap:f}}; it is {{gap:c}}.',
    options: null,
    gaps: [
      { id: 't', kind: 'numeric', marks: 1 },
      { id: 'f', kind: 'text', marks: 1 },
      {
        id: 'c',
        kind: 'choice',
        options: [
          { id: 'a', text: 'wet' },
          { id: 'b', text: 'dry' },
        ],
        marks: 1,
      },
    ],
    key: {
      gaps: {
        t: { value: 100, tolerance: 0.5, toleranceMode: 'absolute' },
        f: { accepted: ['H2O'], caseSensitive: true },
        c: { optionId: 'a' },
      },
    },
    marks: 3,
  },
};

export const richSamples: Record<string, QuestionContent> = Object.fromEntries(
  Object.entries(raw).map(([name, q]) => [name, questionContentSchema.parse(q)]),
);

export const richExport = (names: readonly string[]): ExportQuestion[] =>
  names.map((name) => {
    const content = richSamples[name];
    if (!content) throw new Error(`no sample ${name}`);
    return { id: name, content };
  });
