import type { Difficulty, QuestionContent } from '../domain/questions';
import { difficultySchema } from '../domain/questions';
import {
  checkedItem,
  exportableQuestions,
  notYetExchangedError,
  skippedItem,
  type ImportedMedia,
  type MediaHasher,
  type ExportQuestion,
  type ExportSkip,
  type FileProblem,
  type ParsedFile,
  type ParsedItem,
} from './types';
import { escapeXml, fragmentText, paragraphs } from './xml-text';
import { elementPosition, isTooDeep, positionedXmlParser, TOO_DEEP, xmlProblem } from './xml-guard';
import { positionOf } from './positions';
import { parseXTree, type XElement } from './qti-dom';
import { readItemTree } from './qti-read';
import { MediaCollector } from './rich-import';

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

/** What an item needs to bring its media along: the package's other files and the host's hashing. */
export interface QtiMediaSource {
  hasher: MediaHasher | null;
  /** The package's non-XML files (images, audio) by path. */
  files: ReadonlyMap<string, Uint8Array>;
  /** Where the item file sits in the package, for its relative links. */
  path: string;
}

/** A package path for a link relative to the item file that has it. */
function packagePath(itemPath: string, src: string): string {
  const parts = itemPath.split('/').slice(0, -1);
  for (const part of src.split(/[?#]/)[0]?.split('/') ?? []) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(decodeURIComponent(part));
  }
  return parts.join('/');
}

/** Reads one QTI 3.0 item file into a question, or says why it cannot. */
export function readQtiItem(
  xml: string,
  meta: QtiItemMeta,
  label: string,
  source: QtiMediaSource = { hasher: null, files: new Map(), path: label },
): ParsedItem & { media?: ImportedMedia[] } {
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
  const item = parseXTree(xml).find((e) => e.name === 'qti-assessment-item');
  if (!item) return skippedItem('the file has no qti-assessment-item', at);
  const position = (el: XElement) => positionOf(xml, el.start);
  Object.assign(at, position(item));
  at.label = item.attrs.identifier ?? label;
  const media = new MediaCollector({
    hasher: source.hasher,
    fileAt: (src) => source.files.get(packagePath(source.path, src)) ?? null,
    locate: (needle) => {
      const found = xml.indexOf(needle);
      return found < 0 ? { line: at.line, column: at.column } : positionOf(xml, found);
    },
  });
  const read = readItemTree(item, media, meta, position);
  if ('reason' in read) return skippedItem(read.reason, { ...at, ...position(read.at) });
  const checked = checkedItem(read.draft, { ...at, warnings: read.warnings });
  const found = media.media;
  return checked.ok && found.length > 0 ? { ...checked, media: found } : checked;
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
export function readQtiPackage(
  files: ReadonlyMap<string, string>,
  mediaFiles: ReadonlyMap<string, Uint8Array> = new Map(),
  hasher: MediaHasher | null = null,
): ParsedFile {
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
  const media = new Map<string, ImportedMedia>();
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
    const { media: itemMedia, ...item } = readQtiItem(xml, manifestMeta(resource), href, {
      hasher,
      files: mediaFiles,
      path: href,
    });
    for (const m of itemMedia ?? []) if (!media.has(m.hash)) media.set(m.hash, m);
    items.push({
      ...item,
      label: `${href}${item.label && item.label !== href ? ` (${item.label})` : ''}`,
    });
  }
  if (resources.length === 0)
    problems.push({ line: null, column: null, message: 'the manifest lists no resources' });
  return { items, problems, ...(media.size > 0 && { media: [...media.values()] }) };
}
