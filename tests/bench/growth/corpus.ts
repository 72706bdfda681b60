import type { MethodInput } from '@shared/api/contract';

/** A small deterministic generator: the same bank and the same searches on every run. */
export function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    /** Skewed towards the front of the list, as word use is. */
    skewed: <T>(items: readonly T[]): T => items[Math.floor(next() ** 2.5 * items.length)] as T,
  };
}

const common = (
  'the of and a to in is which what that for on with as by at from this be are was it an ' +
  'or not how why when where who most each one two three many more than between after before ' +
  'statement following correct true false describe explain calculate choose best answer shown'
).split(' ');

const subjects = {
  algebra:
    'equation variable quadratic linear factor polynomial expression solve root coefficient slope',
  biology:
    'cell membrane enzyme protein photosynthesis chlorophyll mitochondria organism species gene',
  chemistry: 'molecule atom bond reaction acid base electron oxidation catalyst solution compound',
  geography:
    'river mountain climate capital city continent population erosion plateau delta monsoon',
  history: 'empire revolution treaty century dynasty war parliament colony reform republic monarch',
  literature: 'novel poem metaphor narrator character plot sonnet tragedy theme stanza author',
  physics:
    'force energy velocity acceleration momentum wave frequency circuit voltage gravity mass',
  geometry: 'triangle angle circle radius perimeter area polygon parallel vertex diagonal theorem',
} as const;
const subjectNames = Object.keys(subjects) as Array<keyof typeof subjects>;
const levels = ['easy', 'medium', 'hard'] as const;
const types = [
  'single_choice',
  'multiple_response',
  'true_false',
  'short_answer',
  'essay',
] as const;

export interface BankQuestion {
  text: string;
  type: (typeof types)[number];
  difficulty: (typeof levels)[number];
  tags: string[];
}

/** Question `i` of the benchmark bank: a stem of 12-40 words on one subject, with tags and a unit. */
export function bankQuestion(i: number): BankQuestion {
  const g = generator(i * 7919 + 17);
  const subject = subjectNames[i % subjectNames.length] ?? 'algebra';
  const terms = subjects[subject].split(' ');
  const words: string[] = [];
  const length = 12 + g.int(29);
  for (let w = 0; w < length; w += 1) {
    words.push(g.next() < 0.35 ? g.skewed(terms) : g.skewed(common));
    if (g.next() < 0.05) words.push(String(g.int(2_000)));
  }
  const first = words[0] ?? 'Which';
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return {
    text: `Q${i + 1}. ${words.join(' ')}, topic ${(i * 7919) % 1_000}?`,
    type: types[i % types.length] ?? 'essay',
    difficulty: levels[i % levels.length] ?? 'medium',
    tags: [subject, `unit-${(i % 40) + 1}`],
  };
}

/**
 * The 200 `questions.list` calls the benchmark times, the same mix as the
 * admin benchmark's: text searches (whole words, rare and common, pieces of
 * words, two-word phrases, numbers) alone and with the type, difficulty and
 * tag filters, and those filters alone.
 */
export function searchMix(): Array<MethodInput<'questions.list'>> {
  const g = generator(4242);
  const allTerms = Object.values(subjects).flatMap((s) => s.split(' '));
  const searches = [
    () => g.pick(allTerms),
    () => g.pick(allTerms).slice(1, 5),
    () => `${g.pick(common)} ${g.pick(allTerms)}`,
    () => `topic ${g.int(1_000)}`,
    () => g.pick(['question', 'Which', 'correct', 'explain']),
    () => `Q${g.int(1_000)}.`,
  ];
  const filters: Array<MethodInput<'questions.list'>> = [];
  for (let i = 0; i < 200; i += 1) {
    const f: MethodInput<'questions.list'> = { limit: 100 };
    if (i % 2 === 0) f.search = g.pick(searches)();
    if (i % 3 === 0) f.type = g.pick(types);
    if (i % 5 === 0) f.difficulty = g.pick(levels);
    if (i % 4 === 1) f.tag = g.next() < 0.5 ? g.pick(subjectNames) : `unit-${g.int(40) + 1}`;
    filters.push(f);
  }
  return filters;
}
