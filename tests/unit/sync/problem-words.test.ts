import { describe, expect, it } from 'vitest';
import { describeSyncError, syncProblemWords } from '@shared/sync/errors';

describe('sync problems as people read them', () => {
  it('turns an engine or network message into a sentence', () => {
    const words = syncProblemWords('url: http://10.0.0.9:8080 fetch failed: ECONNREFUSED');
    expect(words).toBe(describeSyncError('ECONNREFUSED').words);
    expect(words).not.toContain('url:');
  });

  it('leaves a sentence already written for people as it is', () => {
    const sentence = describeSyncError('401 unauthorized').words;
    expect(syncProblemWords(sentence)).toBe(sentence);
  });

  it('gives an unknown message the general sentence, not the raw text', () => {
    expect(syncProblemWords('checkpoint / wal size mismatch 0x1f')).not.toContain('wal');
  });
});
