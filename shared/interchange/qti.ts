import type { Difficulty, QuestionContent, QuestionContentInput } from '../domain/questions';
import { difficultySchema } from '../domain/questions';
import {
  checkedItem,
  exportableQuestions,
  notYetExchangedError,
  optionIdAt,
  skippedItem,
  type ExportQuestion,
  type ExportSkip,
  type FileProblem,
  type ParsedFile,
  type ParsedItem,
} from './types';
import { escapeXml, fragmentText, paragraphs } from './xml-text';
import { elementPosition, isTooDeep, positionedXmlParser, TOO_DEEP, xmlProblem } from './xml-guard';

/**
 * QTI 3.0 (1EdTech) items for the question types this bank has: choice
 * (single, multiple, true/false), text entry (short answer, numeric) and
 * extended text (essay). A package is a zip with imsmanifest.xml; the zip
 * itself is made and opened in main, so this module works on its files.
 */
export const QTI_ITEM_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
export const QTI_CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
export const LOM_NS = 'http://ltsc.ieee.org/xsd/LOM';
const RP = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates';
const ITEM_SCHEMA = `${QTI_ITEM_NS} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd`;

const SUPPORTED_INTERACTIONS = [
  'qti-choice-interaction',
  'qti-text-entry-interaction',
  'qti-extended-text-interaction',
];

/** Difficulty as the LOM vocabulary says it. */
const LOM_DIFFICULTY: Record<Difficulty, string> = {
  easy: 'easy',
  medium: 'medium',
  hard: 'difficult',
};

function value(v: string | number): string {
  return `<qti-value>${escapeXml(String(v))}</qti-value>`;
}

function maxScore(marks: number): string {
  return `<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"><qti-default-value>${value(0)}</qti-default-value></qti-outcome-declaration>
  <qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float"><qti-default-value>${value(marks)}</qti-default-value></qti-outcome-declaration>`;
}

function itemParts(q: QuestionContent): { response: string; body: string; processing: string } {
  const prompt = `<qti-prompt>${paragraphs(q.text)}</qti-prompt>`;
  switch (q.type) {
    case 'single_choice':
    case 'multiple_response': {
      const multiple = q.type === 'multiple_response';
      const keys = q.type === 'single_choice' ? [q.key.optionId] : q.key.optionIds;
      const choices = (q.options ?? [])
        .map(
          (o) =>
            `<qti-simple-choice identifier="${escapeXml(o.id)}">${escapeXml(o.text)}</qti-simple-choice>`,
        )
        .join('\n      ');
      return {
        response: `<qti-response-declaration identifier="RESPONSE" cardinality="${multiple ? 'multiple' : 'single'}" base-type="identifier"><qti-correct-response>${keys.map(value).join('')}</qti-correct-response></qti-response-declaration>`,
        body: `<qti-choice-interaction response-identifier="RESPONSE" shuffle="false" max-choices="${multiple ? 0 : 1}">
      ${prompt}
      ${choices}
    </qti-choice-interaction>`,
        processing: `<qti-response-processing template="${RP}/match_correct.xml"/>`,
      };
    }
    case 'true_false':
      return {
        response: `<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti-correct-response>${value(q.key.value ? 'true' : 'false')}</qti-correct-response></qti-response-declaration>`,
        body: `<qti-choice-interaction response-identifier="RESPONSE" shuffle="false" max-choices="1" class="true-false">
      ${prompt}
      <qti-simple-choice identifier="true">True</qti-simple-choice>
      <qti-simple-choice identifier="false">False</qti-simple-choice>
    </qti-choice-interaction>`,
        processing: `<qti-response-processing template="${RP}/match_correct.xml"/>`,
      };
    case 'short_answer': {
      const entries = q.key.accepted
        .map(
          (a) =>
            `<qti-map-entry map-key="${escapeXml(a)}" mapped-value="${q.marks}" case-sensitive="${q.key.caseSensitive}"/>`,
        )
        .join('');
      return {
        response: `<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"><qti-correct-response>${value(q.key.accepted[0] ?? '')}</qti-correct-response><qti-mapping default-value="0">${entries}</qti-mapping></qti-response-declaration>`,
        body: `${paragraphs(q.text)}
    <p><qti-text-entry-interaction response-identifier="RESPONSE"/></p>`,
        processing: `<qti-response-processing template="${RP}/map_response.xml"/>`,
      };
    }
    case 'numeric': {
      // QTI's relative tolerance is a percentage; the bank keeps a fraction.
      const t = q.key.toleranceMode === 'relative' ? q.key.tolerance * 100 : q.key.tolerance;
      const mode = q.key.tolerance === 0 ? 'exact' : q.key.toleranceMode;
      const tol = mode === 'exact' ? '' : ` tolerance="${t} ${t}"`;
      return {
        response: `<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="float"><qti-correct-response>${value(q.key.value)}</qti-correct-response></qti-response-declaration>`,
        body: `${paragraphs(q.text)}
    <p><qti-text-entry-interaction response-identifier="RESPONSE"/></p>`,
        processing: `<qti-response-processing>
    <qti-response-condition>
      <qti-response-if>
        <qti-equal tolerance-mode="${mode}"${tol}><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-equal>
        <qti-set-outcome-value identifier="SCORE"><qti-variable identifier="MAXSCORE"/></qti-set-outcome-value>
      </qti-response-if>
    </qti-response-condition>
  </qti-response-processing>`,
      };
    }
    case 'essay': {
      const data = [
        q.settings.minWords !== undefined ? ` data-min-words="${q.settings.minWords}"` : '',
        q.settings.maxWords !== undefined ? ` data-max-words="${q.settings.maxWords}"` : '',
      ].join('');
      return {
        response: `<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"/>`,
        body: `<qti-extended-text-interaction response-identifier="RESPONSE"${data}>
      ${prompt}
    </qti-extended-text-interaction>`,
        processing: '',
      };
    }
    case 'matching':
    case 'ordering':
    case 'cloze':
    case 'description':
      throw notYetExchangedError(q.type);
  }
}

/** QTI identifiers must start with a letter or underscore. */
export const qtiIdentifier = (id: string): string => `q-${id}`;

export function writeQtiItem(id: string, q: QuestionContent): string {
  const { response, body, processing } = itemParts(q);
  const title = q.text.split(/\r\n|\r|\n/)[0]?.slice(0, 80) ?? '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${QTI_ITEM_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${ITEM_SCHEMA}" identifier="${escapeXml(qtiIdentifier(id))}" title="${escapeXml(title)}" adaptive="false" time-dependent="false">
  ${response}
  ${maxScore(q.marks)}
  <qti-item-body>
    ${body}
  </qti-item-body>
  ${processing}
</qti-assessment-item>
`;
}

function resourceMetadata(q: QuestionContent): string {
  const keywords = q.tags
    .map((t) => `<imsmd:keyword><imsmd:string>${escapeXml(t)}</imsmd:string></imsmd:keyword>`)
    .join('');
  const difficulty = q.difficulty
    ? `<imsmd:educational><imsmd:difficulty><imsmd:source>LOMv1.0</imsmd:source><imsmd:value>${LOM_DIFFICULTY[q.difficulty]}</imsmd:value></imsmd:difficulty></imsmd:educational>`
    : '';
  if (!keywords && !difficulty) return '';
  return `<metadata><imsmd:lom><imsmd:general>${keywords}</imsmd:general>${difficulty}</imsmd:lom></metadata>`;
}

/** Every file of a QTI 3.0 package: the manifest and one item file per question. */
export function writeQtiPackage(
  questions: readonly ExportQuestion[],
  packageId: string,
): { files: Record<string, string>; skipped: ExportSkip[] } {
  const files: Record<string, string> = {};
  const resources: string[] = [];
  const { exportable, skipped } = exportableQuestions(questions);
  for (const { id, content } of exportable) {
    const href = `items/${qtiIdentifier(id)}.xml`;
    files[href] = writeQtiItem(id, content);
    resources.push(`    <resource identifier="${escapeXml(qtiIdentifier(id))}" type="imsqti_item_xmlv3p0" href="${href}">
      ${resourceMetadata(content)}
      <file href="${href}"/>
    </resource>`);
  }
  files['imsmanifest.xml'] = `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${QTI_CP_NS}" xmlns:imsmd="${LOM_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_CP_NS} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd" identifier="${escapeXml(packageId)}">
  <metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>
  <organizations/>
  <resources>
${resources.join('\n')}
  </resources>
</manifest>
`;
  return { files, skipped };
}

// ---------------------------------------------------------------- reading

type Node = Record<string, unknown>;

const parser = positionedXmlParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: ['*.qti-prompt', '*.qti-simple-choice'],
  isArray: (name) =>
    [
      'qti-simple-choice',
      'qti-value',
      'qti-map-entry',
      'qti-response-declaration',
      'resource',
      'keyword',
      'p',
      'file',
    ].includes(name),
});

const asNode = (v: unknown): Node | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : null;
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const attr = (n: Node | null, name: string): string | undefined => {
  const v = n?.[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
};

function textOf(v: unknown): string {
  if (typeof v === 'string') return fragmentText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const n = asNode(v);
  if (!n) return '';
  const t = n['#text'];
  return typeof t === 'string' ? fragmentText(t) : typeof t === 'number' ? String(t) : '';
}

/** Finds interactions anywhere under the item body. */
function findInteractions(node: unknown, out: Array<{ name: string; node: Node }>): void {
  for (const item of asArray(node)) {
    const n = asNode(item);
    if (!n) continue;
    for (const [key, child] of Object.entries(n)) {
      if (key.startsWith('@_') || key === '#text') continue;
      if (key.endsWith('-interaction')) {
        for (const c of asArray(child)) out.push({ name: key, node: asNode(c) ?? {} });
      } else {
        findInteractions(child, out);
      }
    }
  }
}

/** The body text around inline interactions: its paragraphs, one line each. */
function bodyText(body: Node): string {
  return asArray(body.p)
    .map((p) => (typeof p === 'string' ? fragmentText(p) : textOf(p)))
    .filter((line, i, all) => !(line === '' && i === all.length - 1))
    .join('\n')
    .trim();
}

export interface QtiItemMeta {
  tags: string[];
  difficulty: Difficulty | null;
}

/** Parses a document read by this module, or says why not (with a line and column where there is one). */
function parseXml(xml: string): { doc: Node } | { problem: FileProblem } {
  const problem = xmlProblem(xml);
  if (problem) return { problem };
  try {
    return { doc: asNode(parser.parse(xml)) ?? {} };
  } catch (error) {
    return {
      problem: {
        line: null,
        column: null,
        message: isTooDeep(error) ? TOO_DEEP : 'XML: the document could not be read',
      },
    };
  }
}

/** Reads one QTI 3.0 item file into a question, or says why it cannot. */
export function readQtiItem(xml: string, meta: QtiItemMeta, label: string): ParsedItem {
  const parsed = parseXml(xml);
  if ('problem' in parsed) return skippedItem(parsed.problem.message, { ...parsed.problem, label });
  const doc = parsed.doc;
  const where = (node: unknown) => elementPosition(xml, node) ?? { line: 1, column: 1 };
  const at = { line: 1, column: 1, label, warnings: [] as string[] };
  if ('assessmentItem' in doc) {
    return skippedItem('this is a QTI 2.x item (assessmentItem); only QTI 3.0 items are read', {
      ...at,
      ...where(doc.assessmentItem),
    });
  }
  const item = asNode(doc['qti-assessment-item']);
  if (!item) return skippedItem('the file has no qti-assessment-item', at);
  Object.assign(at, where(item));
  at.label = attr(item, 'identifier') ?? label;
  const body = asNode(item['qti-item-body']) ?? {};
  const found: Array<{ name: string; node: Node }> = [];
  findInteractions(body, found);
  const unsupported = found.find((f) => !SUPPORTED_INTERACTIONS.includes(f.name));
  if (unsupported)
    return skippedItem(`the QTI interaction ${unsupported.name} is not supported`, {
      ...at,
      ...where(unsupported.node),
    });
  if (found.length !== 1) {
    return skippedItem(
      found.length === 0
        ? 'the item has no interaction'
        : `the item has ${found.length} interactions; only one per item is supported`,
      { ...at, ...(found[1] ? where(found[1].node) : where(body)) },
    );
  }
  const interaction = found[0] as { name: string; node: Node };
  const responseId = attr(interaction.node, 'response-identifier') ?? 'RESPONSE';
  const declaration =
    asArray(item['qti-response-declaration'])
      .map(asNode)
      .find((d) => attr(d, 'identifier') === responseId) ?? null;
  const correct = asArray(asNode(declaration?.['qti-correct-response'])?.['qti-value']).map(textOf);
  const outcomes = asArray(item['qti-outcome-declaration']).map(asNode);
  const maxScoreDecl = outcomes.find((o) => attr(o, 'identifier') === 'MAXSCORE');
  const marksText = textOf(asArray(asNode(maxScoreDecl?.['qti-default-value'])?.['qti-value'])[0]);
  const marks = marksText === '' ? 1 : Number(marksText);
  const common = { marks, difficulty: meta.difficulty, tags: meta.tags };
  const prompt = interaction.node['qti-prompt'];
  const text = prompt !== undefined ? textOf(prompt) : bodyText(body);

  let draft: QuestionContentInput;
  switch (interaction.name) {
    case 'qti-choice-interaction': {
      const choices = asArray(interaction.node['qti-simple-choice']).map((c) => ({
        id: attr(asNode(c), 'identifier') ?? '',
        text: textOf(c),
      }));
      const ids = choices.map((c) => c.id);
      if (ids.length === 2 && ids.includes('true') && ids.includes('false')) {
        draft = {
          ...common,
          text,
          type: 'true_false',
          options: null,
          key: { value: correct[0] === 'true' },
        };
        break;
      }
      // Option ids are letters by position here; the key follows its options.
      const letterOf = new Map(ids.map((id, i) => [id, optionIdAt(i)]));
      const options = choices.map((c, i) => ({ id: optionIdAt(i), text: c.text }));
      const keyIds = correct.map((k) => letterOf.get(k) ?? k);
      if (attr(declaration, 'cardinality') === 'multiple') {
        draft = { ...common, text, type: 'multiple_response', options, key: { optionIds: keyIds } };
      } else {
        if (correct.length === 0)
          return skippedItem('the choice item has no correct response', {
            ...at,
            ...where(declaration ?? interaction.node),
          });
        draft = {
          ...common,
          text,
          type: 'single_choice',
          options,
          key: { optionId: keyIds[0] ?? '' },
        };
      }
      break;
    }
    case 'qti-text-entry-interaction': {
      const baseType = attr(declaration, 'base-type');
      if (baseType === 'float' || baseType === 'integer') {
        const equal = findEqual(item['qti-response-processing']);
        const mode = attr(equal, 'tolerance-mode') ?? 'exact';
        const tol = Number((attr(equal, 'tolerance') ?? '0').trim().split(/\s+/)[0] ?? '0');
        draft = {
          ...common,
          text,
          type: 'numeric',
          options: null,
          key: {
            value: correct[0] === undefined || correct[0] === '' ? Number.NaN : Number(correct[0]),
            tolerance: mode === 'exact' ? 0 : mode === 'relative' ? tol / 100 : tol,
            toleranceMode: mode === 'relative' ? 'relative' : 'absolute',
          },
        };
      } else {
        const entries = asArray(asNode(declaration?.['qti-mapping'])?.['qti-map-entry']).map(
          asNode,
        );
        const accepted =
          entries.length > 0 ? entries.map((e) => attr(e, 'map-key') ?? '') : correct;
        const caseSensitive =
          entries.length > 0 && entries.every((e) => attr(e, 'case-sensitive') === 'true');
        draft = {
          ...common,
          text,
          type: 'short_answer',
          options: null,
          key: { accepted, caseSensitive },
        };
      }
      break;
    }
    default: {
      const min = attr(interaction.node, 'data-min-words');
      const max = attr(interaction.node, 'data-max-words');
      draft = {
        ...common,
        text,
        type: 'essay',
        options: null,
        key: null,
        settings: {
          ...(min !== undefined && { minWords: Number(min) }),
          ...(max !== undefined && { maxWords: Number(max) }),
        },
      };
    }
  }
  return checkedItem(draft, at);
}

function findEqual(node: unknown): Node | null {
  for (const item of asArray(node)) {
    const n = asNode(item);
    if (!n) continue;
    const eq = asNode(asArray(n['qti-equal'])[0]);
    if (eq) return eq;
    for (const [key, child] of Object.entries(n)) {
      if (key.startsWith('@_')) continue;
      const found = findEqual(child);
      if (found) return found;
    }
  }
  return null;
}

function manifestMeta(resource: Node): QtiItemMeta {
  const lom = asNode(asNode(resource.metadata)?.lom);
  const tags = asArray(asNode(lom?.general)?.keyword)
    .map((k) => textOf(asNode(k)?.string))
    .filter((t) => t !== '');
  const raw = textOf(asNode(asNode(lom?.educational)?.difficulty)?.value).toLowerCase();
  const difficulty =
    raw === 'difficult' || raw === 'very difficult' ? 'hard' : raw === 'very easy' ? 'easy' : raw;
  const parsed = difficultySchema.safeParse(difficulty);
  return { tags, difficulty: parsed.success ? parsed.data : null };
}

/**
 * Reads a package's files (path -> text). Items are read in manifest order;
 * other resources (tests, stimuli) are reported by name, not dropped silently.
 */
export function readQtiPackage(files: ReadonlyMap<string, string>): ParsedFile {
  const manifestXml = files.get('imsmanifest.xml');
  if (manifestXml === undefined) {
    return {
      items: [],
      problems: [{ line: null, column: null, message: 'the package has no imsmanifest.xml' }],
    };
  }
  const parsedManifest = parseXml(manifestXml);
  if ('problem' in parsedManifest) {
    const { problem } = parsedManifest;
    return {
      items: [],
      problems: [{ ...problem, message: `imsmanifest.xml: ${problem.message}` }],
    };
  }
  const manifest = asNode(parsedManifest.doc.manifest);
  const resources = asArray(asNode(manifest?.resources)?.resource).map((r) => asNode(r) ?? {});
  const items: ParsedItem[] = [];
  const problems: FileProblem[] = [];
  for (const resource of resources) {
    const type = attr(resource, 'type') ?? '';
    const href = attr(resource, 'href') ?? '';
    const name = attr(resource, 'identifier') ?? href;
    if (!type.startsWith('imsqti_item_xmlv3p0')) {
      problems.push({
        line: null,
        column: null,
        message: `the resource "${name}" (${type || 'no type'}) is not a QTI 3.0 item and was not imported`,
      });
      continue;
    }
    const xml = files.get(href);
    if (xml === undefined) {
      items.push(
        skippedItem(`the file ${href} is missing from the package`, {
          line: null,
          column: null,
          label: name,
        }),
      );
      continue;
    }
    const item = readQtiItem(xml, manifestMeta(resource), href);
    items.push({
      ...item,
      label: `${href}${item.label && item.label !== href ? ` (${item.label})` : ''}`,
    });
  }
  if (resources.length === 0)
    problems.push({ line: null, column: null, message: 'the manifest lists no resources' });
  return { items, problems };
}
