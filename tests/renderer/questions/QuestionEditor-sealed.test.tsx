// @vitest-environment jsdom
// The editor sanitises with DOMPurify, which supports jsdom and not happy-dom.
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { QuestionRecord } from '@shared/domain/bank';
import { createQueryClient } from '@renderer/api/query-client';
import { QuestionEditor } from '@renderer/questions/QuestionEditor';
import { installDialogStandIn } from '../support/dom-stand-ins';
import type { FakeExamApi } from '../support/fake-exam-api';
import { installFakeExamApi } from '../support/install-fake-api';

const STORED = 'a'.repeat(64);

const record = (sealedTestId: string | null): QuestionRecord => ({
  type: 'true_false',
  format: 'html',
  text: '<p>Is the planet in the clip Neptune?</p>',
  options: null,
  key: { value: true },
  marks: 1,
  difficulty: null,
  tags: [],
  settings: {},
  id: '0190e6a0-0000-7000-8000-00000000c001',
  versionId: null,
  version: 3,
  deletedAt: null,
  conflict: false,
  createdAt: null,
  updatedAt: null,
  createdBy: null,
  sealedTestId,
});

let api: FakeExamApi;
beforeAll(() => {
  installDialogStandIn();
  api = installFakeExamApi();
  // jsdom lays nothing out: ProseMirror asks for rectangles to scroll the cursor into view.
  const noRects = () => Object.assign([], { item: () => null });
  for (const [target, name, value] of [
    [Range.prototype, 'getClientRects', noRects],
    [Range.prototype, 'getBoundingClientRect', () => new DOMRect()],
    [Element.prototype, 'getClientRects', noRects],
  ] as const) {
    if (typeof Reflect.get(target, name) !== 'function') {
      Object.defineProperty(target, name, { configurable: true, writable: true, value });
    }
  }
});

beforeEach(() => {
  api.reset({ serverNow: Date.now(), deadline: null, remainingMs: null } as never);
  api.serve('media.upload', () =>
    Promise.resolve({
      ok: true,
      value: { hash: STORED, src: `media:${STORED}`, mime: 'audio/mpeg', kind: 'audio', size: 3 },
    }),
  );
});

afterEach(() => {
  api.calls.length = 0;
});

/** Edits the question and adds a clip to its stem; answers what the upload sent. */
async function clipAddedTo(question: QuestionRecord): Promise<object[]> {
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <QuestionEditor question={question} onSaved={() => undefined} onCancel={() => undefined} />
    </QueryClientProvider>,
  );
  const [picker] = screen.getAllByLabelText(/file to insert/);
  if (!picker) throw new Error('the stem has no file picker');
  await user.upload(
    picker,
    new File([new Uint8Array([73, 68, 51])], 'clip.mp3', { type: 'audio/mpeg' }),
  );
  await waitFor(() => expect(api.calls.filter((c) => c.method === 'media.upload')).toHaveLength(1));
  return api.calls.filter((c) => c.method === 'media.upload').map((c) => c.input as object);
}

describe('the question editor', () => {
  it('uploads the media of a sealed test’s question sealed under that test', async () => {
    const [sent] = await clipAddedTo(record('sealed-paper-3'));
    expect(sent).toMatchObject({ name: 'clip.mp3', sealedTestId: 'sealed-paper-3' });
  });

  it('uploads the media of any other question with no sealed test', async () => {
    const [sent] = await clipAddedTo(record(null));
    expect(sent).toHaveProperty('name', 'clip.mp3');
    expect(sent).not.toHaveProperty('sealedTestId');
  });
});
