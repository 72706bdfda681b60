import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { READ_LIMITS } from './limits';
import { positionOf } from './positions';
import type { FileProblem } from './types';

/**
 * What every XML format here (QTI now, Moodle XML next) checks before it reads
 * a document: well-formed, with its line and column when it is not, and no
 * entity declarations, which are how a "billion laughs" file grows a few
 * kilobytes into gigabytes. Question files never need them.
 */
export function xmlProblem(xml: string): FileProblem | null {
  const doctype = /<!DOCTYPE[^[>]*\[[\s\S]*?<!ENTITY/i.exec(xml);
  if (doctype) {
    const at = positionOf(xml, xml.indexOf('<!ENTITY', doctype.index));
    return {
      ...at,
      message:
        'XML: the file declares entities (<!ENTITY ...>), which an import never expands; remove its DOCTYPE and try again',
    };
  }
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the validator bundled with the pinned fast-xml-parser reports line and column; its split-out package is the same code
  const checked = XMLValidator.validate(xml);
  if (checked === true) return null;
  return { line: checked.err.line, column: checked.err.col, message: `XML: ${checked.err.msg}` };
}

/** The message for a document that nests elements deeper than READ_LIMITS.xmlDepth. */
export const TOO_DEEP = `XML: elements are nested more than ${READ_LIMITS.xmlDepth} deep, more than any question needs; the file was not read`;

/**
 * A parser that keeps each element's start offset, so readers can report the
 * line and column of the element a problem is about, and that stops at the
 * nesting cap instead of recursing without end.
 */
export function positionedXmlParser(
  options: ConstructorParameters<typeof XMLParser>[0] = {},
): XMLParser {
  return new XMLParser({
    ...options,
    captureMetaData: true,
    maxNestedTags: READ_LIMITS.xmlDepth,
    processEntities: true,
  });
}

// The typings say `Symbol` (the wrapper object); the value is a plain symbol.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** Line and column where a parsed element starts, when the parser kept it. */
export function elementPosition(
  xml: string,
  node: unknown,
): { line: number; column: number } | null {
  if (node === null || typeof node !== 'object') return null;
  const meta = (node as Record<symbol, unknown>)[META];
  const start =
    meta !== null && typeof meta === 'object'
      ? (meta as { startIndex?: unknown }).startIndex
      : null;
  return typeof start === 'number' ? positionOf(xml, start) : null;
}

/** fast-xml-parser throws plain Errors; the nesting cap is the one a person can act on. */
export function isTooDeep(error: unknown): boolean {
  return error instanceof Error && /nested tags/i.test(error.message);
}
