/** Positions in text files, for import reports. */
/** Line and column (1-based) of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Splits text into lines, keeping each line's 1-based number; CRLF and CR count as line ends. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
