/**
 * Moodle's embedded answers (Cloze): `{1:MULTICHOICE:=Yes#Right~No#Wrong}`,
 * `{2:SHORTANSWER:%100%Paris~%50%Lyon}`, `{1:NUMERICAL:=3.14:0.01}` inside a
 * question's text. Each is read into one gap; the writer makes the same
 * syntax from a gap.
 */
export type ClozeSubKind = 'choice' | 'text' | 'numeric' | 'multiresponse';

export interface ClozeSubAnswer {
  /** Fraction of the gap's marks, 0 to 1 (negative only in multiresponse). */
  credit: number;
  text: string;
  feedback: string;
}

export interface ClozeSub {
  /** Offset of the `{` in the text, and the length of the whole `{...}`. */
  start: number;
  length: number;
  weight: number;
  /** The type as written (MULTICHOICE_V, SAC, ...), for messages. */
  typeName: string;
  kind: ClozeSubKind;
  caseSensitive: boolean;
  answers: ClozeSubAnswer[];
}

const choice = { kind: 'choice' } as const;
const text = { kind: 'text' } as const;
const textCase = { kind: 'text', caseSensitive: true } as const;
const numeric = { kind: 'numeric' } as const;
const multi = { kind: 'multiresponse' } as const;

/** Every type name Moodle's Cloze reader knows, long and short, with the shuffled variants. */
const TYPES: Readonly<Record<string, { kind: ClozeSubKind; caseSensitive?: boolean }>> = {
  MULTICHOICE: choice,
  MC: choice,
  MULTICHOICE_V: choice,
  MCV: choice,
  MULTICHOICE_H: choice,
  MCH: choice,
  MULTICHOICE_S: choice,
  MCS: choice,
  MULTICHOICE_VS: choice,
  MCVS: choice,
  MULTICHOICE_HS: choice,
  MCHS: choice,
  SHORTANSWER: text,
  SA: text,
  MW: text,
  SHORTANSWER_C: textCase,
  SAC: textCase,
  MWC: textCase,
  NUMERICAL: numeric,
  NM: numeric,
  MULTIRESPONSE: multi,
  MR: multi,
  MULTIRESPONSE_H: multi,
  MRH: multi,
  MULTIRESPONSE_S: multi,
  MRS: multi,
  MULTIRESPONSE_HS: multi,
  MRHS: multi,
};

const head = /\{(\d*(?:\.\d+)?):([A-Z_]+):/g;

/** Splits on an unescaped separator. */
function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length) {
      current += c + (text[i + 1] as string);
      i += 1;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

const unescape = (text: string) => text.replace(/\\([}#~/"\\])/g, '$1');

function readAnswer(raw: string): ClozeSubAnswer {
  const [answerPart = '', ...feedbackParts] = splitUnescaped(raw, '#');
  let text = answerPart;
  let credit = 0;
  const percent = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(text);
  if (text.startsWith('=')) {
    credit = 1;
    text = text.slice(1);
  } else if (percent) {
    credit = Number(percent[1]) / 100;
    text = text.slice(percent[0].length);
  }
  return {
    credit,
    text: unescape(text).trim(),
    feedback: unescape(feedbackParts.join('#')).trim(),
  };
}

/** Every embedded answer in the text, in order; unknown types are returned for the caller to report. */
export function findClozeSubs(
  text: string,
): Array<ClozeSub | { start: number; typeName: string; unknown: true }> {
  const found: Array<ClozeSub | { start: number; typeName: string; unknown: true }> = [];
  head.lastIndex = 0;
  for (let m = head.exec(text); m !== null; m = head.exec(text)) {
    const start = m.index;
    let end = -1;
    for (let i = head.lastIndex; i < text.length; i += 1) {
      if (text[i] === '\\') i += 1;
      else if (text[i] === '}') {
        end = i;
        break;
      }
    }
    if (end < 0) break;
    const typeName = m[2] ?? '';
    const type = TYPES[typeName];
    head.lastIndex = end + 1;
    if (!type) {
      found.push({ start, typeName, unknown: true });
      continue;
    }
    const body = text.slice(start + m[0].length, end);
    found.push({
      start,
      length: end + 1 - start,
      weight: m[1] === '' || m[1] === undefined ? 1 : Number(m[1]),
      typeName,
      kind: type.kind,
      caseSensitive: type.caseSensitive ?? false,
      answers: splitUnescaped(body, '~').map(readAnswer),
    });
  }
  return found;
}

/** Text as it may sit inside an embedded answer. */
export const escapeCloze = (text: string) => text.replace(/[\\}#~]/g, (c) => `\\${c}`);

/** `=text` for full credit, `%50%text` for part, the bare text for none; `#feedback` after. */
export function writeClozeAnswer(credit: number, text: string, feedback?: string): string {
  const prefix = credit === 1 ? '=' : credit === 0 ? '' : `%${Number((credit * 100).toFixed(5))}%`;
  return `${prefix}${escapeCloze(text)}${feedback ? `#${escapeCloze(feedback)}` : ''}`;
}
