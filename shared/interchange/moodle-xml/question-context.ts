import type { ContentFormat, QuestionContentInput, QuestionFeedback } from '../../domain/questions';
import type { ResolveMedia } from './media';
import { attr, child, childNodes, numberOf, ownText, textChild, type XmlNode } from './nodes';
import { QuestionTexts, readFormatted, type RichText } from './rich-text';

/** Picks one form of each text, once the question's format is known. */
export type Pick = (text: RichText) => string;

/** A question built once its format is decided: plain when every text can be, HTML otherwise. */
export type Draft = (pick: Pick) => QuestionContentInput;

/** Moodle's default penalty for a retry, written on every question it exports. */
const DEFAULT_PENALTY = 0.3333333;

/** What every Moodle question has: name, text, general and combined feedback, grade, tags. */
export class QuestionContext {
  readonly texts: QuestionTexts;
  private readonly richTexts: RichText[] = [];

  constructor(
    readonly node: XmlNode,
    readonly type: string,
    resolve: ResolveMedia,
    readonly categoryTags: readonly string[],
  ) {
    this.texts = new QuestionTexts(resolve);
  }

  get warnings(): string[] {
    return this.texts.warnings;
  }

  warn(message: string): void {
    this.texts.warn(message);
  }

  /** Reads a text element and remembers it for the format decision. */
  rich(element: XmlNode | null, what: string, defaultFormat?: string): RichText | null {
    const read = this.texts.read(element, what, defaultFormat);
    if (read) this.richTexts.push(read);
    return read;
  }

  /**
   * Text that carries no files of its own (a matching response, a gap's
   * choice) in a given format; with none, it is HTML when it holds markup or
   * an entity and plain otherwise.
   */
  richRaw(text: string, format?: string): RichText {
    const auto = format === undefined || format === 'moodle_auto_format';
    const value =
      auto && /&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)
        ? { html: text, plain: null }
        : readFormatted(format, text);
    this.richTexts.push(value);
    return value;
  }

  /** The format the question text is written in, which its embedded parts share. */
  get textFormat(): string | undefined {
    return attr(child(this.node, 'questiontext'), 'format');
  }

  settings(): { audioPlayLimit?: number } {
    const limit = numberOf(this.node, 'audioplaylimit');
    return limit !== null && Number.isInteger(limit) && limit >= 1 ? { audioPlayLimit: limit } : {};
  }

  get label(): string | null {
    const name = textChild(child(this.node, 'name'));
    return name === '' ? null : name;
  }

  /** The question text, with an old-style picture appended where there is one. */
  questionText(): RichText {
    const text = this.rich(child(this.node, 'questiontext'), 'question text') ?? {
      html: '',
      plain: '',
    };
    const picture = this.texts.legacyImage(this.node);
    if (!picture) return text;
    const joined = { html: `${text.html}${picture.html}`, plain: null };
    this.richTexts.push(joined);
    return joined;
  }

  format(): ContentFormat {
    return this.richTexts.every((t) => t.plain !== null) ? 'plain' : 'html';
  }

  pick(format: ContentFormat): Pick {
    return (t) => (format === 'plain' ? (t.plain ?? t.html) : t.html);
  }

  /** Marks from `defaultgrade` (Moodle's default is 1); a penalty for retries is reported. */
  marks(fallback = 1): number {
    const grade = numberOf(this.node, 'defaultgrade');
    const penalty = numberOf(this.node, 'penalty');
    // True/false questions default to a penalty of 100 %, the others to a third.
    const usual = this.type === 'truefalse' ? 1 : DEFAULT_PENALTY;
    if (penalty !== null && penalty > 0 && Math.abs(penalty - usual) > 1e-6)
      this.warn(
        `the penalty of ${Math.round(penalty * 1000) / 10} % for each retry is not kept: an exam here gives one try`,
      );
    return grade ?? fallback;
  }

  tags(): string[] {
    const own = childNodes(child(this.node, 'tags'), 'tag').map(textChild);
    return [...new Set([...this.categoryTags, ...own].filter((t) => t !== ''))].map((t) =>
      t.length > 60 ? t.slice(-60).trim() : t,
    );
  }

  difficulty(): 'easy' | 'medium' | 'hard' | null {
    const d = ownText(this.node.difficulty).toLowerCase();
    return d === 'easy' || d === 'medium' || d === 'hard' ? d : null;
  }

  /** General and combined feedback, as rich texts still to be picked. */
  outcomeFeedback(): {
    general?: RichText;
    correct?: RichText;
    partial?: RichText;
    incorrect?: RichText;
  } {
    const read = (name: string, what: string) =>
      this.rich(child(this.node, name), what) ?? undefined;
    const general = read('generalfeedback', 'general feedback');
    const correct = read('correctfeedback', 'feedback for a right answer');
    const partial = read('partiallycorrectfeedback', 'feedback for a partly right answer');
    const incorrect = read('incorrectfeedback', 'feedback for a wrong answer');
    return {
      ...(general && { general }),
      ...(correct && { correct }),
      ...(partial && { partial }),
      ...(incorrect && { incorrect }),
    };
  }

  /** The fields every draft shares. */
  common(marks: number): {
    marks: number;
    difficulty: 'easy' | 'medium' | 'hard' | null;
    tags: string[];
    format: ContentFormat;
    settings: { audioPlayLimit?: number };
  } {
    return {
      marks,
      difficulty: this.difficulty(),
      tags: this.tags(),
      format: this.format(),
      settings: this.settings(),
    };
  }
}

/** Feedback with the blank parts left out; undefined when nothing is left. */
export function feedbackOf(
  pick: Pick,
  outcome: ReturnType<QuestionContext['outcomeFeedback']>,
  extra: Omit<QuestionFeedback, 'general' | 'correct' | 'partial' | 'incorrect'> = {},
): QuestionFeedback | undefined {
  const fb: QuestionFeedback = {};
  for (const name of ['general', 'correct', 'partial', 'incorrect'] as const) {
    const text = outcome[name];
    if (text) fb[name] = pick(text);
  }
  if (extra.perOption && Object.keys(extra.perOption).length > 0) fb.perOption = extra.perOption;
  if (extra.perAnswer && extra.perAnswer.length > 0) fb.perAnswer = extra.perAnswer;
  if (extra.perGap && Object.keys(extra.perGap).length > 0) fb.perGap = extra.perGap;
  return Object.keys(fb).length > 0 ? fb : undefined;
}

/** A Moodle fraction (`fraction="33.33333"`, a percentage) as a weight with Moodle's 7 decimals. */
export function weightOf(fraction: string | undefined): number {
  const value = Number(fraction ?? '0');
  if (!Number.isFinite(value)) return 0;
  const weight = Math.round(value * 1e5) / 1e7;
  return Math.abs(weight - 1) <= 1e-6 ? 1 : weight;
}
