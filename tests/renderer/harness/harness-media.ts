import type { MediaResolver } from '@renderer/content/media-source';

/**
 * Media made in the page, as the API's blob: URLs will be: PNG diagrams drawn
 * on a canvas and a short WAV tone. Everything is made before use, so what is
 * measured is the app, not this stand-in.
 */

function pngBlob(label: string, width: number, height: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (g) {
    g.fillStyle = '#eef1f5';
    g.fillRect(0, 0, width, height);
    g.strokeStyle = '#1e5bb8';
    g.lineWidth = 4;
    g.strokeRect(10, 10, width - 20, height - 20);
    g.fillStyle = '#18212e';
    g.font = '20px sans-serif';
    g.fillText(label, 24, height / 2);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

/** A mono 16-bit PCM WAV of a sine tone. */
export function wavBlob(seconds: number, hz = 440, rate = 8_000): Blob {
  const samples = Math.round(seconds * rate);
  const buffer = new ArrayBuffer(44 + samples * 2);
  const view = new DataView(buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i += 1) view.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i += 1) {
    view.setInt16(44 + i * 2, Math.round(Math.sin((2 * Math.PI * hz * i) / rate) * 8_000), true);
  }
  return new Blob([buffer], { type: 'audio/wav' });
}

/** A 64-hex media hash for a number, as the media table keys bytes. */
export const hashFor = (n: number): string => n.toString(16).padStart(64, '0');

export interface HarnessMedia extends MediaResolver {
  /** How many URLs the app asked for. */
  asked: number;
}

/** Draws `images` diagrams and one audio clip, then answers for them from memory. */
export async function prepareMedia(images: number[], audio: number[]): Promise<HarnessMedia> {
  const urls = new Map<string, string>();
  await Promise.all(
    images.map(async (n) => {
      urls.set(hashFor(n), URL.createObjectURL(await pngBlob(`Diagram ${n}`, 320, 200)));
    }),
  );
  for (const n of audio) urls.set(hashFor(n), URL.createObjectURL(wavBlob(0.6)));
  const media: HarnessMedia = {
    asked: 0,
    urlFor(hash) {
      media.asked += 1;
      const url = urls.get(hash);
      return url ? Promise.resolve(url) : Promise.reject(new Error('No such media'));
    },
  };
  return media;
}
