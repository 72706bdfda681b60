import {
  isChoiceGapKey,
  isNumericGapKey,
  type QuestionContent,
  type QuestionContentOf,
} from '../domain/questions';
import {
  feedbackBlocks,
  feedbackDeclaration,
  feedbackInline,
  feedbackRules,
  modalFeedback,
} from './qti-feedback-write';
import {
  baseValue,
  blockNodes,
  el,
  equalTo,
  inlineNodes,
  text,
  variable,
  withMediaPaths,
  xmlDocument,
  type XmlNode,
} from './qti-xml-nodes';

/**
 * QTI 3.0 items for every question type the bank holds, built as element
 * trees and written by fast-xml-parser's XMLBuilder (see qti-xml-nodes.ts);
 * the package around them is written in qti-package-write.ts.
 */
export const QTI_ITEM_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
export const QTI_CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
export const LOM_NS = 'http://ltsc.ieee.org/xsd/LOM';
const RP = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates';
const ITEM_SCHEMA = `${QTI_ITEM_NS} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd`;

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

type TemplateName = 'match_correct' | 'map_response';

/** The rules a standard template stands for, written out when feedback rules must follow them. */
function templateRules(name: TemplateName): XmlNode[] {
  const set = (v: XmlNode) => el('qti-set-outcome-value', { identifier: 'SCORE' }, [v]);
  if (name === 'match_correct') {
    return [
      el('qti-response-condition', {}, [
        el('qti-response-if', {}, [
          el('qti-match', {}, [
            variable('RESPONSE'),
            el('qti-correct', { identifier: 'RESPONSE' }),
          ]),
          set(variable('MAXSCORE')),
        ]),
        el('qti-response-else', {}, [set(baseValue(0))]),
      ]),
    ];
  }
  return [
    el('qti-response-condition', {}, [
      el('qti-response-if', {}, [el('qti-is-null', {}, [variable('RESPONSE')]), set(baseValue(0))]),
      el('qti-response-else', {}, [set(el('qti-map-response', { identifier: 'RESPONSE' }))]),
    ]),
  ];
}

/** How an item is scored: a standard template, or its own rules (none for an essay). */
type Scoring = { template: TemplateName } | { rules: XmlNode[] };

/** The item's response processing: scoring, then the rules that pick its feedback. */
function responseProcessing(scoring: Scoring, feedback: XmlNode[]): XmlNode[] {
  if ('template' in scoring && feedback.length === 0)
    return [el('qti-response-processing', { template: `${RP}/${scoring.template}.xml` })];
  const rules = [
    ...('template' in scoring ? templateRules(scoring.template) : scoring.rules),
    ...feedback,
  ];
  return rules.length === 0 ? [] : [el('qti-response-processing', {}, rules)];
}

const addToScore = (v: XmlNode) =>
  el('qti-set-outcome-value', { identifier: 'SCORE' }, [el('qti-sum', {}, [variable('SCORE'), v])]);

type NumericKey = QuestionContentOf<'numeric'>['key'];

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

interface Parts {
  declarations: XmlNode[];
  body: XmlNode[];
  scoring: Scoring;
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
    scoring: { template: weights ? 'map_response' : 'match_correct' },
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
    scoring: { rules: processing },
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
        scoring: { template: 'match_correct' },
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
        scoring: { template: 'map_response' },
      };
    case 'numeric':
      return {
        declarations: [responseDeclaration('RESPONSE', 'single', 'float', [q.key.value])],
        body: [
          ...blockNodes(q, q.text),
          el('p', {}, [el('qti-text-entry-interaction', { 'response-identifier': 'RESPONSE' })]),
          ...feedbackBlocks(q),
        ],
        scoring: { rules: [numericCondition('RESPONSE', q.key, q.marks, false)] },
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
        scoring: { rules: [] },
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
        scoring: { template: 'map_response' },
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
        scoring: { template: 'match_correct' },
      };
    case 'cloze':
      return clozeParts(q);
    case 'description':
      // An item with no interaction: text to read, which carries no score.
      return { declarations: [], body: blockNodes(q, q.text), scoring: { rules: [] } };
  }
}

/** QTI identifiers must start with a letter or underscore. */
export const qtiIdentifier = (id: string): string => `q-${id}`;

/**
 * One item file. Images and audio it shows (`media:<sha256>`) point where
 * `mediaPath` says the package carries them, relative to the item file.
 */
export function writeQtiItem(
  id: string,
  q: QuestionContent,
  mediaPath: (hash: string) => string | null = () => null,
): string {
  const { declarations, body, scoring } = itemParts(q);
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
      ...(q.feedback !== undefined ? [feedbackDeclaration()] : []),
      el('qti-item-body', {}, body),
      ...responseProcessing(scoring, feedbackRules(q)),
      ...modalFeedback(q),
    ],
  );
  return xmlDocument(q.format === 'html' ? (withMediaPaths([item], mediaPath)[0] ?? item) : item);
}
