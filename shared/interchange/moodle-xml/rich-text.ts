import MarkdownIt from 'markdown-it';
import { imagesWithoutAlt } from '../../content/media-refs';
import { escapeXml } from '../xml-text';
import { PLUGINFILE, type EmbeddedFile, type ResolveMedia } from './media';
import { attr, childNodes, ownText, textChild, type XmlNode } from './nodes';

/**
 * One text of a Moodle question, read both ways: as HTML (always) and as
 * plain text (when the source was plain and carries nothing that needs
 * HTML). A question is stored plain only when every one of its texts can be.
 */
export interface RichText {
  html: string;
  plain: string | null;
}

const markdown = new MarkdownIt({ html: true, linkify: false, breaks: false });

const hasMarkup = (text: string) => /<\/?[a-z][^>]*>/i.test(text);

const plainAsHtml = (text: string) => escapeXml(text).replace(/\r\n|\r|\n/g, '<br>');

/** How each Moodle text format reads into HTML and, where it can, plain text. */
export function readFormatted(format: string | undefined, raw: string): RichText {
  switch (format) {
    case 'html':
      return { html: raw, plain: null };
    case 'markdown':
      return { html: markdown.render(raw).trim(), plain: null };
    case 'plain_text':
      return { html: plainAsHtml(raw), plain: raw };
    default:
      // moodle_auto_format (and no format): text in which HTML may appear and line ends are kept.
      return hasMarkup(raw)
        ? { html: raw.replace(/\r\n|\r|\n/g, '<br>'), plain: null }
        : { html: plainAsHtml(raw), plain: raw };
  }
}

const refPattern = /(src|href)\s*=\s*(["'])@@PLUGINFILE@@\/([^"']*)\2/gi;
const linkPattern = /<a\s[^>]*href\s*=\s*(["'])media:([0-9a-f]{64})\1[^>]*>([\s\S]*?)<\/a>/gi;
const externalPattern =
  /<(img|a|audio|video|source|iframe)\s[^>]*(?:src|href)\s*=\s*(["'])([^"']*)\2/gi;

const decodeName = (name: string) => {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
};

/**
 * Reads texts for one question: each file embedded in a text element is
 * handed to the resolver once, its `@@PLUGINFILE@@` references become the
 * bank's `media:` references, and whatever cannot be kept is a warning.
 */
export class QuestionTexts {
  readonly warnings: string[] = [];
  private readonly resolved = new Map<string, { src: string; kind: 'image' | 'audio' } | null>();

  constructor(private readonly resolve: ResolveMedia) {}

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  /** An element holding `<text>` (and maybe `<file>`s) in its `format`; null when it is blank. */
  read(element: XmlNode | null, what: string, defaultFormat?: string): RichText | null {
    if (element === null) return null;
    const raw = textChild(element);
    if (raw === '') return null;
    const files = childNodes(element, 'file');
    const format = attr(element, 'format') ?? defaultFormat;
    const read = readFormatted(format, raw);
    if (read.plain !== null && !raw.includes(PLUGINFILE)) return read;
    return { html: this.withMedia(read.html, files, what), plain: null };
  }

  /** Plain text as an element gives it (answers of short answer, matching responses). */
  plain(element: XmlNode | null): string {
    return textChild(element);
  }

  /** Old (Moodle 1.9) questions carry one picture beside the text, in `<image_base64>`. */
  legacyImage(question: XmlNode): RichText | null {
    const name = ownText(question.image);
    const base64 = ownText(question.image_base64).replace(/\s+/g, '');
    if (name === '' || base64 === '') return null;
    const media = this.resolveFile({ name, base64 }, 'the question image');
    if (!media) return null;
    this.warn(`the picture "${name}" has no alt text; add it before the question is published`);
    return { html: `<p><img src="${media.src}" alt=""></p>`, plain: null };
  }

  private resolveFile(file: EmbeddedFile, what: string) {
    const key = `${file.name}\u0000${file.base64.length}\u0000${file.base64.slice(0, 64)}`;
    if (this.resolved.has(key)) return this.resolved.get(key) ?? null;
    const result = this.resolve(file);
    const value = result.ok ? { src: result.src, kind: result.kind } : null;
    if (!result.ok) this.warn(`${what}: the file "${file.name}" was not kept (${result.reason})`);
    this.resolved.set(key, value);
    return value;
  }

  private withMedia(html: string, files: XmlNode[], what: string): string {
    const byName = new Map<string, EmbeddedFile>();
    for (const f of files) {
      const name = attr(f, 'name') ?? '';
      const encoding = (attr(f, 'encoding') ?? 'base64').toLowerCase();
      if (encoding !== 'base64') {
        this.warn(`${what}: the file "${name}" is not base64 and was not kept`);
        continue;
      }
      byName.set(name, { name, base64: ownText(f).replace(/\s+/g, '') });
    }
    let out = html.replace(refPattern, (_whole, attribute: string, quote: string, ref: string) => {
      const name = decodeName(ref.split(/[?#]/)[0] ?? '');
      const file = byName.get(name);
      if (!file) {
        this.warn(
          `${what}: "${name}" is referred to but not embedded in the file, so it is missing`,
        );
        return `${attribute}=${quote}${quote}`;
      }
      const media = this.resolveFile(file, what);
      return `${attribute}=${quote}${media?.src ?? ''}${quote}`;
    });
    // A link to an embedded clip (Moodle's usual way to add audio) becomes the clip itself.
    out = out.replace(linkPattern, (_whole: string, _q: string, hash: string, label: string) => {
      const src = `media:${hash}`;
      const kind = [...this.resolved.values()].find((m) => m?.src === src)?.kind;
      if (kind === 'audio') return `${label} <audio src="${src}"></audio>`;
      this.warn(`${what}: a link to an embedded picture is shown as its text only`);
      return label;
    });
    for (const m of out.matchAll(externalPattern)) {
      const target = m[3] ?? '';
      if (target === '' || target.startsWith('media:')) continue;
      const element = (m[1] ?? '').toLowerCase();
      const thing = element === 'a' ? 'link' : element === 'img' ? 'image' : element;
      this.warn(
        `${what}: the ${thing} to "${target.slice(0, 80)}" is not in the file and is dropped`,
      );
    }
    const noAlt = imagesWithoutAlt(out);
    if (noAlt > 0)
      this.warn(
        `${what}: ${noAlt === 1 ? 'an image has' : `${noAlt} images have`} no alt text; add it before the question is published`,
      );
    return out;
  }
}
