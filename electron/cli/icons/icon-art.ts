import type { RgbaImage } from './png-encoder';

/**
 * The Exam Desk icon, drawn from shapes in a unit square so every size is rendered
 * sharp rather than scaled: a blue rounded tile, a white answer sheet with three
 * lines and a green tick.
 */

type Rgb = readonly [number, number, number];

interface Layer {
  /** Signed distance from (x, y) to the shape's edge, negative inside. */
  distance(x: number, y: number): number;
  colour(x: number, y: number): Rgb;
}

const hex = (value: string): Rgb => [
  parseInt(value.slice(1, 3), 16),
  parseInt(value.slice(3, 5), 16),
  parseInt(value.slice(5, 7), 16),
];

const TILE_TOP = hex('#2f6fd6');
const TILE_BOTTOM = hex('#1b3f8f');
const SHEET = hex('#ffffff');
const RULE = hex('#c5d0e0');
const TICK = hex('#18a057');

function roundedBox(left: number, top: number, right: number, bottom: number, radius: number) {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const hx = (right - left) / 2 - radius;
  const hy = (bottom - top) / 2 - radius;
  return (x: number, y: number): number => {
    const dx = Math.abs(x - cx) - hx;
    const dy = Math.abs(y - cy) - hy;
    const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
    return outside + Math.min(Math.max(dx, dy), 0) - radius;
  };
}

function segmentDistance(
  x: number,
  y: number,
  a: readonly [number, number],
  b: readonly [number, number],
) {
  const [ax, ay] = a;
  const [bx, by] = b;
  const abx = bx - ax;
  const aby = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * abx + (y - ay) * aby) / (abx * abx + aby * aby)));
  return Math.hypot(x - (ax + t * abx), y - (ay + t * aby));
}

function polyline(points: readonly (readonly [number, number])[], halfWidth: number) {
  return (x: number, y: number): number => {
    let nearest = Infinity;
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (a && b) nearest = Math.min(nearest, segmentDistance(x, y, a, b));
    }
    return nearest - halfWidth;
  };
}

const solid = (rgb: Rgb) => (): Rgb => rgb;

const LAYERS: readonly Layer[] = [
  {
    distance: roundedBox(0.06, 0.06, 0.94, 0.94, 0.2),
    colour: (_x, y) => {
      const t = Math.min(1, Math.max(0, (y - 0.06) / 0.88));
      return [0, 1, 2].map((c) => (TILE_TOP[c] ?? 0) * (1 - t) + (TILE_BOTTOM[c] ?? 0) * t) as [
        number,
        number,
        number,
      ];
    },
  },
  { distance: roundedBox(0.27, 0.18, 0.73, 0.82, 0.045), colour: solid(SHEET) },
  { distance: roundedBox(0.35, 0.29, 0.65, 0.33, 0.02), colour: solid(RULE) },
  { distance: roundedBox(0.35, 0.39, 0.65, 0.43, 0.02), colour: solid(RULE) },
  { distance: roundedBox(0.35, 0.49, 0.56, 0.53, 0.02), colour: solid(RULE) },
  {
    distance: polyline(
      [
        [0.39, 0.65],
        [0.47, 0.73],
        [0.63, 0.57],
      ],
      0.028,
    ),
    colour: solid(TICK),
  },
];

/** Renders the icon at `size` px square, 4×4 samples per pixel for smooth edges. */
export function renderIcon(size: number): RgbaImage {
  const samples = 4;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          // The topmost shape that covers this sample paints it.
          for (let i = LAYERS.length - 1; i >= 0; i--) {
            const layer = LAYERS[i];
            if (layer && layer.distance(x, y) <= 0) {
              const [lr, lg, lb] = layer.colour(x, y);
              r += lr;
              g += lg;
              b += lb;
              a += 1;
              break;
            }
          }
        }
      }
      const at = (py * size + px) * 4;
      // Colours are averaged over the covered samples only, so edges fade in alpha, not to black.
      pixels[at] = a ? Math.round(r / a) : 0;
      pixels[at + 1] = a ? Math.round(g / a) : 0;
      pixels[at + 2] = a ? Math.round(b / a) : 0;
      pixels[at + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return { width: size, height: size, pixels };
}
