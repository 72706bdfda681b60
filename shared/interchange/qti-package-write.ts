import { questionMediaRefs } from '../content/rich-fields';
import { mediaFileExtension } from '../content/media-types';
import type { Difficulty, QuestionContent } from '../domain/questions';
import { qtiIdentifier, QTI_CP_NS, LOM_NS, writeQtiItem } from './qti-write';
import { el, text, xmlDocument, type XmlNode } from './qti-xml-nodes';
import { missingMediaReason, type ExportQuestion, type ExportSkip } from './types';

/**
 * A QTI 3.0 package: the manifest, one item file per question, and the
 * images and audio the questions show, each file once under `media/` and
 * listed in the manifest as a web-content resource the items that show it
 * depend on (as 1EdTech's example packages list theirs). The zip itself is
 * made in main.
 */
export interface PackageMedia {
  mime: string;
  bytes: Uint8Array;
}

const LOM_DIFFICULTY: Record<Difficulty, string> = {
  easy: 'easy',
  medium: 'medium',
  hard: 'difficult',
};

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

const mediaResourceId = (hash: string) => `media-${hash}`;

/**
 * Every file of the package, text and media apart. A question whose media
 * are not all given is left out and listed as skipped, so nothing is
 * exported with a reference no reader can follow.
 */
export function writeQtiPackage(
  questions: readonly ExportQuestion[],
  packageId: string,
  media: ReadonlyMap<string, PackageMedia> = new Map(),
): { files: Record<string, string>; media: Record<string, Uint8Array>; skipped: ExportSkip[] } {
  const files: Record<string, string> = {};
  const mediaFiles: Record<string, Uint8Array> = {};
  const mediaResources = new Map<string, XmlNode>();
  const resources: XmlNode[] = [];
  const skipped: ExportSkip[] = [];
  const pathOf = (hash: string) => {
    const file = media.get(hash);
    return file ? `media/${hash}.${mediaFileExtension(file.mime)}` : null;
  };
  for (const { id, content } of questions) {
    const refs = questionMediaRefs(content);
    const missing = refs.filter((hash) => !media.has(hash));
    if (missing.length > 0) {
      skipped.push({ questionId: id, reason: missingMediaReason(missing.length) });
      continue;
    }
    const href = `items/${qtiIdentifier(id)}.xml`;
    // Item files sit one folder down, so their links to media climb out of items/ first.
    files[href] = writeQtiItem(id, content, (hash) => {
      const path = pathOf(hash);
      return path === null ? null : `../${path}`;
    });
    for (const hash of refs) {
      const file = media.get(hash);
      const path = pathOf(hash);
      if (!file || path === null || mediaResources.has(hash)) continue;
      mediaFiles[path] = file.bytes;
      mediaResources.set(
        hash,
        el('resource', { identifier: mediaResourceId(hash), type: 'webcontent', href: path }, [
          el('file', { href: path }),
        ]),
      );
    }
    resources.push(
      el('resource', { identifier: qtiIdentifier(id), type: 'imsqti_item_xmlv3p0', href }, [
        ...resourceMetadata(content),
        el('file', { href }),
        ...refs.map((hash) => el('dependency', { identifierref: mediaResourceId(hash) })),
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
      el('resources', {}, [...resources, ...mediaResources.values()]),
    ],
  );
  files['imsmanifest.xml'] = xmlDocument(manifest);
  return { files, media: mediaFiles, skipped };
}
