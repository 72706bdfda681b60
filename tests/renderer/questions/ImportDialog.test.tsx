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
  api.reset({
    limitMs: null,
    accommodationMs: 0,
    extraMs: 0,
    elapsedMs: 0,
    remainingMs: null,
    breaks: { allowanceMs: 0, usedMs: 0, state: null },
  });
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

  it('sends a file too big for one call in ordered chunks, then checks and imports it by its upload', async () => {
    const uploadId = '0190e6a0-0000-7000-8000-00000000b001';
    const received: Uint8Array[] = [];
    api.serve('questions.importUpload', async (input) => {
      expect(input.offset).toBe(received.reduce((s, b) => s + b.length, 0));
      received.push(Uint8Array.from(atob(input.base64), (c) => c.charCodeAt(0)));
      const got = received.reduce((s, b) => s + b.length, 0);
      return { ok: true, value: { uploadId, received: got, size: input.size ?? bytes.length } };
    });
    api.serve('questions.importPreview', async () => ({ ok: true, value: report({}) }));
    api.serve('questions.import', async () => ({
      ok: true,
      value: report({ dryRun: false, committed: true }),
    }));
    // 9 MB: two chunks of 8 MB and 1 MB.
    const block = new TextEncoder().encode('Q?\nA. a\nB. b\nANSWER: A\n\n');
    const bytes = new Uint8Array(9 * 1024 * 1024);
    bytes.set(block);
    for (let filled = block.length; filled < bytes.length; filled *= 2)
      bytes.copyWithin(filled, 0, filled);
    const file = new File([bytes], 'big-bank.txt', { type: 'text/plain' });
    await userEvent.upload(screen.getByLabelText('File'), file);
    await userEvent.selectOptions(screen.getByLabelText('Format'), 'aiken');
    await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Import 3 questions' }));
    await screen.findByRole('button', { name: 'Done' });

    const uploads = api.calls.filter((c) => c.method === 'questions.importUpload');
    expect(uploads).toHaveLength(2);
    const joined = new Uint8Array(bytes.length);
    let at = 0;
    for (const part of received) {
      joined.set(part, at);
      at += part.length;
    }
    expect(at).toBe(bytes.length);
    expect(joined.findIndex((byte, i) => byte !== bytes[i])).toBe(-1);
    for (const method of ['questions.importPreview', 'questions.import'] as const) {
      const sent = api.calls.find((c) => c.method === method)?.input as Record<string, unknown>;
      expect(sent.uploadId).toBe(uploadId);
      expect(sent.base64).toBeUndefined();
    }
  }, 20_000);

  it("in the desktop app, checks and imports a file picked in the system's dialog, by the upload main staged", async () => {
    const uploadId = '0190e6a0-0000-7000-8000-00000000a0f1';
    api.serve('questions.importPick', async () => ({
      ok: true,
      value: { uploadId, fileName: 'bank.csv', size: 2048 },
    }));
    api.serve('questions.importPreview', async () => ({ ok: true, value: report({}) }));
    api.serve('questions.import', async () => ({
      ok: true,
      value: report({ dryRun: false, committed: true }),
    }));
    await userEvent.click(screen.getByRole('button', { name: 'Choose a file…' }));
    expect(await screen.findByText('bank.csv')).toBeTruthy();
    // The system dialog is titled in the page's language.
    expect(api.calls.find((c) => c.method === 'questions.importPick')?.input).toEqual({
      title: 'Import questions',
      fileKinds: 'Question files',
    });
    expect(screen.getByLabelText<HTMLSelectElement>('Format').value).toBe('csv');
    await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Import 3 questions' }));
    const sent = api.calls
      .filter((c) => c.method === 'questions.importPreview' || c.method === 'questions.import')
      .map((c) => c.input as Record<string, unknown>);
    expect(sent).toHaveLength(2);
    for (const input of sent) {
      expect(input).toMatchObject({ format: 'csv', fileName: 'bank.csv', uploadId });
      expect(input.base64).toBeUndefined();
    }
    expect(api.calls.some((c) => c.method === 'questions.importUpload')).toBe(false);
  });
});
