import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICNS_PNG_TYPES } from '@main/cli/icons/icon-containers';
import { encodePng, type RgbaImage } from '@main/cli/icons/png-encoder';

const resources = resolve(import.meta.dirname, '../../../resources');

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** A PNG decoder for 8-bit RGBA, following the specification: chunk CRCs, IDAT, all five filters. */
function decodePng(file: Buffer): RgbaImage {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  let at = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  let ended = false;
  while (at < file.length) {
    const length = file.readUInt32BE(at);
    const typeAndData = file.subarray(at + 4, at + 8 + length);
    expect(file.readUInt32BE(at + 8 + length), 'chunk CRC').toBe(crc32(typeAndData));
    const type = typeAndData.subarray(0, 4).toString('latin1');
    const body = typeAndData.subarray(4);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    if (type === 'IEND') ended = true;
    at += 12 + length;
  }
  expect(ended).toBe(true);
  if (!header) throw new Error('no IHDR chunk');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  expect(raw.length).toBe(height * (stride + 1));
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? -1;
    for (let x = 0; x < stride; x++) {
      const byte = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (pixels[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (pixels[(y - 1) * stride + x - 4] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`row ${y} has filter ${filter}`);
      pixels[y * stride + x] = (byte + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

const pixelAt = (image: RgbaImage, fx: number, fy: number) => {
  const x = Math.floor(fx * image.width);
  const y = Math.floor(fy * image.height);
  return [...image.pixels.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];
};

/** The drawing, recognisable at any size: a clear corner, the blue tile, the white sheet. */
function expectExamDeskArt(image: RgbaImage) {
  expect(pixelAt(image, 0.01, 0.01)[3]).toBe(0);
  const [r, g, b, a] = pixelAt(image, 0.5, 0.1);
  expect(a).toBe(255);
  expect(b).toBeGreaterThan(120);
  expect(b).toBeGreaterThan((r ?? 0) + 60);
  expect(b).toBeGreaterThan(g ?? 0);
  expect(pixelAt(image, 0.3, 0.5)).toEqual([255, 255, 255, 255]);
}

describe('the PNG encoder', () => {
  it('writes pixels that a specification decoder reads back exactly', () => {
    const width = 7;
    const height = 5;
    const pixels = new Uint8Array(width * height * 4).map((_, i) => (i * 37 + (i >> 3)) & 0xff);
    expect(decodePng(encodePng({ width, height, pixels }))).toEqual({ width, height, pixels });
  });

  it('refuses pixel data of the wrong length', () => {
    expect(() => encodePng({ width: 2, height: 2, pixels: new Uint8Array(15) })).toThrow(
      /15 bytes, not 2×2×4/,
    );
  });
});

describe('the app icons in resources/', () => {
  it('icon.png is the 1024 px drawing', () => {
    const image = decodePng(readFileSync(join(resources, 'icon.png')));
    expect([image.width, image.height]).toEqual([1024, 1024]);
    expectExamDeskArt(image);
  });

  it('icon.ico holds PNG pictures from 16 to 256 px, each the size its entry says', () => {
    const file = readFileSync(join(resources, 'icon.ico'));
    expect([file.readUInt16LE(0), file.readUInt16LE(2)]).toEqual([0, 1]);
    const count = file.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = file.subarray(6 + i * 16, 22 + i * 16);
      const size = entry[0] === 0 ? 256 : (entry[0] ?? 0);
      expect(entry[1]).toBe(entry[0]);
      expect(entry.readUInt16LE(6)).toBe(32);
      const length = entry.readUInt32LE(8);
      const offset = entry.readUInt32LE(12);
      expect(offset + length).toBeLessThanOrEqual(file.length);
      const image = decodePng(file.subarray(offset, offset + length));
      expect([image.width, image.height]).toEqual([size, size]);
      if (size >= 48) expectExamDeskArt(image);
      sizes.push(size);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('icon.icns holds a PNG of the right size for each element, 16 to 1024 px', () => {
    const file = readFileSync(join(resources, 'icon.icns'));
    expect(file.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(file.readUInt32BE(4)).toBe(file.length);
    const types: string[] = [];
    for (let at = 8; at < file.length;) {
      const type = file.subarray(at, at + 4).toString('latin1');
      const length = file.readUInt32BE(at + 4);
      expect(type in ICNS_PNG_TYPES, type).toBe(true);
      const image = decodePng(file.subarray(at + 8, at + length));
      const size = ICNS_PNG_TYPES[type as keyof typeof ICNS_PNG_TYPES];
      expect([image.width, image.height], type).toEqual([size, size]);
      types.push(type);
      at += length;
    }
    expect(types.sort()).toEqual(Object.keys(ICNS_PNG_TYPES).sort());
  });
});
