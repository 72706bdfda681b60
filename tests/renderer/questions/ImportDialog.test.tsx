import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '@shared/domain/imports';
import { createQueryClient } from '@renderer/api/query-client';
import { ImportDialog } from '@renderer/questions/ImportDialog';
import { installFakeExamApi } from '../support/install-fake-api';

const api = installFakeExamApi();

const report = (patch: Partial<ImportReport>): ImportReport => ({
  importId: '0190e6a0-0000-7000-8000-00000000a001',
  format: 'aiken',
  fileName: 'bank.txt',
  dryRun: true,
  committed: false,
  rejection: null,
  counts: { total: 3, imported: 0, importable: 3, skipped: 0, duplicates: 0 },
  problems: [],
  items: [],
  ...patch,
});

beforeEach(() => {
  api.reset({ limitMs: null, extraMs: 0, elapsedMs: 0, remainingMs: null });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <ImportDialog open onClose={() => undefined} onImported={() => undefined} />
    </QueryClientProvider>,
  );
});

describe('the import dialog', () => {
  it('offers Stop import while the import saves, and shows that nothing was saved', async () => {
    let finish: (value: ImportReport) => void = () => undefined;
    api.serve('questions.importPreview', async () => ({ ok: true, value: report({}) }));
    api.serve(
      'questions.import',
      () =>
        new Promise((resolve) => {
          finish = (value) => resolve({ ok: true, value });
        }),
    );
    api.serve('questions.importCancel', async () => {
      finish(
        report({
          dryRun: false,
          rejection: 'the import was cancelled; nothing was saved',
        }),
      );
      return { ok: true, value: { cancelled: true } };
    });
    const file = new File(['Q?\nA. a\nB. b\nANSWER: A\n'], 'bank.txt', { type: 'text/plain' });
    await userEvent.upload(screen.getByLabelText('File'), file);
    await userEvent.selectOptions(screen.getByLabelText('Format'), 'aiken');
    await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Import 3 questions' }));

    const stop = await screen.findByRole('button', { name: 'Stop import' });
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    await userEvent.click(stop);
    const imported = api.calls.find((c) => c.method === 'questions.import')?.input as {
      progressToken: string;
    };
    expect(api.calls.find((c) => c.method === 'questions.importCancel')?.input).toEqual({
      progressToken: imported.progressToken,
    });
    expect(await screen.findByText('the import was cancelled; nothing was saved')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Stop import' })).toBeNull();
  });
});
