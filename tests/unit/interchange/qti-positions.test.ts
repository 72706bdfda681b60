import { describe, expect, it } from 'vitest';
import { READ_LIMITS } from '@shared/interchange/limits';
import { readQtiItem, readQtiPackage } from '@shared/interchange/qti';
import { fixtureText, qtiFixtureFiles } from './fixtures';

const noMeta = { tags: [], difficulty: null };

/** A billion-laughs document: ten entities, each ten times the one before. */
function billionLaughs(root: string): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i += 1)
    entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n ${entities.join('\n ')}\n]>\n<${root}>&lol9;</${root}>\n`;
}

describe('QTI positions', () => {
  it('puts an item at its qti-assessment-item element, and a refusal at the interaction', () => {
    const { items } = readQtiPackage(qtiFixtureFiles());
    expect(items[0]).toMatchObject({ ok: true, line: 2, column: 1 });
    // The order item is read now; with no correct order it is refused at its declaration.
    expect(items[5]).toMatchObject({
      ok: false,
      line: 3,
      column: 3,
      reason: 'the order item has no correct order (qti-correct-response)',
    });
  });

  it('counts lines the same in a file with CRLF line ends', () => {
    const crlf = fixtureText('qti-package/items/order.xml').replace(/\n/g, '\r\n');
    expect(readQtiItem(crlf, noMeta, 'order.xml')).toMatchObject({ line: 3, column: 3 });
  });

  it('points at the second interaction of an item with two', () => {
    const xml = [
      '<qti-assessment-item identifier="two">',
      '  <qti-item-body>',
      '    <qti-extended-text-interaction response-identifier="A"/>',
      '    <p>and <qti-text-entry-interaction response-identifier="B"/></p>',
      '  </qti-item-body>',
      '</qti-assessment-item>',
    ].join('\n');
    expect(readQtiItem(xml, noMeta, 'two.xml')).toMatchObject({
      ok: false,
      line: 4,
      column: 12,
      reason: 'the item has 2 interactions; only one per item is supported',
    });
  });
});

describe('hostile XML', () => {
  it('refuses entity declarations (billion laughs) where the first one is', () => {
    const item = readQtiItem(billionLaughs('qti-assessment-item'), noMeta, 'lol.xml');
    expect(item).toMatchObject({
      ok: false,
      line: 3,
      column: 2,
      reason:
        'XML: the file declares entities (<!ENTITY ...>), which an import never expands; remove its DOCTYPE and try again',
    });
    const pkg = readQtiPackage(new Map([['imsmanifest.xml', billionLaughs('manifest')]]));
    expect(pkg.items).toEqual([]);
    expect(pkg.problems[0]?.message).toMatch(/^imsmanifest\.xml: XML: the file declares entities/);
  });

  it('refuses elements nested past the cap, by name of the cap', () => {
    const depth = READ_LIMITS.xmlDepth + 50;
    const xml = `<qti-assessment-item identifier="deep"><qti-item-body>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</qti-item-body></qti-assessment-item>`;
    expect(readQtiItem(xml, noMeta, 'deep.xml')).toMatchObject({
      ok: false,
      reason: `XML: elements are nested more than ${READ_LIMITS.xmlDepth} deep, more than any question needs; the file was not read`,
    });
  });

  it('reports a truncated item at the line and column where it stops making sense', () => {
    const whole = fixtureText('qti-package/items/choice.xml');
    const item = readQtiItem(whole.slice(0, whole.length / 2), noMeta, 'choice.xml');
    // Cut inside an attribute name: the validator says so where the attribute starts.
    expect(item).toMatchObject({
      ok: false,
      line: 8,
      column: 29,
      reason: "XML: boolean attribute 'response-identifie' is not allowed.",
    });
  });
});
