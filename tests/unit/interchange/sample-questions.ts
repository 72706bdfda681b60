import {
  questionContentSchema,
  type QuestionContent,
  type QuestionContentInput,
} from '@shared/domain/questions';
import type { ExportQuestion } from '@shared/interchange/types';

const raw: QuestionContentInput[] = [
  {
    type: 'single_choice',
    text: 'What is the capital of Australia?',
    options: [
      { id: 'a', text: 'Sydney' },
      { id: 'b', text: 'Canberra' },
      { id: 'c', text: 'Melbourne' },
    ],
    key: { optionId: 'b' },
    marks: 2,
    difficulty: 'easy',
    tags: ['geography', 'capitals'],
  },
  {
    type: 'multiple_response',
    text: 'Select the primes: {curly} = sign, #hash, ~tilde, colon: and a back\\slash',
    options: [
      { id: 'a', text: '2' },
      { id: 'b', text: '9 | not prime' },
      { id: 'c', text: '13, "quoted"' },
      { id: 'd', text: '=15' },
    ],
    key: { optionIds: ['a', 'c'] },
    marks: 3,
    difficulty: 'medium',
    tags: ['maths'],
  },
  {
    type: 'true_false',
    text: 'Light is faster than sound.',
    options: null,
    key: { value: true },
    marks: 1,
    difficulty: null,
    tags: [],
  },
  {
    type: 'true_false',
    text: 'Spiders are insects.',
    options: null,
    key: { value: false },
    marks: 1,
    difficulty: 'hard',
    tags: ['biology'],
  },
  {
    type: 'short_answer',
    text: 'Name the largest planet.\nOne word.',
    options: null,
    key: { accepted: ['Jupiter', 'jupiter planet'], caseSensitive: true },
    marks: 1.5,
    difficulty: 'medium',
    tags: ['astronomy'],
  },
  {
    type: 'numeric',
    text: 'What is 22 / 7 to two decimal places?',
    options: null,
    key: { value: 3.14, tolerance: 0.005, toleranceMode: 'absolute' },
    marks: 2,
    difficulty: 'hard',
    tags: ['maths'],
  },
  {
    type: 'numeric',
    text: 'Speed of light in km/s?',
    options: null,
    key: { value: 299792, tolerance: 0.01, toleranceMode: 'relative' },
    marks: 1,
    difficulty: null,
    tags: [],
  },
  {
    type: 'essay',
    text: 'Discuss the causes of the First World War.',
    options: null,
    key: null,
    marks: 10,
    difficulty: 'hard',
    tags: ['history'],
    settings: { minWords: 100, maxWords: 500 },
  },
  {
    type: 'essay',
    text: '-5 degrees: is that cold? Explain.',
    options: null,
    key: null,
    marks: 5,
    difficulty: null,
    tags: [],
  },
];

/** One question of every type, with the characters each format must escape. */
export const sampleQuestions: QuestionContent[] = raw.map((q) => questionContentSchema.parse(q));

export const sampleExport: ExportQuestion[] = sampleQuestions.map((content, i) => ({
  id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
  content,
}));
