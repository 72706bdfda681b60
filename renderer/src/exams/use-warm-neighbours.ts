import { useContext, useEffect } from 'react';
import type { ExamQuestion } from '@shared/domain/exam';
import { MediaSource } from '../content/media-source';
import { warmRichText, whenIdle, type RichField } from '../content/warm';

/** Every field of a question that RichText shows. */
export function richFieldsOf(q: ExamQuestion): RichField[] {
  const items = [
    ...(q.options ?? []),
    ...(q.premises ?? []),
    ...(q.responses ?? []),
    ...(q.items ?? []),
  ];
  return [
    { text: q.text, cloze: q.type === 'cloze' },
    ...items.map((item) => ({ text: item.text, cloze: false })),
  ];
}

/**
 * While the student reads a question, the ones before and after it are made
 * ready in idle time (sanitised, typeset, media asked for), so moving to
 * them fits in a frame.
 */
export function useWarmNeighbours(questions: readonly ExamQuestion[], index: number): void {
  const media = useContext(MediaSource);
  useEffect(() => {
    const neighbours = [questions[index + 1], questions[index - 1]].filter(
      (q): q is ExamQuestion => q !== undefined,
    );
    return whenIdle(() => {
      for (const q of neighbours) warmRichText(q.format, richFieldsOf(q), media);
    });
  }, [questions, index, media]);
}
