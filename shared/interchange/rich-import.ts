import { Parser } from 'htmlparser2';
import { detectMediaType, mediaSizeRefusal } from '../content/media-types';
import type { ImportedMedia, MediaHasher, SourcePosition } from './types';

/**
 * Rich text as an importer meets it: HTML whose images and audio point at
 * files (data: URLs, package paths, the web). Files carried in the import
 * become `media:<sha256>` references and are collected once each; anything
 * that cannot be carried (a remote image, a link, a video) is reported by
 * name and position, never dropped silently. The sanitiser still runs on
 * every write, so this only decides what the markup points at.
 */
export interface MediaContext {
  hasher: MediaHasher | null;
  /** The bytes of a file the import carries (a package path), relative to the text's own file. */
  fileAt?: (src: string) => Uint8Array | null;
  /** Where in the file a text (an attribute value) is, for the report. */
  locate: (needle: string) => SourcePosition;
}

export class MediaCollector {
  private readonly byHash = new Map<string, ImportedMedia>();

  constructor(private readonly context: MediaContext) {}

  get media(): ImportedMedia[] {
    return [...this.byHash.values()];
  }

  /** Takes in media another collector found (an item's, once the item is kept). */
  add(media: readonly ImportedMedia[]): void {
    for (const m of media) if (!this.byHash.has(m.hash)) this.byHash.set(m.hash, m);
  }

  /** The `media:` reference for a source, or why it cannot be one. */
  private resolve(src: string, kind: 'image' | 'audio'): { ref: string } | { why: string } {
    const host = this.context.hasher;
    if (!host) return { why: 'media cannot be stored by this import' };
    let bytes: Uint8Array | null = null;
    const data = /^data:([^;,]*);base64,(.*)$/is.exec(src.trim());
    if (data) {
      bytes = host.base64((data[2] ?? '').replace(/\s+/g, ''));
      if (bytes === null) return { why: 'its data: URL is not valid base64' };
    } else if (!/^[a-z][a-z0-9+.-]*:/i.test(src) && this.context.fileAt) {
      bytes = this.context.fileAt(src);
      if (bytes === null) return { why: 'the file is not in the package' };
    } else {
      return { why: 'it is not carried in the file (only embedded files can be imported)' };
    }
    const type = detectMediaType(bytes);
    if (!type || type.kind !== kind)
      return {
        why: `the file is not ${kind === 'image' ? 'an image' : 'audio'} this bank can show`,
      };
    const refusal = mediaSizeRefusal(type, bytes.length);
    if (refusal) return { why: refusal };
    const hash = host.sha256(bytes);
    if (!this.byHash.has(hash)) {
      this.byHash.set(hash, { hash, name: data ? `data: URL (${type.label})` : src, bytes });
    }
    return { ref: `media:${hash}` };
  }

  /**
   * The HTML with embedded images and audio pointing at media, and a warning
   * (with line and column) for every source or link that could not be kept.
   */
  embed(html: string, warnings: string[]): string {
    const edits: Array<{ start: number; end: number; text: string }> = [];
    const report = (what: string, src: string, why: string) => {
      const at = this.context.locate(src);
      const shown = src.startsWith('data:') ? 'data: URL' : src;
      warnings.push(
        `the ${what} "${shown.slice(0, 120)}" (line ${at.line ?? '?'}, column ${at.column ?? '?'}) was not kept: ${why}`,
      );
    };
    let audioOpen: { start: number; end: number; attributes: Record<string, string> } | null = null;
    const parser: Parser = new Parser(
      {
        onopentag: (name, attributes) => {
          const start = parser.startIndex;
          const end = parser.endIndex + 1;
          const src = attributes.src ?? '';
          if (name === 'img' || (name === 'audio' && src !== '')) {
            const kind = name === 'img' ? 'image' : 'audio';
            const resolved = this.resolve(src, kind);
            if ('ref' in resolved) {
              edits.push({ start, end, text: openTag(name, { ...attributes, src: resolved.ref }) });
            } else {
              report(kind, src, resolved.why);
              edits.push({ start, end, text: name === 'img' ? altText(attributes) : '' });
            }
          } else if (name === 'audio') {
            audioOpen = { start, end, attributes };
          } else if (name === 'source' && audioOpen && src !== '') {
            const open = audioOpen;
            audioOpen = null;
            const resolved = this.resolve(src, 'audio');
            if ('ref' in resolved) {
              edits.push({
                start: open.start,
                end: open.end,
                text: openTag('audio', { src: resolved.ref }),
              });
            } else report('audio', src, resolved.why);
          } else if (name === 'a' && attributes.href !== undefined) {
            report('link', attributes.href, 'links are not kept in questions; its text stays');
          } else if (['video', 'iframe', 'object', 'embed'].includes(name)) {
            report(name, src || attributes.data || name, `${name} elements are not supported`);
          }
        },
      },
      {
        decodeEntities: true,
        lowerCaseTags: true,
        lowerCaseAttributeNames: true,
        recognizeSelfClosing: true,
      },
    );
    parser.write(html);
    parser.end();
    let out = '';
    let at = 0;
    for (const edit of edits.sort((a, b) => a.start - b.start)) {
      out += html.slice(at, edit.start) + edit.text;
      at = edit.end;
    }
    return out + html.slice(at);
  }
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function openTag(name: string, attributes: Record<string, string>): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  return `<${name}${attrs}>`;
}

/** An image that could not be kept leaves its alt text, so the sentence still reads. */
function altText(attributes: Record<string, string>): string {
  const alt = attributes.alt?.trim() ?? '';
  return alt === '' ? '' : `[${escapeHtml(alt)}]`;
}

/** Plain text as HTML, for a question whose other fields are rich: line breaks kept. */
export function plainAsHtml(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}
