import { readAiken } from '@shared/interchange/aiken';
import { readQuestionCsv } from '@shared/interchange/csv';
import { readGift } from '@shared/interchange/gift';
import { READ_LIMITS, type ReadLimits } from '@shared/interchange/limits';
import { readMoodleXml } from '@shared/interchange/moodle-xml/read';
import { readQtiItem, readQtiPackage } from '@shared/interchange/qti';
import type { InterchangeFormat, ParsedFile } from '@shared/interchange/types';
import { unzipBounded } from './bounded-unzip';
import { withCarriedMediaChecked } from './carried-media';
import { readCsvTable } from './csv-table';
import { embeddedMediaCollector } from './embedded-media';
import { mediaHost } from './media-host';
import { decodeText } from './text-decoding';

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;

function problem(
  message: string,
  line: number | null = null,
  column: number | null = null,
): ParsedFile {
  return { items: [], problems: [{ line, column, message }] };
}

function readQti(bytes: Uint8Array, fileName: string, limits: ReadLimits): ParsedFile {
  if (!isZip(bytes)) {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { items: [], problems: [decoded.problem] };
    if (!decoded.text.trimStart().startsWith('<'))
      return problem('the file is neither a QTI package (.zip) nor a QTI item (.xml)', 1, 1);
    return {
      items: [readQtiItem(decoded.text, { tags: [], difficulty: null }, fileName)],
      problems: [],
    };
  }
  // Items and the manifest, and the images and audio items show.
  const unzipped = unzipBounded(
    bytes,
    (path) => /\.(xml|png|jpe?g|gif|webp|svg|mp3|ogg|oga|wav|m4a)$/i.test(path),
    limits,
  );
  if (!unzipped.ok) {
    return problem(
      unzipped.kind === 'too_big'
        ? `the QTI package was not read: ${unzipped.message}`
        : `the QTI package is not a readable zip (${unzipped.message}); it may be truncated`,
    );
  }
  const files = new Map<string, string>();
  const media = new Map<string, Uint8Array>();
  for (const [entry, data] of unzipped.files) {
    const path = entry.replace(/^\.\//, '');
    if (!/\.xml$/i.test(path)) {
      media.set(path, data);
      continue;
    }
    const decoded = decodeText(data);
    if (!decoded.ok)
      return {
        items: [],
        problems: [{ ...decoded.problem, message: `${path}: ${decoded.problem.message}` }],
      };
    files.set(path, decoded.text);
  }
  try {
    return readQtiPackage(files, media, mediaHost);
  } catch {
    return problem('the QTI package could not be read');
  }
}

function readText(
  format: Exclude<InterchangeFormat, 'qti'>,
  text: string,
  limits: ReadLimits,
): ParsedFile {
  switch (format) {
    case 'moodle-xml': {
      const media = embeddedMediaCollector();
      const parsed = readMoodleXml(text, { resolveMedia: media.resolve, maxItems: limits.items });
      return { ...parsed, embedded: media.files };
    }
    case 'gift':
      return readGift(text, mediaHost);
    case 'aiken':
      return readAiken(text);
    case 'csv':
      return readQuestionCsv(readCsvTable(text));
  }
}

/**
 * Turns an uploaded file's bytes into items of the chosen format, or says what
 * is wrong with the file. Runs where the import's worker runs it (see
 * read-off-thread.ts), never on the main process's event loop for a real import.
 */
export function readQuestionFile(
  format: InterchangeFormat,
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = READ_LIMITS,
): ParsedFile {
  if (bytes.length === 0) return problem('the file is empty');
  let parsed: ParsedFile;
  if (format === 'qti') {
    parsed = readQti(bytes, fileName, limits);
  } else {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { items: [], problems: [decoded.problem] };
    if (decoded.text.trim() === '') return problem('the file is empty');
    try {
      parsed = readText(format, decoded.text, limits);
    } catch (error) {
      // The readers report per item; anything thrown here is the file as a whole.
      return problem(
        `the file could not be read as ${format === 'moodle-xml' ? 'Moodle XML' : format.toUpperCase()}: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
    }
  }
  if (parsed.items.length > limits.items) {
    return problem(
      `the file holds ${parsed.items.length.toLocaleString('en')} questions; one import takes at most ${limits.items.toLocaleString('en')}, so split the file`,
    );
  }
  return withCarriedMediaChecked(parsed);
}
