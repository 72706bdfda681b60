import { clippedMessage, READ_LIMITS } from '../limits';
import { positionOf } from '../positions';
import {
  checkedItem,
  skippedItem,
  type FileProblem,
  type ParsedFile,
  type ParsedItem,
} from '../types';
import { XMLParser } from 'fast-xml-parser';
import { isTooDeep, positionedXmlParser, TOO_DEEP, xmlProblem } from '../xml-guard';
import { refuseMedia, type ResolveMedia } from './media';
import { asNode, attr, child, childNodes, textChild, type XmlNode } from './nodes';
import { QuestionContext, type Draft } from './question-context';
import { readMultichoice, readTrueFalse, Refusal } from './read-choice';
import { readCloze, readGapChoices, readMatching, readOrdering } from './read-parts';
import { readDescription, readEssay, readNumerical, readShortAnswer } from './read-text';

/**
 * Moodle XML (`<quiz>` of `<question type="...">`), as Moodle exports a
 * question bank: every type the bank holds is read with its text, media,
 * fractions and feedback; categories become tags; everything else is
 * reported by name, line and column.
 */
const READERS: Readonly<Record<string, (ctx: QuestionContext) => Draft>> = {
  multichoice: readMultichoice,
  truefalse: readTrueFalse,
  shortanswer: readShortAnswer,
  numerical: readNumerical,
  essay: readEssay,
  matching: readMatching,
  ordering: readOrdering,
  cloze: readCloze,
  multianswer: readCloze,
  ddwtos: (ctx) => readGapChoices(ctx, 'dragbox'),
  gapselect: (ctx) => readGapChoices(ctx, 'selectoption'),
  description: readDescription,
};

/** Types Moodle has and the bank cannot hold, in words a person knows them by. */
const UNSUPPORTED: Readonly<Record<string, string>> = {
  calculated: 'calculated (numbers drawn from datasets)',
  calculatedsimple: 'simple calculated',
  calculatedmulti: 'calculated multichoice',
  randomsamatch: 'random short-answer matching',
  random: 'random (a draw from a category)',
  ddimageortext: 'drag and drop onto image',
  ddmarker: 'drag and drop markers',
  multichoiceset: 'all-or-nothing multiple choice',
  gapfill: 'gapfill (plugin)',
  wordselect: 'word select (plugin)',
  stack: 'STACK',
  coderunner: 'CodeRunner',
};

const parser = positionedXmlParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) =>
    [
      'question',
      'answer',
      'subquestion',
      'file',
      'tag',
      'dragbox',
      'selectoption',
      'unit',
    ].includes(name),
});

// The typings say `Symbol` (the wrapper object); the value is a plain symbol.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/**
 * Line and column of parsed elements, from one index of line starts: a bank
 * of thousands of questions is placed in one pass, not one scan per question.
 */
function positioner(
  xml: string,
): (node: XmlNode) => { line: number | null; column: number | null } {
  const starts = [0];
  for (let i = xml.indexOf('\n'); i >= 0; i = xml.indexOf('\n', i + 1)) starts.push(i + 1);
  return (node) => {
    const meta = (node as Record<symbol, unknown>)[META];
    const at =
      meta !== null && typeof meta === 'object'
        ? (meta as { startIndex?: unknown }).startIndex
        : null;
    if (typeof at !== 'number') return { line: null, column: null };
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] ?? 0) + 1 };
  };
}

/** The tag a category path gives: the path below the course or system context and "top". */
export function categoryTag(path: string): string | null {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  while (parts.length > 0 && /^\$[a-z0-9]+\$$/i.test(parts[0] ?? '')) parts.shift();
  if (parts[0] === 'top') parts.shift();
  if (parts.length === 0) return null;
  const tag = parts.join('/');
  return tag.length > 60 ? tag.slice(-60).replace(/^[/\s]+/, '') : tag;
}

/** The validator lists the elements left open at the end as a JSON array; say it in words, at the end. */
function truncation(xml: string, problem: FileProblem): FileProblem {
  const open = /^XML: Invalid '(\[[\s\S]*\])' found\.?$/.exec(problem.message)?.[1];
  // The validator quotes what it met, which in a hostile file can be megabytes of it.
  if (open === undefined) return { ...problem, message: clippedMessage(problem.message) };
  let names: string[] = [];
  try {
    const parsed: unknown = JSON.parse(open);
    if (Array.isArray(parsed)) names = parsed.map(String);
  } catch {
    return problem;
  }
  const tags = names
    .reverse()
    .map((n) => `<${n}>`)
    .join(', ');
  return {
    ...positionOf(xml, xml.length),
    message: `XML: the file ends before ${tags} ${names.length === 1 ? 'is' : 'are'} closed; it may be cut short`,
  };
}

export interface MoodleReadOptions {
  resolveMedia?: ResolveMedia;
  maxItems?: number;
}

function parse(xml: string): { quiz: XmlNode } | { problem: ParsedFile } {
  const problem = xmlProblem(xml);
  if (problem) return { problem: { items: [], problems: [truncation(xml, problem)] } };
  let doc: XmlNode | null;
  try {
    doc = asNode(parser.parse(xml));
  } catch (error) {
    const message = isTooDeep(error) ? TOO_DEEP : 'XML: the document could not be read';
    return { problem: { items: [], problems: [{ line: null, column: null, message }] } };
  }
  const quiz = asNode(doc?.quiz) ?? (doc && 'quiz' in doc ? {} : null);
  if (!quiz)
    return {
      problem: {
        items: [],
        problems: [
          {
            line: 1,
            column: 1,
            message: 'the file is XML but not Moodle XML: it has no <quiz> element',
          },
        ],
      },
    };
  return { quiz };
}

export function readMoodleXml(xml: string, options: MoodleReadOptions = {}): ParsedFile {
  const maxItems = options.maxItems ?? READ_LIMITS.items;
  // Counted before parsing, so an oversized file is refused before it takes the memory.
  const count = xml.match(/<question[\s>]/g)?.length ?? 0;
  if (count > maxItems + 1_000)
    return {
      items: [],
      problems: [
        {
          line: null,
          column: null,
          message: `the file holds about ${count.toLocaleString('en')} questions; one import takes at most ${maxItems.toLocaleString('en')}, so split the file`,
        },
      ],
    };
  const parsed = parse(xml);
  if ('problem' in parsed) return parsed.problem;
  const resolve = options.resolveMedia ?? refuseMedia;
  const items: ParsedItem[] = [];
  let categoryTags: string[] = [];
  const where = positioner(xml);
  for (const question of childNodes(parsed.quiz, 'question')) {
    const type = (attr(question, 'type') ?? '').trim().toLowerCase();
    const at = where(question);
    if (type === 'category') {
      const tag = categoryTag(textChild(child(question, 'category')));
      categoryTags = tag ? [tag] : [];
      continue;
    }
    items.push(readQuestion(question, type, at, resolve, categoryTags));
  }
  if (items.length === 0 && childNodes(parsed.quiz, 'question').length === 0)
    return {
      items,
      problems: [{ line: null, column: null, message: 'the file has no questions' }],
    };
  return { items, problems: [] };
}

function readQuestion(
  question: XmlNode,
  type: string,
  at: { line: number | null; column: number | null },
  resolve: ResolveMedia,
  categoryTags: readonly string[],
): ParsedItem {
  const ctx = new QuestionContext(question, type, resolve, categoryTags);
  const where = { ...at, label: ctx.label };
  const reader = READERS[type];
  if (!reader) {
    const known = UNSUPPORTED[type];
    return skippedItem(
      type === ''
        ? 'the question has no type'
        : known
          ? `the Moodle question type "${type}" (${known}) cannot be held in the bank`
          : `the Moodle question type "${type}" is not one this bank knows`,
      where,
    );
  }
  let draft: Draft;
  try {
    draft = reader(ctx);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return skippedItem(error.reason, { ...where, warnings: ctx.warnings });
  }
  const content = draft(ctx.pick(ctx.format()));
  return checkedItem(content, { ...where, warnings: ctx.warnings });
}
