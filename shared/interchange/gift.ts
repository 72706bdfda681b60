import { parse as parseGiftText, type GIFTQuestion } from 'gift-pegjs';
import { giftContent } from './gift-content';
import { readMetadata, type ItemMetadata } from './metadata';
import { MediaCollector } from './rich-import';
import {
  checkedItem,
  skippedItem,
  type MediaHasher,
  type ParsedFile,
  type ParsedItem,
  type SourcePosition,
} from './types';
import { splitLines } from './positions';

export { escapeGift, writeGift } from './gift-write';
export { META_PREFIX } from './metadata';

interface Block {
  /** 1-based line of the block's first line in the file. */
  line: number;
  lines: string[];
}

/** Questions are separated by blank lines, as Moodle reads GIFT. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  splitLines(text).forEach((line, i) => {
    if (line.trim() === '') {
      current = null;
      return;
    }
    if (!current) {
      current = { line: i + 1, lines: [] };
      out.push(current);
    }
    current.lines.push(line);
  });
  return out;
}

/**
 * Reads a GIFT file with gift-pegjs, one question block at a time so a broken
 * block is reported with its line and column and the rest still read.
 * `$CATEGORY:` paths become a tag on the questions that follow.
 */
export function readGift(text: string, hasher: MediaHasher | null = null): ParsedFile {
  const items: ParsedItem[] = [];
  let category: string | null = null;
  const media = new MediaCollector({ hasher, locate: () => ({ line: null, column: null }) });
  for (const block of blocks(text)) {
    const blockMedia = new MediaCollector({ hasher, locate: (needle) => locateIn(block, needle) });
    const warnings: string[] = [];
    let meta: ItemMetadata = {};
    const body = block.lines.map((line) => {
      const m = /^\s*\/\/\s*exam-desk:\s*(.*)$/.exec(line);
      if (!m) return line;
      const read = readMetadata(m[1] ?? '');
      meta = read.meta;
      if (read.warning) warnings.push(read.warning);
      // Keep the line count, so positions still match the file.
      return '';
    });
    if (body.every((l) => l.trim() === '' || l.trim().startsWith('//'))) continue;
    const unclosed = unclosedBrace(body);
    if (unclosed) {
      items.push(
        skippedItem('GIFT syntax: the answer block "{" is never closed with "}"', {
          line: block.line + unclosed.line,
          column: unclosed.column,
          label: titleOf(block),
          warnings,
        }),
      );
      continue;
    }
    let parsed: GIFTQuestion[];
    try {
      parsed = parseGiftText(`${body.join('\n')}\n`);
    } catch (error) {
      const loc = (error as { location?: { start?: { line: number; column: number } } }).location
        ?.start;
      const message = error instanceof Error ? error.message : 'could not be read';
      // "End of input" sits on the line after the block; point at the block's last character instead.
      const past = loc !== undefined && loc.line > block.lines.length;
      const lastLine = block.lines[block.lines.length - 1] ?? '';
      items.push(
        skippedItem(`GIFT syntax: ${message}`, {
          line: loc ? block.line + (past ? block.lines.length : loc.line) - 1 : block.line,
          column: loc ? (past ? lastLine.length + 1 : loc.column) : 1,
          label: titleOf(block),
          warnings,
        }),
      );
      continue;
    }
    for (const q of parsed) {
      if (q.type === 'Category') {
        category = categoryTag(q.title);
        continue;
      }
      const at = { ...questionStart(block), label: q.title ?? titleOf(block), warnings };
      const tags = [
        ...new Set([...(q.tags ?? []).map((t) => t.trim()), ...(category ? [category] : [])]),
      ];
      const draft = giftContent(q, meta, tags, blockMedia, warnings);
      const item = typeof draft === 'string' ? skippedItem(draft, at) : checkedItem(draft, at);
      items.push(item);
      if (item.ok) media.add(blockMedia.media);
    }
  }
  const found = media.media;
  return { items, problems: [], ...(found.length > 0 && { media: found }) };
}

/** Where a text (an image's source) first appears in a block. */
function locateIn(block: Block, needle: string): SourcePosition {
  const short = needle.slice(0, 200);
  // The file writes GIFT's special characters escaped (`https\://`).
  const forms = [short, short.replace(/[~=#{}:]/g, (c) => `\\${c}`)];
  for (const [i, line] of block.lines.entries()) {
    for (const form of forms) {
      const at = line.indexOf(form);
      if (at >= 0) return { line: block.line + i, column: at + 1 };
    }
  }
  return { line: block.line, column: 1 };
}

/** Where an unescaped "{" opens an answer block that never closes (gift-pegjs would read it as a description). */
function unclosedBrace(lines: readonly string[]): { line: number; column: number } | null {
  let open: { line: number; column: number } | null = null;
  lines.forEach((text, line) => {
    if (text.trim().startsWith('//')) return;
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i];
      if (c === '\\') i += 1;
      else if (c === '{') open = { line, column: i + 1 };
      else if (c === '}') open = null;
    }
  });
  return open;
}

/** Moodle writes categories as `$course$/top/A/B`; the tag is the readable part, `A/B`. */
function categoryTag(path: string): string | null {
  const readable = path
    .trim()
    .replace(/^\$(course|module|system|cat\d*)\$\/?/, '')
    .replace(/^top\/?/, '')
    .trim();
  return readable === '' ? null : readable.slice(0, 60);
}

/** Where the question itself starts: past the comments and any $CATEGORY line above it. */
function questionStart(block: Block): { line: number; column: number } {
  const index = block.lines.findIndex((l) => !/^\s*(\/\/|\$CATEGORY:)/.test(l));
  const text = block.lines[index] ?? '';
  return index < 0
    ? { line: block.line, column: 1 }
    : { line: block.line + index, column: text.length - text.trimStart().length + 1 };
}

function titleOf(block: Block): string | null {
  const first = block.lines.find((l) => !l.trim().startsWith('//')) ?? '';
  const m = /^\s*::(.*?)::/.exec(first);
  return m?.[1]?.trim() ?? null;
}
