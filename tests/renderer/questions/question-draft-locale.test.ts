import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionRecord } from '@shared/domain/bank';
import { useLocaleStore } from '@renderer/i18n/locale-store';
import {
  contentFromDraft,
  draftFromRecord,
  draftProblems,
  emptyDraft,
  type QuestionDraft,
} from '@renderer/questions/question-draft';

const numericRecord: QuestionRecord = {
  id: '0190c1a0-0000-7000-8000-000000000002',
  versionId: null,
  version: 1,
  deletedAt: null,
  conflict: false,
  createdAt: null,
  updatedAt: null,
  createdBy: null,
  sealedTestId: null,
  type: 'numeric',
  text: 'What is pi to two places?',
  options: null,
  key: {
    value: 3.14,
    tolerance: 0.005,
    toleranceMode: 'absolute',
    alternatives: [{ value: 3.1, tolerance: 0.05, toleranceMode: 'absolute', credit: 0.125 }],
  },
  marks: 1.5,
  difficulty: null,
  tags: [],
  settings: {},
};

const numericDraft = (patch: Partial<QuestionDraft>): QuestionDraft => ({
  ...emptyDraft('numeric'),
  text: 'What is pi to two places?',
  ...patch,
});

describe('numbers in the question editor follow the author’s language', () => {
  afterEach(() => {
    useLocaleStore.setState({ organisation: null, student: null, pseudo: false });
  });

  it('reads French decimal commas in marks, key, tolerance and credit as the same numbers', () => {
    useLocaleStore.setState({ organisation: 'fr' });
    const draft = numericDraft({
      marks: '1,5',
      numericValue: '3,14',
      tolerance: '0,005',
      alternatives: [
        { value: '3,1', tolerance: '0,05', toleranceMode: 'absolute', credit: '12,5' },
      ],
    });
    expect(draftProblems(draft)).toEqual(new Map());
    expect(contentFromDraft(draft)).toMatchObject({
      marks: 1.5,
      key: {
        value: 3.14,
        tolerance: 0.005,
        alternatives: [{ value: 3.1, tolerance: 0.05, credit: 0.125 }],
      },
    });
  });

  it('writes a stored key in French with commas, and saves it unchanged', () => {
    useLocaleStore.setState({ organisation: 'fr' });
    const draft = draftFromRecord(numericRecord);
    expect(draft.marks).toBe('1,5');
    expect(draft.numericValue).toBe('3,14');
    expect(draft.tolerance).toBe('0,005');
    expect(draft.alternatives[0]?.credit).toBe('12,5');
    expect(contentFromDraft(draft)).toMatchObject({
      marks: 1.5,
      key: numericRecord.key,
    });
  });

  it('writes the same key in English with points', () => {
    const draft = draftFromRecord(numericRecord);
    expect(draft.marks).toBe('1.5');
    expect(draft.numericValue).toBe('3.14');
    expect(draft.tolerance).toBe('0.005');
  });

  it('refuses a number whose separator could be thousands or decimals', () => {
    useLocaleStore.setState({ organisation: 'fr' });
    // The editor's own checks speak the author's language, as the refusals from main do.
    expect(draftProblems(numericDraft({ marks: '1.250', numericValue: '2' })).get('marks')).toBe(
      'Points : doit être un nombre',
    );
    expect(draftProblems(numericDraft({ marks: 'deux', numericValue: '2' })).get('marks')).toBe(
      'Points : doit être un nombre',
    );
  });
});
