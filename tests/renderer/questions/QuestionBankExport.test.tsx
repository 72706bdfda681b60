import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forbidden, invalid } from '@shared/api/result';
import type { ExportFile } from '@shared/domain/imports';
import { createQueryClient } from '@renderer/api/query-client';
import { useLocaleStore } from '@renderer/i18n/locale-store';
import { QuestionBankScreen } from '@renderer/questions/QuestionBankScreen';
import { installFakeExamApi } from '../support/install-fake-api';

const api = installFakeExamApi();

const exported = (warnings: ExportFile['warnings']): ExportFile => ({
  fileName: 'question-bank-2026-12-02.gift.txt',
  mimeType: 'text/plain; charset=utf-8',
  base64: btoa('// a GIFT file\n'),
  count: 3,
  skipped: [],
  warnings,
});

const twoWarnings: ExportFile['warnings'] = [
  {
    questionId: '0190e6a0-0000-7000-8000-00000000c001',
    reason: 'GIFT has no place for the correct-answer feedback or the incorrect-answer feedback',
    lost: ['correct_feedback', 'incorrect_feedback'],
    excerpt: 'Which river flows through Cairo?',
  },
  {
    questionId: '0190e6a0-0000-7000-8000-00000000c002',
    reason: 'GIFT has no place for the gap feedback',
    lost: ['gap_feedback'],
    excerpt: 'The Moon ___ the Earth.',
  },
];

beforeEach(() => {
  api.reset({
    limitMs: null,
    accommodationMs: 0,
    extraMs: 0,
    elapsedMs: 0,
    remainingMs: null,
    breaks: { allowanceMs: 0, usedMs: 0, state: null },
  });
  api.serve('questions.list', async () => ({ ok: true, value: { items: [], total: 0 } }));
  api.serve('questions.conflicts', async () => ({ ok: true, value: [] }));
  // The download itself is the browser's: only that one was asked for matters here.
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
});

afterEach(() => {
  useLocaleStore.setState({ organisation: null });
  vi.restoreAllMocks();
});

const renderScreen = () =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <QuestionBankScreen />
    </QueryClientProvider>,
  );

describe('the bank screen export', () => {
  it('says which questions GIFT wrote without their outcome or gap feedback, in words', async () => {
    api.serve('questions.export', async () => ({ ok: true, value: exported(twoWarnings) }));
    renderScreen();
    await userEvent.click(await screen.findByRole('button', { name: 'Export all' }));
    const banner = await screen.findByRole('status');
    expect(banner.textContent).toContain(
      '2 questions were exported without something GIFT (Moodle) has no place for:',
    );
    const items = [...banner.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      '“Which river flows through Cairo?”: the feedback for a correct answer and the feedback for an incorrect answer',
      '“The Moon ___ the Earth.”: the gap feedback',
    ]);
    expect(api.calls.find((c) => c.method === 'questions.export')?.input).toMatchObject({
      format: 'gift',
    });
  });

  it('says it in French when the organisation works in French', async () => {
    useLocaleStore.setState({ organisation: 'fr' });
    api.serve('questions.export', async () => ({
      ok: true,
      value: exported(twoWarnings.slice(0, 1)),
    }));
    renderScreen();
    await userEvent.click(await screen.findByRole('button', { name: 'Tout exporter' }));
    const banner = await screen.findByRole('status');
    expect(banner.textContent).toContain('1 question a été exportée sans un élément');
    expect(banner.querySelector('li')?.textContent).toBe(
      '« Which river flows through Cairo? » : le commentaire pour une bonne réponse et le commentaire pour une mauvaise réponse',
    );
  });

  it('says the service’s refusal in French, by its id', async () => {
    useLocaleStore.setState({ organisation: 'fr' });
    // The refusal exactly as the export service makes it when nothing matches.
    const refused = invalid('filter', 'questions.noMatch').toBody();
    expect(refused).toMatchObject({
      message: 'No questions match',
      messageId: 'questions.noMatch',
    });
    api.serve('questions.export', async () => ({ ok: false, error: refused }));
    renderScreen();
    await userEvent.click(await screen.findByRole('button', { name: 'Tout exporter' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Aucune question ne correspond');
  });

  it('says a plan’s media quota refusal in French with its figures', async () => {
    useLocaleStore.setState({ organisation: 'fr' });
    const refused = forbidden('plan.mediaQuota', {
      limit: 50,
      plan: 'Starter',
      used: 49.5,
      adding: 1.2,
    }).toBody();
    api.serve('questions.export', async () => ({ ok: false, error: refused }));
    renderScreen();
    await userEvent.click(await screen.findByRole('button', { name: 'Tout exporter' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'max_media_mb (50) atteint : la formule Starter permet 50 Mo d’images et de sons, 49,5 Mo sont déjà stockés et ce fichier fait 1,2 Mo.',
    );
  });

  it('shows the English of a refusal whose id this screen does not know', async () => {
    useLocaleStore.setState({ organisation: 'fr' });
    const newer = { code: 'CONFLICT', message: 'A newer refusal', messageId: 'exam.fromTheFuture' };
    api.serve('questions.export', async () => ({ ok: false, error: newer as never }));
    renderScreen();
    await userEvent.click(await screen.findByRole('button', { name: 'Tout exporter' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A newer refusal');
  });

  it('shows nothing more when the export lost nothing', async () => {
    api.serve('questions.export', async () => ({ ok: true, value: exported([]) }));
    renderScreen();
    await userEvent.click(await screen.findByRole('button', { name: 'Export all' }));
    await vi.waitFor(() =>
      expect(api.calls.some((c) => c.method === 'questions.export')).toBe(true),
    );
    expect(screen.queryByText(/exported without/)).toBeNull();
  });
});
