import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '@shared/domain/organisation';
import { sequentialIds } from '@shared/ids';
import { createQueryClient } from '@renderer/api/query-client';
import { useApiMutation } from '@renderer/api/use-api-mutation';
import { useApiQuery } from '@renderer/api/use-api-query';
import { useSessionStore } from '@renderer/auth/session-store';
import { installFakeExamApi } from '../support/install-fake-api';

const api = installFakeExamApi();
const ids = sequentialIds();
let people: Person[];

const person = (name: string): Person => ({
  id: ids(),
  name,
  email: `${name.toLowerCase()}@northfield.example`,
  role: 'student',
  active: true,
  lockedUntil: null,
  lastLoginAt: null,
  createdAt: null,
  updatedAt: null,
});

/** A people list and the form that adds to it, as the People screen has them. */
function PeopleAndForm() {
  const list = useApiQuery('people.list', {});
  const create = useApiMutation('people.create');
  const preview = useApiMutation('people.importPreview');
  return (
    <>
      {list.error && <p role="alert">{list.error.message}</p>}
      <ul aria-label="People">
        {(list.data ?? []).map((p) => (
          <li key={p.id}>{p.name}</li>
        ))}
      </ul>
      {create.error && <p role="status">{`${create.error.field ?? ''}|${create.error.message}`}</p>}
      <button
        type="button"
        onClick={() =>
          void create.run({
            name: 'Ben',
            email: 'ben@northfield.example',
            role: 'student',
            password: 'long-enough',
          })
        }
      >
        Add Ben
      </button>
      <button
        type="button"
        onClick={() =>
          void create.run({
            name: 'Nobody',
            email: 'nope',
            role: 'student',
            password: 'long-enough',
          })
        }
      >
        Add a bad email
      </button>
      <button type="button" onClick={() => void preview.run({ base64: '' })}>
        Preview
      </button>
    </>
  );
}

const listed = () => screen.getAllByRole('listitem').map((li) => li.textContent);
const listCalls = () => api.calls.filter((c) => c.method === 'people.list').length;

beforeEach(() => {
  api.reset({
    limitMs: null,
    accommodationMs: 0,
    extraMs: 0,
    elapsedMs: 0,
    remainingMs: null,
    breaks: { allowanceMs: 0, usedMs: 0, state: null },
  });
  people = [person('Ada')];
  api.serve('people.list', async () => ({ ok: true, value: [...people] }));
  api.serve('people.create', async (input) => {
    const added = { ...person(input.name), email: input.email };
    people.push(added);
    return { ok: true, value: added };
  });
  api.serve('people.importPreview', async () => ({
    ok: true,
    value: { rows: [], problems: [], committed: false, rejection: null } as never,
  }));
  render(
    <QueryClientProvider client={createQueryClient()}>
      <PeopleAndForm />
    </QueryClientProvider>,
  );
});

describe('API hooks', () => {
  it('reads through the cache and asks again after a change, with no reload by hand', async () => {
    expect(await screen.findByText('Ada')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add Ben' }));
    expect(await screen.findByText('Ben')).toBeTruthy();
    expect(listed()).toEqual(['Ada', 'Ben']);
    expect(listCalls()).toBe(2);
  });

  it('keeps a refusal, with its field, for the form, and changes nothing', async () => {
    await screen.findByText('Ada');
    await userEvent.click(screen.getByRole('button', { name: 'Add a bad email' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'email|Enter a valid email address',
    );
    expect(listCalls()).toBe(1);
  });

  it('does not ask again after a method that changes nothing', async () => {
    await screen.findByText('Ada');
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(api.calls.filter((c) => c.method === 'people.importPreview')).toHaveLength(1);
    expect(listCalls()).toBe(1);
  });
});

describe('API hooks when the session is gone', () => {
  it('shows the refusal and sends the person back to sign in', async () => {
    useSessionStore.setState({ status: 'signed-in', notice: null });
    api.serve('people.list', async () => ({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Please sign in first' },
    }));
    await userEvent.click(screen.getByRole('button', { name: 'Add Ben' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Please sign in first');
    expect(useSessionStore.getState()).toMatchObject({
      status: 'signed-out',
      notice: 'Your session has ended. Please sign in again.',
    });
  });
});
