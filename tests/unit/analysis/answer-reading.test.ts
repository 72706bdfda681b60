import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStoredAnswer } from '@shared/analysis/answer-reading';
import { answerValueSchema } from '@shared/domain/questions';
import { answerArb } from '../scoring/arbitraries';
import { newAnswerFor, newQuestionArb } from '../scoring/new-arbitraries';

describe('reading stored answers for analysis and regrade', () => {
  it('reads every answer the API accepts as the API reads it, the newer types included', () => {
    const anyAnswer = fc.oneof(
      answerArb,
      newQuestionArb.chain((q) => newAnswerFor(q)),
    );
    fc.assert(
      fc.property(anyAnswer, (answer) => {
        const json = JSON.stringify(answer);
        const parsed = answerValueSchema.nullable().safeParse(JSON.parse(json));
        // Non-finite numbers do not survive JSON; everything the schema takes reads the same.
        expect(parsed.success ? readStoredAnswer(json) : true).toEqual(
          parsed.success ? parsed.data : true,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps what fits of a malformed matching, ordering or cloze answer, and nothing of the rest', () => {
    expect(readStoredAnswer('{"type":"matching","pairs":{"p1":"r1","p2":3,"p3":null}}')).toEqual({
      type: 'matching',
      pairs: { p1: 'r1', p3: null },
    });
    expect(readStoredAnswer('{"type":"ordering","order":["a",2,"b"]}')).toEqual({
      type: 'ordering',
      order: ['a', 'b'],
    });
    expect(readStoredAnswer('{"type":"cloze","gaps":["x"]}')).toBeNull();
    expect(readStoredAnswer('{"type":"cloze","gaps":{"g1":"100","g2":false}}')).toEqual({
      type: 'cloze',
      gaps: { g1: '100' },
    });
  });
});
