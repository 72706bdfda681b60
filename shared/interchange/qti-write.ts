import { XMLBuilder } from 'fast-xml-parser';
import { parseDocument } from 'htmlparser2';
import {
  isChoiceGapKey,
  isNumericGapKey,
  type Difficulty,
  type QuestionContent,
  type QuestionContentOf,
  type QuestionFeedback,
} from '../domain/questions';
import type { ExportQuestion, ExportSkip } from './types';

/**
 * QTI 3.0 items and their package manifest, for every question type the bank
 * holds, built as element trees and written by fast-xml-parser's XMLBuilder
 * (so every text and attribute is escaped by the library, never by hand).
 */
export const QTI_ITEM_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
export const QTI_CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
export const LOM_NS = 'http://ltsc.ieee.org/xsd/LOM';
const RP = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates';
const ITEM_SCHEMA = `${QTI_ITEM_NS} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd`;

const LOM_DIFFICULTY: Record<Difficulty, string> = {
  easy: 'easy',
  medium: 'medium',
  hard: 'difficult',
};

/** An element or a text, in the builder's ordered form. */
type XmlNode = Record<string, unknown>;
type Attrs = Record<string, string | number | boolean | undefined>;

function el(name: string, attrs: Attrs = {}, children: XmlNode[] = []): XmlNode {
  const node: XmlNode = { [name]: children };
  const kept = Object.entries(attrs).filter(([, v]) => v !== undefined);
  if (kept.length > 0) node[':@'] = Object.fromEntries(kept.map(([k, v]) => [`@_${k}`, String(v)]));
  return node;
}
const text = (t: string): XmlNode => ({ '#text': t });

// eslint-disable-next-line @typescript-eslint/no-deprecated -- the builder bundled with the pinned fast-xml-parser (already the XML library here); its split-out package fast-xml-builder is the same code
const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  processEntities: true,
});

const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

interface DomLike {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomLike[];
  data?: string;
}

/** Rich text (already sanitised HTML) as element nodes. */
function htmlNodes(html: string): XmlNode[] {
  const convert = (n: DomLike): XmlNode | null => {
    if (n.type === 'text') return text(n.data ?? '');
    if (n.type !== 'tag') return null;
    return el(
      n.name ?? 'span',
      n.attribs ?? {},
      (n.children ?? []).map(convert).filter((c): c is XmlNode => c !== null),
    );
  };
  const doc = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    recognizeSelfClosing: true,
  });
  return (doc.children as unknown as DomLike[])
    .map(convert)
    .filter((c): c is XmlNode => c !== null);
}

/** A block field: HTML as it is, plain text as one paragraph a line. */
function blockNodes(q: QuestionContent, value: string): XmlNode[] {
  if (q.format === 'html') return htmlNodes(value);
  return value.split(/\r\n|\r|\n/).map((line) => el('p', {}, line === '' ? [] : [text(line)]));
}

/** An inline field (an option, a premise): HTML as it is, plain text as text. */
const inlineNodes = (q: QuestionContent, value: string): XmlNode[] =>
  q.format === 'html' ? htmlNodes(value) : [text(value)];

const values = (vs: readonly (string | number)[]) =>
  vs.map((v) => el('qti-value', {}, [text(String(v))]));

function responseDeclaration(
  identifier: string,
  cardinality: string,
  baseType: string,
  correct: readonly (string | number)[],
  mapping: Array<{ key: string; value: number; caseSensitive?: boolean }> = [],
): XmlNode {
  const children: XmlNode[] = [];
  if (correct.length > 0) children.push(el('qti-correct-response', {}, values(correct)));
  if (mapping.length > 0) {
    children.push(
      el(
        'qti-mapping',
        { 'default-value': 0 },
        mapping.map((m) =>
          el('qti-map-entry', {
            'map-key': m.key,
            'mapped-value': m.value,
            'case-sensitive': m.caseSensitive,
          }),
        ),
      ),
    );
  }
  return el(
    'qti-response-declaration',
    { identifier, cardinality, 'base-type': baseType },
    children,
  );
}

const outcome = (identifier: string, baseType: string, value?: number) =>
  el(
    'qti-outcome-declaration',
    { identifier, cardinality: 'single', 'base-type': baseType },
    value === undefined ? [] : [el('qti-default-value', {}, values([value]))],
  );

const template = (name: 'match_correct' | 'map_response') =>
  el('qti-response-processing', { template: `${RP}/${name}.xml` });

const variable = (identifier: string) => el('qti-variable', { identifier });
const baseValue = (v: number) => el('qti-base-value', { 'base-type': 'float' }, [text(String(v))]);
const addToScore = (v: XmlNode) =>
  el('qti-set-outcome-value', { identifier: 'SCORE' }, [el('qti-sum', {}, [variable('SCORE'), v])]);

type NumericKey = QuestionContentOf<'numeric'>['key'];

/** `equal` within the key's tolerance: QTI's relative tolerance is a percentage, the bank keeps a fraction. */
function equalTo(
  identifier: string,
  t: { tolerance: number; toleranceMode: 'absolute' | 'relative' },
  against: XmlNode,
) {
  const mode = t.tolerance === 0 ? 'exact' : t.toleranceMode;
  const tol = t.toleranceMode === 'relative' ? t.tolerance * 100 : t.tolerance;
  return el(
    'qti-equal',
    { 'tolerance-mode': mode, tolerance: mode === 'exact' ? undefined : `${tol} ${tol}` },
    [variable(identifier), against],
  );
}

/** Full marks within the key's tolerance, each alternative its credit; `add` sums into SCORE (gaps). */
function numericCondition(
  identifier: string,
  key: NumericKey,
  marks: number,
  add: boolean,
): XmlNode {
  const set = (v: XmlNode) =>
    add ? addToScore(v) : el('qti-set-outcome-value', { identifier: 'SCORE' }, [v]);
  const branches = [
    el('qti-response-if', {}, [
      equalTo(identifier, key, el('qti-correct', { identifier })),
      set(add ? baseValue(marks) : variable('MAXSCORE')),
    ]),
    ...(key.alternatives ?? []).map((a) =>
      el('qti-response-else-if', {}, [
        equalTo(identifier, a, baseValue(a.value)),
        set(baseValue(a.credit * marks)),
      ]),
    ),
  ];
  return el('qti-response-condition', {}, branches);
}

function feedbackInline(q: QuestionContent, identifier: string): XmlNode[] {
  const fb = q.feedback?.perOption?.[identifier];
  if (fb === undefined || fb.trim() === '') return [];
  return [
    el(
      'qti-feedback-inline',
      { 'outcome-identifier': 'FEEDBACK', identifier, 'show-hide': 'show' },
      inlineNodes(q, fb),
    ),
  ];
}

/** Feedback for an answer or a gap, as a body block that says what it is for. */
function feedbackBlocks(q: QuestionContent): XmlNode[] {
  const fb = q.feedback;
  if (!fb) return [];
  const block = (identifier: string, data: Attrs, value: string) =>
    el(
      'qti-feedback-block',
      { 'outcome-identifier': 'FEEDBACK', identifier, 'show-hide': 'show', ...data },
      blockNodes(q, value),
    );
  return [
    ...(fb.perAnswer ?? []).map((p, i) =>
      block(`answer-${i + 1}`, { 'data-answer': p.answer }, p.text),
    ),
    ...Object.entries(fb.perGap ?? {}).map(([gap, value]) =>
      block(`gap-${gap}`, { 'data-gap': gap }, value),
    ),
  ];
}

const OUTCOME_FEEDBACK: Array<
  keyof Pick<QuestionFeedback, 'general' | 'correct' | 'partial' | 'incorrect'>
> = ['general', 'correct', 'partial', 'incorrect'];

function modalFeedback(q: QuestionContent): XmlNode[] {
  const fb = q.feedback;
  if (!fb) return [];
  return OUTCOME_FEEDBACK.flatMap((name) => {
    const value = fb[name];
    if (value === undefined || value.trim() === '') return [];
    return [
      el(
        'qti-modal-feedback',
        { 'outcome-identifier': 'FEEDBACK', identifier: name, 'show-hide': 'show' },
        [el('qti-content-body', {}, blockNodes(q, value))],
      ),
    ];
  });
}

interface Parts {
  declarations: XmlNode[];
  body: XmlNode[];
  processing: XmlNode[];
}

const prompt = (q: QuestionContent) => el('qti-prompt', {}, blockNodes(q, q.text));

function choiceParts(q: QuestionContentOf<'single_choice' | 'multiple_response'>): Parts {
  const multiple = q.type === 'multiple_response';
  const keys = q.type === 'single_choice' ? [q.key.optionId] : q.key.optionIds;
  const weights = q.key.weights;
  const mapping = weights
    ? Object.entries(weights).map(([key, w]) => ({ key, value: w * q.marks }))
    : [];
  return {
    declarations: [
      responseDeclaration(
        'RESPONSE',
        multiple ? 'multiple' : 'single',
        'identifier',
        keys,
        mapping,
      ),
    ],
    body: [
      el(
        'qti-choice-interaction',
        { 'response-identifier': 'RESPONSE', shuffle: false, 'max-choices': multiple ? 0 : 1 },
        [
          prompt(q),
          ...(q.options ?? []).map((o) =>
            el('qti-simple-choice', { identifier: o.id }, [
              ...inlineNodes(q, o.text),
              ...feedbackInline(q, o.id),
            ]),
          ),
        ],
      ),
    ],
    processing: [template(weights ? 'map_response' : 'match_correct')],
  };
}

function textMapping(
  key: {
    accepted: string[];
    caseSensitive: boolean;
    partial?: Array<{ answer: string; credit: number }> | undefined;
  },
  marks: number,
) {
  return [
    ...key.accepted.map((a) => ({ key: a, value: marks, caseSensitive: key.caseSensitive })),
    ...(key.partial ?? []).map((p) => ({
      key: p.answer,
      value: p.credit * marks,
      caseSensitive: key.caseSensitive,
    })),
  ];
}

/** The text with each `{{gap:ID}}` marker as the gap's interaction. */
function withGaps(nodes: XmlNode[], gapNode: (id: string) => XmlNode): XmlNode[] {
  return nodes.flatMap((node) => {
    if (typeof node['#text'] === 'string') {
      const parts = node['#text'].split(/\{\{gap:([A-Za-z0-9_-]{1,40})\}\}/);
      return parts.flatMap((part, i) =>
        i % 2 === 1 ? [gapNode(part)] : part === '' ? [] : [text(part)],
      );
    }
    const name = Object.keys(node).find((k) => k !== ':@');
    if (name === undefined) return [node];
    return [{ ...node, [name]: withGaps(node[name] as XmlNode[], gapNode) }];
  });
}

function clozeParts(q: QuestionContentOf<'cloze'>): Parts {
  const declarations: XmlNode[] = [];
  const processing: XmlNode[] = [];
  for (const gap of q.gaps) {
    const key = q.key.gaps[gap.id];
    if (!key) continue;
    if (isChoiceGapKey(key)) {
      declarations.push(responseDeclaration(gap.id, 'single', 'identifier', [key.optionId]));
      processing.push(
        el('qti-response-condition', {}, [
          el('qti-response-if', {}, [
            el('qti-match', {}, [variable(gap.id), el('qti-correct', { identifier: gap.id })]),
            addToScore(baseValue(gap.marks)),
          ]),
        ]),
      );
    } else if (isNumericGapKey(key)) {
      declarations.push(responseDeclaration(gap.id, 'single', 'float', [key.value]));
      processing.push(numericCondition(gap.id, key, gap.marks, true));
    } else {
      declarations.push(
        responseDeclaration(
          gap.id,
          'single',
          'string',
          key.accepted.slice(0, 1),
          textMapping(key, gap.marks),
        ),
      );
      processing.push(addToScore(el('qti-map-response', { identifier: gap.id })));
    }
  }
  const gapNode = (id: string) => {
    const gap = q.gaps.find((g) => g.id === id);
    if (gap?.kind === 'choice') {
      return el(
        'qti-inline-choice-interaction',
        { 'response-identifier': id, shuffle: false },
        (gap.options ?? []).map((o) =>
          el('qti-inline-choice', { identifier: o.id }, inlineNodes(q, o.text)),
        ),
      );
    }
    return el('qti-text-entry-interaction', { 'response-identifier': id });
  };
  return {
    declarations,
    body: [...withGaps(blockNodes(q, q.text), gapNode), ...feedbackBlocks(q)],
    processing: [el('qti-response-processing', {}, processing)],
  };
}

function itemParts(q: QuestionContent): Parts {
  switch (q.type) {
    case 'single_choice':
    case 'multiple_response':
      return choiceParts(q);
    case 'true_false':
      return {
        declarations: [
          responseDeclaration('RESPONSE', 'single', 'identifier', [q.key.value ? 'true' : 'false']),
        ],
        body: [
          el(
            'qti-choice-interaction',
            {
              'response-identifier': 'RESPONSE',
              shuffle: false,
              'max-choices': 1,
              class: 'true-false',
            },
            [
              prompt(q),
              el('qti-simple-choice', { identifier: 'true' }, [
                text('True'),
                ...feedbackInline(q, 'true'),
              ]),
              el('qti-simple-choice', { identifier: 'false' }, [
                text('False'),
                ...feedbackInline(q, 'false'),
              ]),
            ],
          ),
        ],
        processing: [template('match_correct')],
      };
    case 'short_answer':
      return {
        declarations: [
          responseDeclaration(
            'RESPONSE',
            'single',
            'string',
            q.key.accepted.slice(0, 1),
            textMapping(q.key, q.marks),
          ),
        ],
        body: [
          ...blockNodes(q, q.text),
          el('p', {}, [el('qti-text-entry-interaction', { 'response-identifier': 'RESPONSE' })]),
          ...feedbackBlocks(q),
        ],
        processing: [template('map_response')],
      };
    case 'numeric':
      return {
        declarations: [responseDeclaration('RESPONSE', 'single', 'float', [q.key.value])],
        body: [
          ...blockNodes(q, q.text),
          el('p', {}, [el('qti-text-entry-interaction', { 'response-identifier': 'RESPONSE' })]),
          ...feedbackBlocks(q),
        ],
        processing: [
          el('qti-response-processing', {}, [numericCondition('RESPONSE', q.key, q.marks, false)]),
        ],
      };
    case 'essay':
      return {
        declarations: [responseDeclaration('RESPONSE', 'single', 'string', [])],
        body: [
          el(
            'qti-extended-text-interaction',
            {
              'response-identifier': 'RESPONSE',
              'data-min-words': q.settings.minWords,
              'data-max-words': q.settings.maxWords,
            },
            [prompt(q)],
          ),
        ],
        processing: [],
      };
    case 'matching': {
      const pairs = Object.entries(q.key.pairs);
      return {
        declarations: [
          responseDeclaration(
            'RESPONSE',
            'multiple',
            'directedPair',
            pairs.map(([p, r]) => `${p} ${r}`),
            pairs.map(([p, r]) => ({
              key: `${p} ${r}`,
              value: q.marks / Math.max(1, pairs.length),
            })),
          ),
        ],
        body: [
          el(
            'qti-match-interaction',
            {
              'response-identifier': 'RESPONSE',
              shuffle: false,
              'max-associations': q.premises.length,
            },
            [
              prompt(q),
              el(
                'qti-simple-match-set',
                {},
                q.premises.map((p) =>
                  el(
                    'qti-simple-associable-choice',
                    { identifier: p.id, 'match-max': 1 },
                    inlineNodes(q, p.text),
                  ),
                ),
              ),
              el(
                'qti-simple-match-set',
                {},
                q.responses.map((r) =>
                  el(
                    'qti-simple-associable-choice',
                    { identifier: r.id, 'match-max': q.premises.length },
                    inlineNodes(q, r.text),
                  ),
                ),
              ),
            ],
          ),
        ],
        processing: [template('map_response')],
      };
    }
    case 'ordering':
      return {
        declarations: [responseDeclaration('RESPONSE', 'ordered', 'identifier', q.key.order)],
        body: [
          el('qti-order-interaction', { 'response-identifier': 'RESPONSE', shuffle: true }, [
            prompt(q),
            ...q.items.map((i) =>
              el('qti-simple-choice', { identifier: i.id }, inlineNodes(q, i.text)),
            ),
          ]),
        ],
        processing: [template('match_correct')],
      };
    case 'cloze':
      return clozeParts(q);
    case 'description':
      // An item with no interaction: text to read, which carries no score.
      return { declarations: [], body: blockNodes(q, q.text), processing: [] };
  }
}

/** QTI identifiers must start with a letter or underscore. */
export const qtiIdentifier = (id: string): string => `q-${id}`;

export function writeQtiItem(id: string, q: QuestionContent): string {
  const { declarations, body, processing } = itemParts(q);
  const feedback = q.feedback !== undefined;
  const title =
    q.text
      .replace(/<[^>]+>/g, '')
      .split(/\r\n|\r|\n/)[0]
      ?.slice(0, 80) ?? '';
  const item = el(
    'qti-assessment-item',
    {
      xmlns: QTI_ITEM_NS,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': ITEM_SCHEMA,
      identifier: qtiIdentifier(id),
      title,
      adaptive: false,
      'time-dependent': false,
    },
    [
      ...declarations,
      outcome('SCORE', 'float', 0),
      outcome('MAXSCORE', 'float', q.marks),
      ...(feedback ? [outcome('FEEDBACK', 'identifier')] : []),
      el('qti-item-body', {}, body),
      ...processing,
      ...modalFeedback(q),
    ],
  );
  return `${declaration}${builder.build([item])}\n`;
}

function resourceMetadata(q: QuestionContent): XmlNode[] {
  const keywords = q.tags.map((t) => el('imsmd:keyword', {}, [el('imsmd:string', {}, [text(t)])]));
  const difficulty = q.difficulty
    ? [
        el('imsmd:educational', {}, [
          el('imsmd:difficulty', {}, [
            el('imsmd:source', {}, [text('LOMv1.0')]),
            el('imsmd:value', {}, [text(LOM_DIFFICULTY[q.difficulty])]),
          ]),
        ]),
      ]
    : [];
  if (keywords.length === 0 && difficulty.length === 0) return [];
  return [
    el('metadata', {}, [el('imsmd:lom', {}, [el('imsmd:general', {}, keywords), ...difficulty])]),
  ];
}

/** Every file of a QTI 3.0 package: the manifest and one item file per question, every type included. */
export function writeQtiPackage(
  questions: readonly ExportQuestion[],
  packageId: string,
): { files: Record<string, string>; skipped: ExportSkip[] } {
  const files: Record<string, string> = {};
  const resources: XmlNode[] = [];
  for (const { id, content } of questions) {
    const href = `items/${qtiIdentifier(id)}.xml`;
    files[href] = writeQtiItem(id, content);
    resources.push(
      el('resource', { identifier: qtiIdentifier(id), type: 'imsqti_item_xmlv3p0', href }, [
        ...resourceMetadata(content),
        el('file', { href }),
      ]),
    );
  }
  const manifest = el(
    'manifest',
    {
      xmlns: QTI_CP_NS,
      'xmlns:imsmd': LOM_NS,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${QTI_CP_NS} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd`,
      identifier: packageId,
    },
    [
      el('metadata', {}, [
        el('schema', {}, [text('QTI Package')]),
        el('schemaversion', {}, [text('3.0.0')]),
      ]),
      el('organizations'),
      el('resources', {}, resources),
    ],
  );
  files['imsmanifest.xml'] = `${declaration}${builder.build([manifest])}\n`;
  return { files, skipped: [] };
}
