import { XMLBuilder } from 'fast-xml-parser';
import { mediaFileExtension } from '../../content/media-types';
import { plainTextOf } from '../../content/plain-text';
import { parseClozeText } from '../../content/cloze';
import type { ClozeGap, GapKey, QuestionContent, QuestionContentOf } from '../../domain/questions';
import { isChoiceGapKey, isNumericGapKey } from '../../domain/questions';
import { missingMediaReason, type ExportQuestion, type ExportSkip } from '../types';
import { writeClozeAnswer } from './cloze-syntax';
import { PLUGINFILE } from './media';

/**
 * Moodle XML for every question type the bank holds, built with
 * fast-xml-parser's XMLBuilder. Media the texts refer to (`media:<sha256>`)
 * are embedded as base64 `<file>`s beside the text and referred to as
 * `@@PLUGINFILE@@/name`, as Moodle writes them. What Moodle has no element
 * for (difficulty, the play limit, combined feedback on types without it) is
 * written as extra elements, which Moodle's reader passes over and ours reads.
 */
export interface ExportMedia {
  mime: string;
  base64: string;
}

type El = Record<string, unknown>;

// eslint-disable-next-line @typescript-eslint/no-deprecated -- the builder bundled with the pinned fast-xml-parser is the fast-xml-builder package it depends on, re-exported
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: false,
  processEntities: true,
});

/** A Moodle fraction (a percentage, 7 significant decimals as Moodle keeps them). */
export const fractionOf = (weight: number): string => String(Number((weight * 100).toFixed(5)));

class Writer {
  constructor(
    private readonly q: QuestionContent,
    private readonly media: ReadonlyMap<string, ExportMedia>,
    private readonly missing: Set<string>,
  ) {}

  private get formatName(): string {
    return this.q.format === 'html' ? 'html' : 'plain_text';
  }

  /** A text element: `format`, `<text>` and the files its text refers to. */
  field(text: string | undefined, extra: El = {}): El {
    const files: El[] = [];
    let out = text ?? '';
    if (this.q.format === 'html') {
      out = out.replace(/media:([0-9a-f]{64})/g, (whole, hash: string) => {
        const file = this.media.get(hash);
        if (!file) {
          this.missing.add(hash);
          return whole;
        }
        const name = `${hash.slice(0, 16)}.${mediaFileExtension(file.mime)}`;
        if (!files.some((f) => f['@_name'] === name))
          files.push({
            '@_name': name,
            '@_path': '/',
            '@_encoding': 'base64',
            '#text': file.base64,
          });
        return `${PLUGINFILE}${name}`;
      });
    }
    return {
      '@_format': this.formatName,
      text: out,
      ...(files.length > 0 && { file: files }),
      ...extra,
    };
  }

  plain(text: string): El {
    return { text };
  }

  head(type: string, marks: number, penalty = '0.3333333'): El {
    const q = this.q;
    const name = plainTextOf(q.format, q.text).split('\n')[0]?.slice(0, 80).trim() || type;
    return {
      '@_type': type,
      name: { text: name },
      questiontext: this.field(q.text),
      ...this.optional('generalfeedback', q.feedback?.general),
      defaultgrade: String(marks),
      penalty,
      hidden: '0',
      ...(q.difficulty && { difficulty: q.difficulty }),
      ...(q.settings.audioPlayLimit !== undefined && {
        audioplaylimit: String(q.settings.audioPlayLimit),
      }),
    };
  }

  /** Feedback Moodle may go without: written only when there is some, so a big bank stays small. */
  optional(name: string, text: string | undefined): El {
    return text === undefined || text === '' ? {} : { [name]: this.field(text) };
  }

  combined(): El {
    const fb = this.q.feedback;
    return {
      ...this.optional('correctfeedback', fb?.correct),
      ...this.optional('partiallycorrectfeedback', fb?.partial),
      ...this.optional('incorrectfeedback', fb?.incorrect),
    };
  }

  tags(): El {
    return this.q.tags.length > 0 ? { tags: { tag: this.q.tags.map((t) => ({ text: t })) } } : {};
  }

  answerFeedback(text: string | undefined): El {
    return this.optional('feedback', text);
  }
}

function choice(w: Writer, q: QuestionContentOf<'single_choice' | 'multiple_response'>): El {
  const options = q.options ?? [];
  const single = q.type === 'single_choice';
  const keyed = single ? [q.key.optionId] : q.key.optionIds;
  const others = options.length - keyed.length;
  const weight = (id: string): number => {
    if (q.key.weights) return q.key.weights[id] ?? 0;
    if (keyed.includes(id)) return single ? 1 : 1 / keyed.length;
    return single || others === 0 ? 0 : -1 / others;
  };
  return {
    ...w.head('multichoice', q.marks),
    single: single ? 'true' : 'false',
    shuffleanswers: 'true',
    answernumbering: 'abc',
    ...w.combined(),
    answer: options.map((o) =>
      w.field(o.text, {
        '@_fraction': fractionOf(weight(o.id)),
        ...w.answerFeedback(q.feedback?.perOption?.[o.id]),
      }),
    ),
    ...w.tags(),
  };
}

function trueFalse(w: Writer, q: QuestionContentOf<'true_false'>): El {
  return {
    ...w.head('truefalse', q.marks, '1'),
    ...w.combined(),
    answer: (['true', 'false'] as const).map((v) => ({
      '@_fraction': (v === 'true') === q.key.value ? '100' : '0',
      '@_format': 'moodle_auto_format',
      text: v,
      ...w.answerFeedback(q.feedback?.perOption?.[v]),
    })),
    ...w.tags(),
  };
}

/** Answers with credits, then those that only carry feedback, each with its feedback. */
function gradedAnswers(
  w: Writer,
  q: QuestionContent,
  graded: ReadonlyArray<{ answer: string; credit: number; extra?: El }>,
  zeroExtra: El = {},
): El[] {
  const perAnswer = q.feedback?.perAnswer ?? [];
  const used = new Set<number>();
  const feedbackFor = (answer: string) => {
    const i = perAnswer.findIndex((f, k) => !used.has(k) && f.answer === answer);
    if (i < 0) return undefined;
    used.add(i);
    return perAnswer[i]?.text;
  };
  const out = graded.map((a) => ({
    '@_fraction': fractionOf(a.credit),
    '@_format': 'moodle_auto_format',
    text: a.answer,
    ...w.answerFeedback(feedbackFor(a.answer)),
    ...a.extra,
  }));
  perAnswer.forEach((f, k) => {
    if (used.has(k)) return;
    out.push({
      '@_fraction': '0',
      '@_format': 'moodle_auto_format',
      text: f.answer,
      ...w.answerFeedback(f.text),
      ...zeroExtra,
    });
  });
  return out;
}

function shortAnswer(w: Writer, q: QuestionContentOf<'short_answer'>): El {
  const graded = [
    ...q.key.accepted.map((answer) => ({ answer, credit: 1 })),
    ...(q.key.partial ?? []).map((p) => ({ answer: p.answer, credit: p.credit })),
  ];
  return {
    ...w.head('shortanswer', q.marks),
    usecase: q.key.caseSensitive ? '1' : '0',
    ...w.combined(),
    answer: gradedAnswers(w, q, graded),
    ...w.tags(),
  };
}

/** Moodle's tolerance is absolute; a relative one is written as what it means for the value. */
const absoluteTolerance = (k: { value: number; tolerance: number; toleranceMode: string }) =>
  k.toleranceMode === 'relative' ? Math.abs(k.value) * k.tolerance : k.tolerance;

function numeric(w: Writer, q: QuestionContentOf<'numeric'>): El {
  const graded = [
    {
      answer: String(q.key.value),
      credit: 1,
      extra: { tolerance: String(absoluteTolerance(q.key)) },
    },
    ...(q.key.alternatives ?? []).map((a) => ({
      answer: String(a.value),
      credit: a.credit,
      extra: { tolerance: String(absoluteTolerance(a)) },
    })),
  ];
  return {
    ...w.head('numerical', q.marks),
    ...w.combined(),
    answer: gradedAnswers(w, q, graded, { tolerance: '0' }),
    unitgradingtype: '0',
    unitpenalty: '0.1000000',
    showunits: '3',
    unitsleft: '0',
    ...w.tags(),
  };
}

function essay(w: Writer, q: QuestionContentOf<'essay'>): El {
  return {
    ...w.head('essay', q.marks, '0'),
    ...w.combined(),
    responseformat: 'editor',
    responserequired: '1',
    responsefieldlines: '15',
    minwordlimit: q.settings.minWords !== undefined ? String(q.settings.minWords) : '',
    maxwordlimit: q.settings.maxWords !== undefined ? String(q.settings.maxWords) : '',
    attachments: '0',
    attachmentsrequired: '0',
    ...w.tags(),
  };
}

function matching(w: Writer, q: QuestionContentOf<'matching'>): El {
  const responseText = new Map(q.responses.map((r) => [r.id, r.text]));
  const used = new Set(Object.values(q.key.pairs));
  const premises = q.premises.map((p) =>
    w.field(p.text, { answer: w.plain(responseText.get(q.key.pairs[p.id] ?? '') ?? '') }),
  );
  const distractors = q.responses
    .filter((r) => !used.has(r.id))
    .map((r) => w.field('', { answer: w.plain(r.text) }));
  return {
    ...w.head('matching', q.marks),
    shuffleanswers: 'true',
    ...w.combined(),
    subquestion: [...premises, ...distractors],
    ...w.tags(),
  };
}

function ordering(w: Writer, q: QuestionContentOf<'ordering'>): El {
  return {
    ...w.head('ordering', q.marks),
    layouttype: 'VERTICAL',
    selecttype: 'ALL',
    selectcount: '0',
    gradingtype: 'ABSOLUTE_POSITION',
    showgrading: 'SHOW',
    numberingstyle: 'none',
    ...w.combined(),
    answer: q.items.map((item) =>
      w.field(item.text, { '@_fraction': String(q.key.order.indexOf(item.id) + 1) }),
    ),
    ...w.tags(),
  };
}

function embeddedAnswer(gap: ClozeGap, key: GapKey, feedback: string | undefined): string {
  const marks = String(gap.marks);
  if (isChoiceGapKey(key)) {
    const options = (gap.options ?? []).map((o) =>
      writeClozeAnswer(
        o.id === key.optionId ? 1 : 0,
        o.text,
        o.id === key.optionId ? feedback : undefined,
      ),
    );
    return `{${marks}:MULTICHOICE:${options.join('~')}}`;
  }
  if (isNumericGapKey(key)) {
    const answers = [
      writeClozeAnswer(1, `${key.value}:${absoluteTolerance(key)}`, feedback),
      ...(key.alternatives ?? []).map((a) =>
        writeClozeAnswer(a.credit, `${a.value}:${absoluteTolerance(a)}`),
      ),
    ];
    return `{${marks}:NUMERICAL:${answers.join('~')}}`;
  }
  const answers = [
    ...key.accepted.map((a, i) => writeClozeAnswer(1, a, i === 0 ? feedback : undefined)),
    ...(key.partial ?? []).map((p) => writeClozeAnswer(p.credit, p.answer)),
  ];
  return `{${marks}:${key.caseSensitive ? 'SHORTANSWER_C' : 'SHORTANSWER'}:${answers.join('~')}}`;
}

function cloze(w: Writer, q: QuestionContentOf<'cloze'>): El {
  const gaps = new Map(q.gaps.map((g) => [g.id, g]));
  const text = parseClozeText(q.text)
    .map((s) => {
      if (s.kind === 'text') return s.text;
      const gap = gaps.get(s.id);
      const key = q.key.gaps[s.id];
      return gap && key ? embeddedAnswer(gap, key, q.feedback?.perGap?.[s.id]) : '';
    })
    .join('');
  const head = w.head('cloze', q.marks);
  return {
    ...head,
    questiontext: w.field(text),
    ...w.combined(),
    ...w.tags(),
  };
}

function questionElement(w: Writer, q: QuestionContent): El {
  switch (q.type) {
    case 'single_choice':
    case 'multiple_response':
      return choice(w, q);
    case 'true_false':
      return trueFalse(w, q);
    case 'short_answer':
      return shortAnswer(w, q);
    case 'numeric':
      return numeric(w, q);
    case 'essay':
      return essay(w, q);
    case 'matching':
      return matching(w, q);
    case 'ordering':
      return ordering(w, q);
    case 'cloze':
      return cloze(w, q);
    case 'description':
      return { ...w.head('description', 0, '0'), ...w.tags() };
  }
}

/**
 * A Moodle XML document of the questions. A question whose media are not
 * all given is written without them and listed as skipped, so nothing is
 * exported with a reference Moodle cannot follow.
 */
export function writeMoodleXml(
  questions: readonly ExportQuestion[],
  media: ReadonlyMap<string, ExportMedia> = new Map(),
): { text: string; skipped: ExportSkip[] } {
  const skipped: ExportSkip[] = [];
  const elements: El[] = [];
  for (const { id, content } of questions) {
    const missing = new Set<string>();
    const element = questionElement(new Writer(content, media, missing), content);
    if (missing.size > 0) {
      skipped.push({
        questionId: id,
        reason: missingMediaReason(missing.size),
      });
      continue;
    }
    elements.push(element);
  }
  const body: string = builder.build({ quiz: { question: elements } });
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`, skipped };
}
