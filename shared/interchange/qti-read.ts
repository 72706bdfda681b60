import type { QuestionContentInput, QuestionFeedback } from '../domain/questions';
import { fragmentText } from './xml-text';
import { isPlainHtml, renderNodes, tidyHtml } from './qti-body';
import { descendants, elements, firstElement, textContent, type XElement } from './qti-dom';
import { type MediaCollector } from './rich-import';
import { optionIdAt, type SourcePosition } from './types';

/**
 * One QTI 3.0 item (as a tree, see qti-dom.ts) to question content: choice,
 * text entry and inline choice (one or several, as a gap fill), extended
 * text, order, match and associate (as matching) and gap match (as a gap
 * fill). Mapped credit is kept as weights and partial credit; feedback goes
 * to feedback. What cannot be held is a reason with the element it is about.
 */
export interface ItemRead {
  draft: QuestionContentInput;
  warnings: string[];
}
export interface ItemRefusal {
  reason: string;
  at: XElement;
}

/** What the reader knows of the item's response declarations. */
interface Declaration {
  el: XElement;
  cardinality: string;
  baseType: string;
  correct: string[];
  mapping: Array<{ key: string; value: number; caseSensitive: boolean }>;
}

const SUPPORTED = new Set([
  'qti-choice-interaction',
  'qti-text-entry-interaction',
  'qti-inline-choice-interaction',
  'qti-extended-text-interaction',
  'qti-order-interaction',
  'qti-match-interaction',
  'qti-associate-interaction',
  'qti-gap-match-interaction',
]);
const INLINE = new Set(['qti-text-entry-interaction', 'qti-inline-choice-interaction']);

const idPattern = /^[A-Za-z0-9_-]{1,40}$/;
const num = (s: string | undefined, fallback: number) => {
  const n = Number((s ?? '').trim());
  return (s ?? '').trim() !== '' && Number.isFinite(n) ? n : fallback;
};

function declarations(item: XElement): Map<string, Declaration> {
  const out = new Map<string, Declaration>();
  for (const el of elements(item, 'qti-response-declaration')) {
    const values = (parent: XElement | null) =>
      parent ? elements(parent, 'qti-value').map((v) => textContent(v).trim()) : [];
    const mapping = firstElement(el, 'qti-mapping');
    out.set(el.attrs.identifier ?? '', {
      el,
      cardinality: el.attrs.cardinality ?? 'single',
      baseType: el.attrs['base-type'] ?? '',
      correct: values(firstElement(el, 'qti-correct-response')),
      mapping: mapping
        ? elements(mapping, 'qti-map-entry').map((e) => ({
            key: e.attrs['map-key'] ?? '',
            value: num(e.attrs['mapped-value'], 0),
            caseSensitive: e.attrs['case-sensitive'] === 'true',
          }))
        : [],
    });
  }
  return out;
}

function outcomeDefault(item: XElement, identifier: string): number | null {
  const decl = elements(item, 'qti-outcome-declaration').find(
    (o) => o.attrs.identifier === identifier,
  );
  const v = firstElement(firstElement(decl, 'qti-default-value'), 'qti-value');
  return v ? num(textContent(v), Number.NaN) : null;
}

/** A fraction that was written as marks × fraction comes back as the fraction. */
const fraction = (value: number, of: number) =>
  of === 0 ? 0 : Math.round((value / of) * 1e9) / 1e9;

/** The conditions of a custom response processing that compare one response with a number. */
interface NumericRule {
  value: number | null;
  mode: 'exact' | 'absolute' | 'relative';
  tolerance: number;
  score: number | null;
}

function numericRules(item: XElement, responseId: string, maxScore: number): NumericRule[] {
  const rp = firstElement(item, 'qti-response-processing');
  if (!rp) return [];
  // Rules that set an identifier outcome (FEEDBACK) pick feedback, not credit.
  const identifierOutcomes = new Set(
    elements(item, 'qti-outcome-declaration')
      .filter((o) => o.attrs['base-type'] === 'identifier')
      .map((o) => o.attrs.identifier ?? ''),
  );
  const rules: NumericRule[] = [];
  for (const branch of descendants(rp).filter(
    (d) => d.name === 'qti-response-if' || d.name === 'qti-response-else-if',
  )) {
    const equal = firstElement(branch, 'qti-equal');
    if (!equal) continue;
    const variable = firstElement(equal, 'qti-variable');
    if (variable?.attrs.identifier !== responseId) continue;
    const base = firstElement(equal, 'qti-base-value');
    const mode = equal.attrs['tolerance-mode'] ?? 'exact';
    const set = firstElement(branch, 'qti-set-outcome-value');
    if (identifierOutcomes.has(set?.attrs.identifier ?? '')) continue;
    const added = set ? descendants(set).find((d) => d.name === 'qti-base-value') : undefined;
    const usesMax = set ? descendants(set).some((d) => d.attrs.identifier === 'MAXSCORE') : false;
    rules.push({
      value: base ? num(textContent(base), Number.NaN) : null,
      mode: mode === 'relative' ? 'relative' : mode === 'absolute' ? 'absolute' : 'exact',
      tolerance: num((equal.attrs.tolerance ?? '0').trim().split(/\s+/)[0], 0),
      score: usesMax ? maxScore : added ? num(textContent(added), Number.NaN) : null,
    });
  }
  return rules;
}

/** The rules as a numeric key: the first is the full-credit answer, the others alternatives. */
function numericKey(
  rules: NumericRule[],
  correct: string | undefined,
  marks: number,
): {
  value: number;
  tolerance: number;
  toleranceMode: 'absolute' | 'relative';
  alternatives?: Array<{
    value: number;
    tolerance: number;
    toleranceMode: 'absolute' | 'relative';
    credit: number;
  }>;
} {
  const tol = (r: NumericRule | undefined) =>
    !r || r.mode === 'exact' ? 0 : r.mode === 'relative' ? r.tolerance / 100 : r.tolerance;
  const modeOf = (r: NumericRule | undefined): 'absolute' | 'relative' =>
    r?.mode === 'relative' ? 'relative' : 'absolute';
  const first = rules.find((r) => r.value === null) ?? rules[0];
  const alternatives = rules
    .filter((r) => r !== first && r.value !== null)
    .map((r) => ({
      value: r.value ?? Number.NaN,
      tolerance: tol(r),
      toleranceMode: modeOf(r),
      credit: fraction(r.score ?? 0, marks),
    }));
  return {
    value: correct === undefined || correct === '' ? (first?.value ?? Number.NaN) : Number(correct),
    tolerance: tol(first),
    toleranceMode: modeOf(first),
    ...(alternatives.length > 0 && { alternatives }),
  };
}

interface Context {
  item: XElement;
  decls: Map<string, Declaration>;
  media: MediaCollector;
  warnings: string[];
  mapped: boolean;
}

/** Feedback found in the item, by where it goes. */
class FeedbackFound {
  readonly byIdentifier = new Map<string, string>();
  readonly blocks: Array<{ el: XElement; html: string }> = [];

  constructor(private readonly render: (el: XElement) => string) {}

  add(el: XElement): void {
    const html = this.render(el);
    if (html.trim() === '') return;
    this.blocks.push({ el, html });
    const id = el.attrs.identifier ?? '';
    this.byIdentifier.set(
      id,
      this.byIdentifier.has(id) ? `${this.byIdentifier.get(id) ?? ''} ${html}` : html,
    );
  }
}

const OUTCOME_WORDS: Record<string, 'correct' | 'partial' | 'incorrect' | 'general'> = {
  correct: 'correct',
  partial: 'partial',
  partially_correct: 'partial',
  incorrect: 'incorrect',
  wrong: 'incorrect',
  general: 'general',
  solution: 'general',
};

export function readItemTree(
  item: XElement,
  media: MediaCollector,
  meta: { tags: string[]; difficulty: 'easy' | 'medium' | 'hard' | null },
  where: (el: XElement) => SourcePosition,
): ItemRead | ItemRefusal {
  const warnings: string[] = [];
  const decls = declarations(item);
  const body = firstElement(item, 'qti-item-body');
  if (!body) return { reason: 'the item has no qti-item-body', at: item };
  const found = interactionsOf(body);
  const unsupported = found.find((f) => !SUPPORTED.has(f.name));
  if (unsupported) {
    return { reason: `the QTI interaction ${unsupported.name} is not supported`, at: unsupported };
  }
  if (found.length === 0 && elements(item, 'qti-response-declaration').length > 0) {
    return { reason: 'the item declares a response but has no interaction', at: body };
  }
  const blocks = found.filter((f) => !INLINE.has(f.name));
  if (blocks.length > 1 || (blocks.length === 1 && found.length > 1)) {
    return {
      reason: `the item has ${found.length} interactions; only one per item is supported`,
      at: found[1] ?? body,
    };
  }
  const maxScore = outcomeDefault(item, 'MAXSCORE');
  const rp = firstElement(item, 'qti-response-processing');
  const template = rp?.attrs.template ?? '';
  const ctx: Context = {
    item,
    decls,
    media,
    warnings,
    mapped: !/match_correct/.test(template),
  };

  // Renders feedback and prompts with the same rules as the body; feedback inside them is collected too.
  // Assigned before anything is rendered; the handlers above reach it through this binding.
  // eslint-disable-next-line prefer-const -- the handlers close over it before its renderer exists
  let feedback: FeedbackFound;
  const placeholders = new Map<string, XElement>();
  const handlers = {
    interaction: (el: XElement) => {
      const mark = `\uE000${placeholders.size}\uE001`;
      placeholders.set(mark, el);
      return mark;
    },
    feedback: (el: XElement) => feedback.add(el),
    unsupported: (el: XElement, what: string) => {
      const at = where(el);
      warnings.push(
        `${what} (line ${at.line ?? '?'}, column ${at.column ?? '?'}) was left out: the bank cannot show it`,
      );
    },
  };
  const render = (nodes: XElement['children']) => tidyHtml(renderNodes(nodes, handlers));
  feedback = new FeedbackFound((el) => render(el.children));
  const bodyHtml = render(body.children);
  for (const modal of elements(item, 'qti-modal-feedback')) feedback.add(modal);

  const common = {
    marks: maxScore ?? 1,
    difficulty: meta.difficulty,
    tags: meta.tags,
  };
  if (found.length === 0) {
    // An item with nothing to answer is text to read: a description.
    const draft: QuestionContentInput = {
      ...common,
      marks: 0,
      text: bodyHtml,
      type: 'description',
      options: null,
      key: null,
    };
    return { draft: asFormat(draft, media, warnings), warnings };
  }
  const result = readInteraction(
    ctx,
    { block: blocks[0] ?? null, all: found, bodyHtml, placeholders, render },
    common,
    maxScore,
  );
  if ('reason' in result) return result;
  const { draft, perOptionIds } = result;

  // Feedback: by option where an option has that identifier, else by outcome word, else general.
  const fb: QuestionFeedback = {};
  const perOption: Record<string, string> = {};
  const perAnswer: Array<{ answer: string; text: string }> = [];
  const perGap: Record<string, string> = {};
  for (const { el, html } of feedback.blocks) {
    const id = el.attrs.identifier ?? '';
    const option = perOptionIds.get(id);
    const word = OUTCOME_WORDS[id.toLowerCase()];
    if (el.attrs['data-answer'] !== undefined)
      perAnswer.push({ answer: el.attrs['data-answer'], text: html });
    else if (el.attrs['data-gap'] !== undefined) perGap[el.attrs['data-gap']] = html;
    else if (option !== undefined)
      perOption[option] = perOption[option] ? `${perOption[option]} ${html}` : html;
    else if (word !== undefined && word !== 'general' && fb[word] === undefined) fb[word] = html;
    else fb.general = fb.general ? `${fb.general} ${html}` : html;
  }
  if (Object.keys(perOption).length > 0) fb.perOption = perOption;
  if (perAnswer.length > 0) fb.perAnswer = perAnswer;
  if (Object.keys(perGap).length > 0) fb.perGap = perGap;
  const withFeedback =
    Object.keys(fb).length > 0 && draft.type !== 'description' ? { ...draft, feedback: fb } : draft;
  return { draft: asFormat(withFeedback, media, warnings), warnings };
}

function interactionsOf(body: XElement): XElement[] {
  return descendants(body).filter(
    (d) => d.name.endsWith('-interaction') && !hasInteractionAncestor(body, d),
  );
}

function hasInteractionAncestor(root: XElement, target: XElement): boolean {
  const walk = (node: XElement, inside: boolean): boolean | null => {
    for (const c of node.children) {
      if (c.kind !== 'element') continue;
      if (c === target) return inside;
      const r = walk(c, inside || c.name.endsWith('-interaction'));
      if (r !== null) return r;
    }
    return null;
  };
  return walk(root, false) === true;
}

type Common = { marks: number; difficulty: 'easy' | 'medium' | 'hard' | null; tags: string[] };
type Render = (nodes: XElement['children']) => string;

/** Reads choices of one kind, keeping identifiers this bank can hold and letters otherwise. */
function labelled(els: XElement[], render: Render, keepIds: boolean) {
  const usable = keepIds && els.every((e) => idPattern.test(e.attrs.identifier ?? ''));
  return els.map((e, i) => ({
    qtiId: e.attrs.identifier ?? '',
    id: usable ? (e.attrs.identifier ?? '') : optionIdAt(i),
    text: render(e.children),
  }));
}

interface Rendered {
  block: XElement | null;
  all: XElement[];
  bodyHtml: string;
  placeholders: Map<string, XElement>;
  render: Render;
}

function readInteraction(
  ctx: Context,
  { block, all, bodyHtml, placeholders, render }: Rendered,
  given: Common,
  maxScore: number | null,
): { draft: QuestionContentInput; perOptionIds: Map<string, string> } | ItemRefusal {
  let common = given;
  const none = new Map<string, string>();
  const promptOf = (el: XElement) => {
    const prompt = firstElement(el, 'qti-prompt');
    return prompt ? render(prompt.children) : '';
  };
  // The stem: the body in order, a block interaction standing for its prompt.
  const stemWith = (replace: (el: XElement) => string) =>
    tidyHtml(
      bodyHtml.replace(/\uE000\d+\uE001/g, (mark) => {
        const el = placeholders.get(mark);
        return el ? replace(el) : '';
      }),
    );
  const decl = (el: XElement) => ctx.decls.get(el.attrs['response-identifier'] ?? 'RESPONSE');

  if (block === null) return readInline(ctx, all, stemWith, render, common, maxScore);
  const text = stemWith((el) => (el === block ? promptOf(el) : ''));
  const d = decl(block);
  const at = block;
  switch (block.name) {
    case 'qti-choice-interaction': {
      const raw = elements(block, 'qti-simple-choice');
      // Rendering a choice hands its qti-feedback-inline to the feedback, out of the option text.
      const choices = labelled(raw, (nodes) => render(nodes), false);
      const perOptionIds = new Map(choices.map((c) => [c.qtiId, c.id]));
      const correct = d?.correct ?? [];
      const letter = (qtiId: string) => perOptionIds.get(qtiId) ?? qtiId;
      const ids = choices.map((c) => c.qtiId);
      const mapping = ctx.mapped ? (d?.mapping ?? []) : [];
      if (
        ids.length === 2 &&
        ids.includes('true') &&
        ids.includes('false') &&
        mapping.length === 0
      ) {
        return {
          draft: {
            ...common,
            text,
            type: 'true_false',
            options: null,
            key: { value: correct[0] === 'true' },
          },
          perOptionIds: new Map([
            ['true', 'true'],
            ['false', 'false'],
          ]),
        };
      }
      const options = choices.map((c) => ({ id: c.id, text: c.text }));
      const multiple = d?.cardinality === 'multiple';
      let weights: Record<string, number> | undefined;
      if (mapping.length > 0) {
        const positive = mapping.filter((m) => m.value > 0);
        const full =
          maxScore ??
          (multiple
            ? positive.reduce((s, m) => s + m.value, 0)
            : Math.max(...mapping.map((m) => m.value)));
        weights = Object.fromEntries(
          mapping.filter((m) => m.value !== 0).map((m) => [letter(m.key), fraction(m.value, full)]),
        );
        common = { ...common, marks: full };
      }
      if (multiple) {
        const keyIds = weights
          ? Object.entries(weights)
              .filter(([, w]) => w > 0)
              .map(([id]) => id)
          : correct.map(letter);
        const ordered = options.map((o) => o.id).filter((id) => keyIds.includes(id));
        return {
          draft: {
            ...common,
            text,
            type: 'multiple_response',
            options,
            key: weights ? { optionIds: ordered, weights } : { optionIds: ordered },
          },
          perOptionIds,
        };
      }
      const fullId = weights ? Object.entries(weights).find(([, w]) => w === 1)?.[0] : undefined;
      const keyId = fullId ?? (correct[0] !== undefined ? letter(correct[0]) : undefined);
      if (keyId === undefined)
        return { reason: 'the choice item has no correct response', at: d?.el ?? at };
      const onlyKey = weights && Object.keys(weights).length === 1;
      return {
        draft: {
          ...common,
          text,
          type: 'single_choice',
          options,
          key: weights && !onlyKey ? { optionId: keyId, weights } : { optionId: keyId },
        },
        perOptionIds,
      };
    }
    case 'qti-extended-text-interaction': {
      const min = block.attrs['data-min-words'];
      const max = block.attrs['data-max-words'];
      return {
        draft: {
          ...common,
          text,
          type: 'essay',
          options: null,
          key: null,
          settings: {
            ...(min !== undefined && { minWords: Number(min) }),
            ...(max !== undefined && { maxWords: Number(max) }),
          },
        },
        perOptionIds: none,
      };
    }
    case 'qti-order-interaction': {
      const items = labelled(elements(block, 'qti-simple-choice'), (n) => render(n), true);
      const byQti = new Map(items.map((i) => [i.qtiId, i.id]));
      const order = (d?.correct ?? []).map((v) => byQti.get(v) ?? v);
      if (order.length === 0)
        return {
          reason: 'the order item has no correct order (qti-correct-response)',
          at: d?.el ?? at,
        };
      return {
        draft: {
          ...common,
          text,
          type: 'ordering',
          options: null,
          items: items.map(({ id, text: t }) => ({ id, text: t })),
          key: { order },
        },
        perOptionIds: none,
      };
    }
    case 'qti-match-interaction':
    case 'qti-associate-interaction': {
      const sets = elements(block, 'qti-simple-match-set');
      const pairs = (d?.correct ?? []).map((v) => v.split(/\s+/));
      let premises: ReturnType<typeof labelled>;
      let responses: ReturnType<typeof labelled>;
      if (block.name === 'qti-match-interaction') {
        if (sets.length !== 2)
          return { reason: 'a match interaction needs two qti-simple-match-set lists', at };
        premises = labelled(
          elements(sets[0] as XElement, 'qti-simple-associable-choice'),
          (n) => render(n),
          true,
        );
        responses = labelled(
          elements(sets[1] as XElement, 'qti-simple-associable-choice'),
          (n) => render(n),
          true,
        );
      } else {
        const choices = labelled(
          elements(block, 'qti-simple-associable-choice'),
          (n) => render(n),
          true,
        );
        const firsts = new Set(pairs.map((p) => p[0] ?? ''));
        premises = choices.filter((c) => firsts.has(c.qtiId));
        responses = choices.filter((c) => !firsts.has(c.qtiId));
      }
      const premiseOf = new Map(premises.map((p) => [p.qtiId, p.id]));
      const responseOf = new Map(responses.map((r) => [r.qtiId, r.id]));
      const keyPairs: Record<string, string> = {};
      for (const [a = '', b = ''] of pairs) {
        const p = premiseOf.get(a);
        const r = responseOf.get(b);
        if (p === undefined || r === undefined)
          return {
            reason: `the correct pair "${a} ${b}" is not a premise and a response of the item`,
            at: d?.el ?? at,
          };
        if (keyPairs[p] !== undefined)
          return {
            reason: `"${a}" is paired more than once; a matching question pairs each premise with one response`,
            at: d?.el ?? at,
          };
        keyPairs[p] = r;
      }
      const mapping = ctx.mapped ? (d?.mapping ?? []) : [];
      if (new Set(mapping.map((m) => m.value)).size > 1) {
        ctx.warnings.push(
          'the pairs carry different mapped credit; here every pair counts the same',
        );
      }
      return {
        draft: {
          ...common,
          text,
          type: 'matching',
          options: null,
          premises: premises.map(({ id, text: t }) => ({ id, text: t })),
          responses: responses.map(({ id, text: t }) => ({ id, text: t })),
          key: { pairs: keyPairs },
        },
        perOptionIds: none,
      };
    }
    case 'qti-gap-match-interaction': {
      const words = labelled(elements(block, 'qti-gap-text'), (n) => render(n), false);
      const wordOf = new Map(words.map((w) => [w.qtiId, w.id]));
      const gapFor = new Map(
        (d?.correct ?? []).map((v) => {
          const [w = '', g = ''] = v.split(/\s+/);
          return [g, w];
        }),
      );
      const gaps: Array<{
        id: string;
        kind: 'choice';
        options: Array<{ id: string; text: string }>;
        marks: number;
      }> = [];
      const keys: Record<string, { optionId: string }> = {};
      // The passage: the interaction's own content with each qti-gap as a gap marker.
      const content = block.children.filter(
        (c) => c.kind !== 'element' || (c.name !== 'qti-gap-text' && c.name !== 'qti-prompt'),
      );
      const gapEls = descendants(block).filter((e) => e.name === 'qti-gap');
      for (const g of gapEls) {
        const gid = g.attrs.identifier ?? '';
        const word = gapFor.get(gid);
        if (!idPattern.test(gid))
          return { reason: `the gap identifier "${gid}" cannot be a gap id here`, at: g };
        if (word === undefined || !wordOf.has(word))
          return { reason: `the gap "${gid}" has no correct word`, at: g };
        gaps.push({
          id: gid,
          kind: 'choice',
          options: words.map(({ id, text: t }) => ({ id, text: t })),
          marks: 1,
        });
        keys[gid] = { optionId: wordOf.get(word) ?? '' };
      }
      if (
        words.some((w) =>
          block.children.some(
            (c) =>
              c.kind === 'element' &&
              c.attrs.identifier === w.qtiId &&
              c.attrs['match-max'] === '1',
          ),
        )
      ) {
        ctx.warnings.push(
          'each word may be used once in the file; here a word may fill more than one gap',
        );
      }
      const share = (maxScore ?? gaps.length) / Math.max(1, gaps.length);
      for (const g of gaps) g.marks = share;
      const passage = render(content).replace(/\uE000\d+\uE001/g, (mark) => {
        const el = placeholders.get(mark);
        return el?.name === 'qti-gap' ? `{{gap:${el.attrs.identifier ?? ''}}}` : '';
      });
      const prompt = promptOf(block);
      const stem = stemWith((el) => (el === block ? `${prompt}${passage}` : ''));
      return {
        draft: {
          ...common,
          marks: share * gaps.length,
          text: stem,
          type: 'cloze',
          options: null,
          gaps,
          key: { gaps: keys },
        },
        perOptionIds: none,
      };
    }
    default:
      return { reason: `the QTI interaction ${block.name} is not supported`, at };
  }
}

function readInline(
  ctx: Context,
  all: XElement[],
  stemWith: (replace: (el: XElement) => string) => string,
  render: Render,
  common: Common,
  maxScore: number | null,
): { draft: QuestionContentInput; perOptionIds: Map<string, string> } | ItemRefusal {
  const none = new Map<string, string>();
  const only = all[0];
  // One text entry at the end of the text: a short answer or numeric question, as other tools write them.
  if (all.length === 1 && only?.name === 'qti-text-entry-interaction') {
    const marker = '\u0001';
    const withMarker = stemWith(() => marker);
    const after = withMarker
      .slice(withMarker.indexOf(marker) + 1)
      .replace(/<[^>]+>/g, '')
      .trim();
    if (/^[.?!:…]*$/u.test(after)) {
      // The entry's own paragraph (as other tools and our writer place it) goes with it.
      const text = tidyHtml(
        withMarker.replace(new RegExp(`<p>\\s*${marker}\\s*</p>`), '').replace(marker, ''),
      );
      const d = ctx.decls.get(only.attrs['response-identifier'] ?? 'RESPONSE');
      const marks = maxScore ?? 1;
      if (d && (d.baseType === 'float' || d.baseType === 'integer')) {
        const rules = numericRules(ctx.item, d.el.attrs.identifier ?? '', marks);
        return {
          draft: {
            ...common,
            marks,
            text,
            type: 'numeric',
            options: null,
            key: numericKey(rules, d.correct[0], marks),
          },
          perOptionIds: none,
        };
      }
      const key = textKey(d, marks);
      return {
        draft: { ...common, marks, text, type: 'short_answer', options: null, key },
        perOptionIds: none,
      };
    }
  }
  // Otherwise a gap fill: each inline interaction a gap, in document order.
  const gaps: Array<{
    id: string;
    kind: 'choice' | 'text' | 'numeric';
    options?: Array<{ id: string; text: string }>;
    marks: number;
  }> = [];
  const keys: Record<string, unknown> = {};
  const share = (maxScore ?? all.length) / all.length;
  for (const el of all) {
    const rid = el.attrs['response-identifier'] ?? '';
    if (!idPattern.test(rid))
      return { reason: `the response identifier "${rid}" cannot be a gap id here`, at: el };
    const d = ctx.decls.get(rid);
    if (!d) return { reason: `no qti-response-declaration for "${rid}"`, at: el };
    if (el.name === 'qti-inline-choice-interaction') {
      const options = labelled(elements(el, 'qti-inline-choice'), (n) => render(n), false);
      const key = options.find((o) => o.qtiId === d.correct[0]);
      if (!key) return { reason: `the inline choice "${rid}" has no correct choice`, at: d.el };
      gaps.push({
        id: rid,
        kind: 'choice',
        options: options.map(({ id, text }) => ({ id, text })),
        marks: matchedMarks(ctx.item, rid) ?? share,
      });
      keys[rid] = { optionId: key.id };
    } else if (d.baseType === 'float' || d.baseType === 'integer') {
      const rules = numericRules(ctx.item, rid, share);
      const marks = rules[0]?.score ?? share;
      gaps.push({ id: rid, kind: 'numeric', marks });
      keys[rid] = numericKey(rules, d.correct[0], marks);
    } else {
      const marks = d.mapping.length > 0 ? Math.max(...d.mapping.map((m) => m.value)) : share;
      gaps.push({ id: rid, kind: 'text', marks: marks > 0 ? marks : share });
      keys[rid] = textKey(d, marks > 0 ? marks : share);
    }
  }
  const text = stemWith((el) => `{{gap:${el.attrs['response-identifier'] ?? ''}}}`);
  return {
    draft: {
      ...common,
      marks: gaps.reduce((s, g) => s + g.marks, 0),
      text,
      type: 'cloze',
      options: null,
      gaps,
      key: { gaps: keys as Record<string, { optionId: string }> },
    },
    perOptionIds: none,
  };
}

/** The marks a custom processing adds when a response matches its correct value. */
function matchedMarks(item: XElement, responseId: string): number | null {
  const rp = firstElement(item, 'qti-response-processing');
  if (!rp) return null;
  for (const branch of descendants(rp).filter((d) => d.name === 'qti-response-if')) {
    const match = firstElement(branch, 'qti-match');
    if (firstElement(match, 'qti-variable')?.attrs.identifier !== responseId) continue;
    const set = firstElement(branch, 'qti-set-outcome-value');
    const added = set ? descendants(set).find((d) => d.name === 'qti-base-value') : undefined;
    if (added) return num(textContent(added), Number.NaN);
  }
  return null;
}

function textKey(d: Declaration | undefined, marks: number) {
  const entries = d?.mapping ?? [];
  if (entries.length === 0) return { accepted: d?.correct ?? [], caseSensitive: false };
  const accepted = entries.filter((e) => fraction(e.value, marks) >= 1).map((e) => e.key);
  const partial = entries
    .filter((e) => e.value > 0 && fraction(e.value, marks) < 1)
    .map((e) => ({ answer: e.key, credit: fraction(e.value, marks) }));
  return {
    accepted,
    caseSensitive: entries.every((e) => e.caseSensitive),
    ...(partial.length > 0 && { partial }),
  };
}

/**
 * Fields rendered as HTML become plain text when every field of the question
 * is only paragraphs and text; otherwise the question is rich and its media
 * are resolved (package files become media, anything else is reported).
 */
function asFormat(
  draft: QuestionContentInput,
  media: MediaCollector,
  warnings: string[],
): QuestionContentInput {
  const fields: string[] = [];
  const visit = (q: Record<string, unknown>, f: (s: string) => string): Record<string, unknown> => {
    const mapItems = (v: unknown) =>
      Array.isArray(v) ? v.map((i: { text: string }) => ({ ...i, text: f(i.text) })) : v;
    const out: Record<string, unknown> = { ...q, text: f(q.text as string) };
    for (const k of ['options', 'premises', 'responses', 'items'])
      if (Array.isArray(q[k])) out[k] = mapItems(q[k]);
    if (Array.isArray(q.gaps))
      out.gaps = (q.gaps as Array<Record<string, unknown>>).map((g) =>
        g.options ? { ...g, options: mapItems(g.options) } : g,
      );
    const fb = q.feedback as QuestionFeedback | undefined;
    if (fb) {
      const nf: QuestionFeedback = { ...fb };
      for (const k of ['general', 'correct', 'partial', 'incorrect'] as const)
        if (fb[k] !== undefined) nf[k] = f(fb[k]);
      if (fb.perOption)
        nf.perOption = Object.fromEntries(Object.entries(fb.perOption).map(([k, v]) => [k, f(v)]));
      if (fb.perAnswer) nf.perAnswer = fb.perAnswer.map((p) => ({ ...p, text: f(p.text) }));
      if (fb.perGap)
        nf.perGap = Object.fromEntries(Object.entries(fb.perGap).map(([k, v]) => [k, f(v)]));
      out.feedback = nf;
    }
    return out;
  };
  visit(draft, (s) => {
    fields.push(s);
    return s;
  });
  const plain = fields.every((s) => isPlainHtml(s.replace(/\{\{gap:[A-Za-z0-9_-]+\}\}/g, '')));
  if (plain) return visit(draft, (s) => fragmentText(s)) as unknown as QuestionContentInput;
  const rich = visit(draft, (s) => media.embed(s, warnings));
  return { ...(rich as unknown as QuestionContentInput), format: 'html' };
}
