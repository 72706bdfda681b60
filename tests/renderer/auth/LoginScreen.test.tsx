import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiWords } from '@shared/api/error-words';
import type { SessionInfo } from '@shared/domain/organisation';
import { createQueryClient } from '@renderer/api/query-client';
import { LoginScreen } from '@renderer/auth/LoginScreen';
import { useSessionStore } from '@renderer/auth/session-store';
import { useLocaleStore } from '@renderer/i18n/locale-store';
import { installFakeExamApi } from '../support/install-fake-api';

const api = installFakeExamApi();
const PASSWORD = 'demo1234';
const signedIn = { person: { name: 'Ada Admin', role: 'admin' } } as unknown as SessionInfo;

beforeEach(() => {
  api.reset({
    limitMs: null,
    accommodationMs: 0,
    extraMs: 0,
    elapsedMs: 0,
    remainingMs: null,
    breaks: { allowanceMs: 0, usedMs: 0, state: null },
  });
  api.serve('auth.signIn', async (input) =>
    input.password === PASSWORD
      ? { ok: true, value: signedIn }
      : {
          ok: false,
          error: { code: 'UNAUTHENTICATED', message: 'The email or password is not right' },
        },
  );
  // Not the demo organisation: the form alone, as most organisations see it.
  api.serve('auth.demoAccounts', async () => ({ ok: true, value: null }));
  useSessionStore.setState({ status: 'signed-out', session: null, notice: null });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <LoginScreen />
    </QueryClientProvider>,
  );
});

afterEach(() => {
  useLocaleStore.setState({ organisation: null });
});

const email = () => screen.getByLabelText('Email');
const password = () => screen.getByLabelText('Password');
const alertText = () => screen.getByRole('alert').textContent;

describe('login form', () => {
  it('asks for the email first when nothing is typed, marking only that field', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(alertText()).toBe('Enter your email');
    expect(email().getAttribute('aria-invalid')).toBe('true');
    expect(password().getAttribute('aria-invalid')).toBe('false');
    expect(document.activeElement).toBe(email());
  });

  it('refuses an email that is not an address, in words, and keeps the password typed', async () => {
    const user = userEvent.setup();
    await user.type(email(), 'ada');
    await user.type(password(), PASSWORD);
    await user.keyboard('{Enter}');
    expect(alertText()).toBe('Enter a valid email address');
    expect((password() as HTMLInputElement).value).toBe(PASSWORD);
    expect(useSessionStore.getState().status).toBe('signed-out');
  });

  it('asks for the password when only the email is typed', async () => {
    const user = userEvent.setup();
    await user.type(email(), 'admin@northfield.example{Enter}');
    expect(alertText()).toBe('Enter your password');
    expect(password().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(password());
  });

  it('clears a refused password and marks both fields', async () => {
    const user = userEvent.setup();
    await user.type(email(), 'admin@northfield.example');
    await user.tab();
    await user.keyboard('wrong-one{Enter}');
    expect(alertText()).toBe('The email or password is not right');
    expect((password() as HTMLInputElement).value).toBe('');
    expect(email().getAttribute('aria-invalid')).toBe('true');
    expect(password().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(password());
  });

  it('says a refusal from main in the screen’s language, by its id', async () => {
    const user = userEvent.setup();
    const refused = apiWords('api.wrongCredentials', {});
    api.serve('auth.signIn', async () => ({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: refused.message, messageId: refused.ref.id },
    }));
    await user.type(email(), 'admin@northfield.example');
    await user.type(password(), 'wrong-one');
    act(() => useLocaleStore.setState({ organisation: 'fr' }));
    await user.keyboard('{Enter}');
    expect(alertText()).toBe('L’adresse e-mail ou le mot de passe n’est pas correct');
  });

  it('signs in with the keyboard alone', async () => {
    const user = userEvent.setup();
    await user.keyboard('admin@northfield.example');
    await user.tab();
    await user.keyboard(`${PASSWORD}{Enter}`);
    expect(useSessionStore.getState()).toMatchObject({ status: 'signed-in', session: signedIn });
    expect(api.calls.filter((c) => c.method === 'auth.signIn').map((c) => c.input)).toEqual([
      { email: 'admin@northfield.example', password: PASSWORD },
    ]);
  });
});
