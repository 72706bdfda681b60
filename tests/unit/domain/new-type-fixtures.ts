/** One valid question of each newer shape, for the rule, scoring and view tests. */
export const options = (...ids: string[]) => ids.map((id) => ({ id, text: id.toUpperCase() }));

export const weightedSingle = {
  type: 'single_choice',
  text: 'Which is the best answer?',
  options: options('a', 'b', 'c'),
  key: { optionId: 'a', weights: { a: 1, b: 0.5, c: -0.5 } },
  marks: 2,
};
export const weightedMultiple = {
  type: 'multiple_response',
  text: 'Pick the primes',
  options: options('a', 'b', 'c', 'd'),
  key: { optionIds: ['a', 'b', 'c'], weights: { a: 0.3333333, b: 0.3333333, c: 0.3333333, d: -1 } },
  marks: 3,
};
export const matching = {
  type: 'matching',
  text: 'Match each country to its capital.',
  premises: [
    { id: 'p1', text: 'France' },
    { id: 'p2', text: 'Japan' },
  ],
  responses: [
    { id: 'r1', text: 'Paris' },
    { id: 'r2', text: 'Tokyo' },
    { id: 'r3', text: 'Lima' },
  ],
  key: { pairs: { p1: 'r1', p2: 'r2' } },
  marks: 2,
};
export const ordering = {
  type: 'ordering',
  text: 'Put the planets in order from the Sun.',
  items: [
    { id: 'i1', text: 'Mars' },
    { id: 'i2', text: 'Mercury' },
    { id: 'i3', text: 'Earth' },
  ],
  key: { order: ['i2', 'i3', 'i1'] },
  marks: 3,
};
export const cloze = {
  type: 'cloze',
  text: 'Water boils at {{gap:t}} °C. The capital of Peru is {{gap:c}}, spelt {{gap:s}}.',
  gaps: [
    { id: 't', kind: 'numeric', marks: 1 },
    { id: 'c', kind: 'choice', options: options('lima', 'quito'), marks: 2 },
    { id: 's', kind: 'text', marks: 1 },
  ],
  key: {
    gaps: {
      t: { value: 100, tolerance: 0.5, alternatives: [{ value: 212, tolerance: 0, credit: 0.5 }] },
      c: { optionId: 'lima' },
      s: { accepted: ['Lima'], partial: [{ answer: 'Lyma', credit: 0.5 }] },
    },
  },
  marks: 4,
};
export const description = {
  type: 'description',
  text: 'Read the passage and answer the next three questions.',
  marks: 0,
};
