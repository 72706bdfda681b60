import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const fixtureDir = resolve(import.meta.dirname, '../../fixtures/interchange');

export const fixtureText = (name: string): string => readFileSync(join(fixtureDir, name), 'utf8');

/** The QTI fixture package as path -> text, the way main hands it to the reader after unzipping. */
export function qtiFixtureFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('imsmanifest.xml', fixtureText('qti-package/imsmanifest.xml'));
  for (const name of readdirSync(join(fixtureDir, 'qti-package/items'))) {
    files.set(`items/${name}`, fixtureText(`qti-package/items/${name}`));
  }
  return files;
}
