import type { Difficulty } from '../domain/questions';
import { difficultySchema } from '../domain/questions';
import {
  checkedItem,
  skippedItem,
  type ImportedMedia,
  type MediaHasher,
  type FileProblem,
  type ParsedFile,
  type ParsedItem,
} from './types';
import { fragmentText } from './xml-text';
import { isTooDeep, positionedXmlParser, TOO_DEEP, xmlProblem } from './xml-guard';
import { READ_LIMITS } from './limits';
import { positionOf } from './positions';
import { parseXTree, type XElement } from './qti-dom';
import { readItemTree } from './qti-read';
import { MediaCollector } from './rich-import';

/**
 * QTI 3.0 (1EdTech) packages and items, for every question type the bank
 * holds (the items themselves are read in qti-read.ts and written in
 * qti-write.ts). A package is a zip with imsmanifest.xml; the zip itself is
 * made and opened in main, so this module works on its files.
 */
export { LOM_NS, QTI_CP_NS, QTI_ITEM_NS, qtiIdentifier, writeQtiItem } from './qti-write';
export { writeQtiPackage, type PackageMedia } from './qti-package-write';

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
      'dependency',
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
  const problem = xmlProblem(xml);
  if (problem) return skippedItem(problem.message, { ...problem, label });
  const at = { line: 1, column: 1, label, warnings: [] as string[] };
  const tree = parseXTree(xml, READ_LIMITS.xmlDepth);
  if (tree === null) return skippedItem(TOO_DEEP, { line: null, column: null, label });
  const position = (el: XElement) => positionOf(xml, el.start);
  const old = tree.find((e) => e.name === 'assessmentItem');
  if (old) {
    return skippedItem('this is a QTI 2.x item (assessmentItem); only QTI 3.0 items are read', {
      ...at,
      ...position(old),
    });
  }
  const item = tree.find((e) => e.name === 'qti-assessment-item');
  if (!item) return skippedItem('the file has no qti-assessment-item', at);
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
  // Files an item depends on (its images, audio) are read with the item, not as resources of their own.
  const dependedOn = new Set(
    resources.flatMap((r) =>
      asArray(r.dependency).map((d) => attr(asNode(d), 'identifierref') ?? ''),
    ),
  );
  for (const resource of resources) {
    const type = attr(resource, 'type') ?? '';
    const href = attr(resource, 'href') ?? '';
    const name = attr(resource, 'identifier') ?? href;
    if (type === 'webcontent' && dependedOn.has(attr(resource, 'identifier') ?? '')) continue;
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
