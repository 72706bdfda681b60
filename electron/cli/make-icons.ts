import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildIcns, buildIco, ICNS_PNG_TYPES, type IcnsPngType } from './icons/icon-containers';
import { renderIcon } from './icons/icon-art';
import { encodePng } from './icons/png-encoder';

/**
 * `npm run icons`: draws the app icon and writes resources/icon.png (1024 px, Linux),
 * resources/icon.ico (16-256 px, Windows) and resources/icon.icns (16-1024 px, macOS).
 * Run once after changing the drawing; the results are committed.
 */
const resourcesDir = resolve(import.meta.dirname, '../../resources');
const pngs = new Map<number, Buffer>();
const pngOf = (size: number): Buffer => {
  let png = pngs.get(size);
  if (!png) {
    png = encodePng(renderIcon(size));
    pngs.set(size, png);
  }
  return png;
};

const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const icnsTypes = Object.keys(ICNS_PNG_TYPES) as IcnsPngType[];

writeFileSync(join(resourcesDir, 'icon.png'), pngOf(1024));
writeFileSync(
  join(resourcesDir, 'icon.ico'),
  buildIco(icoSizes.map((size) => ({ size, png: pngOf(size) }))),
);
writeFileSync(
  join(resourcesDir, 'icon.icns'),
  buildIcns(icnsTypes.map((type) => ({ type, png: pngOf(ICNS_PNG_TYPES[type]) }))),
);
console.log(`Wrote icon.png, icon.ico and icon.icns to ${resourcesDir}`);
