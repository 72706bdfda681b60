import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenVocabulary } from '@shared/search/token-vocabulary';

// Few letters, so tokens share pieces, hold a piece twice ("aba" in "ababa") and sort close together.
const tokenArb = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '1'), minLength: 1 });

describe('the token vocabulary', () => {
  it('finds the tokens holding, starting or ending with a piece, as a pass over them all does', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(tokenArb, { maxLength: 60 }),
        fc.uniqueArray(tokenArb, { maxLength: 30 }),
        fc.array(tokenArb, { minLength: 1, maxLength: 10 }),
        (built, added, pieces) => {
          const vocabulary = new TokenVocabulary();
          vocabulary.reset(built);
          const held = [...built];
          const check = () => {
            const sorted = [...held].sort();
            for (const piece of pieces) {
              expect(vocabulary.containing(piece)).toEqual(sorted.filter((t) => t.includes(piece)));
              expect(vocabulary.startingWith(piece)).toEqual(
                sorted.filter((t) => t.startsWith(piece)),
              );
              expect([...vocabulary.endingWith(piece)].sort()).toEqual(
                sorted.filter((t) => t.endsWith(piece)),
              );
            }
          };
          check();
          // Tokens added one by one after a search, as edits add them.
          for (const token of added) {
            if (held.includes(token)) continue;
            vocabulary.add(token);
            held.push(token);
          }
          check();
        },
      ),
      { numRuns: 300 },
    );
  });
});
