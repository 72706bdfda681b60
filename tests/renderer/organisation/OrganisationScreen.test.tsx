import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Organisation } from '@shared/domain/organisation';
import { createQueryClient } from '@renderer/api/query-client';
import { OrganisationScreen } from '@renderer/organisation/OrganisationScreen';
import { installFakeExamApi } from '../support/install-fake-api';

const api = installFakeExamApi();

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const organisation = (logoUrl: string | null): Organisation => ({
  id: '0190e6a0-0000-7000-8000-00000000c001',
  name: 'Northfield College',
  address: null,
  logoUrl,
  active: true,
  language: 'en',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

function showWith(logoUrl: string | null): void {
  api.serve('organisation.get', async () => ({ ok: true, value: organisation(logoUrl) }));
  api.serve('organisation.update', async () => ({ ok: true, value: organisation(logoUrl) }));
  api.serve('billing.overview', async () => ({
    ok: false,
    error: { code: 'INTERNAL', message: 'not under test' },
  }));
  render(
    <QueryClientProvider client={createQueryClient()}>
      <OrganisationScreen />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  api.reset({
    limitMs: null,
    accommodationMs: 0,
    extraMs: 0,
    elapsedMs: 0,
    remainingMs: null,
    breaks: { allowanceMs: 0, usedMs: 0, state: null },
  });
});

const REMOTE_LOGO_NOTE =
  'The saved logo is a web address, which the app does not load. Choose the image file to show it.';

describe('the organisation’s logo on its screen', () => {
  it('saved as a web address, is not loaded, the screen asks for the file, and saving leaves it alone', async () => {
    showWith('https://cdn.example/logo.png');
    expect(await screen.findByText(REMOTE_LOGO_NOTE)).toBeTruthy();
    expect(screen.queryByAltText('Current logo')).toBeNull();
    expect(document.querySelectorAll('img[src^="https:"]')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() =>
      expect(api.calls.filter((c) => c.method === 'organisation.update')).toHaveLength(1),
    );
    const [update] = api.calls.filter((c) => c.method === 'organisation.update');
    expect(update?.input).toEqual({ name: 'Northfield College', address: null });
  });

  it('chosen as an image file, is shown', async () => {
    showWith(PNG);
    const logo = await screen.findByAltText('Current logo');
    expect(logo.getAttribute('src')).toBe(PNG);
    expect(screen.queryByText(REMOTE_LOGO_NOTE)).toBeNull();
  });
});
