import sanitizeHtml from 'sanitize-html';

/** Drawing elements only: no script, no foreignObject, no animation, no links out. */
const svgTags = [
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'symbol',
  'use',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'marker',
];

/** Geometry and presentation attributes; no event handlers, no style. */
const svgAttributes = [
  'id',
  'class',
  'xmlns',
  'version',
  'viewBox',
  'preserveAspectRatio',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'd',
  'points',
  'transform',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-miterlimit',
  'opacity',
  'clip-path',
  'clip-rule',
  'mask',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'patternUnits',
  'patternTransform',
  'markerWidth',
  'markerHeight',
  'refX',
  'refY',
  'orient',
  'marker-start',
  'marker-mid',
  'marker-end',
  'href',
  'xlink:href',
  'xmlns:xlink',
];

/** A reference inside the drawing (`#id`, `url(#id)`) is fine; anything that reaches out is not. */
function valueAllowed(name: string, value: string): boolean {
  const v = value.trim();
  if (name === 'href' || name === 'xlink:href') return /^#[A-Za-z_][\w.-]*$/.test(v);
  if (name === 'xmlns') return v === 'http://www.w3.org/2000/svg';
  if (name === 'xmlns:xlink') return v === 'http://www.w3.org/1999/xlink';
  if (/url\s*\(/i.test(v)) return /^url\(\s*#[A-Za-z_][\w.-]*\s*\)$/i.test(v);
  return !/javascript:|data:|expression\s*\(/i.test(v);
}

const options: sanitizeHtml.IOptions = {
  allowedTags: svgTags,
  allowedAttributes: Object.fromEntries(svgTags.map((t) => [t, svgAttributes])),
  allowedSchemes: [],
  allowedSchemesAppliedToAttributes: [],
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'foreignObject', 'iframe', 'object', 'template', 'noscript'],
  transformTags: {
    '*': (tagName, attribs) => ({
      tagName,
      attribs: Object.fromEntries(
        Object.entries(attribs).filter(([name, value]) => valueAllowed(name, value)),
      ),
    }),
  },
  // SVG is XML: names keep their case (viewBox, linearGradient), so nothing is lower-cased.
  parser: { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false },
};

/** Something that draws: an empty frame is no image. */
const drawing = /<(path|rect|circle|ellipse|line|polyline|polygon|text|use)[\s>/]/;

/**
 * An SVG file as it may be stored: its drawing kept, everything that could
 * run or load something removed. Null when nothing drawable is left.
 */
export function sanitiseSvg(text: string): string | null {
  const body = text.replace(/^\uFEFF/, '');
  const clean = sanitizeHtml(body, options).trim();
  if (!/^<svg[\s>]/.test(clean) || !drawing.test(clean)) return null;
  // An SVG shown as an image needs its namespace.
  const withNamespace = /^<svg[^>]*\bxmlns="/.test(clean)
    ? clean
    : clean.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withNamespace}\n`;
}
