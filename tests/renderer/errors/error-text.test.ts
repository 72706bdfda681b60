import { describe, expect, it } from 'vitest';
import { errorMessageIds, type ErrorMessageId } from '@shared/api/error-words';
import { validationError } from '@shared/api/validation-error';
import { describeSyncError, syncProblem, syncProblemSentences } from '@shared/sync/errors';
import { pendingTooLargeMessage } from '@shared/sync/push-limits';
import { labelledFields, fieldLabel, plainIssueMessage } from '@shared/validation/messages';
import { uiLocales } from '@shared/i18n/locales';
import { z } from 'zod';
import { errorText } from '@renderer/errors/error-text';
import { messages as fieldLabels } from '@renderer/errors/fields/messages';
import { messages } from '@renderer/errors/messages';
import { intlFor } from '@renderer/i18n/intl';
import { catalogueFor } from '@renderer/i18n/registry';
import { syncProblemText } from '@renderer/sync/problems/sync-problem-text';

const refusal = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input, { error: plainIssueMessage });
  if (parsed.success) throw new Error('expected a refusal');
  return validationError(parsed.error);
};

const byName: Readonly<Record<string, { id: string } | undefined>> = messages;

describe('API refusals said through the catalogues', () => {
  it('has a message in every language for every id main can send', () => {
    for (const locale of uiLocales) {
      const catalogue = catalogueFor(locale);
      for (const id of errorMessageIds) {
        const message = byName[id];
        expect(message, `${id} has no message`).toBeDefined();
        expect(catalogue[message?.id ?? ''], `${id} in ${locale}`).toBeTypeOf('string');
      }
      for (const field of labelledFields) {
        const label = (fieldLabels as Record<string, { id: string } | undefined>)[field];
        expect(catalogue[label?.id ?? ''], `label ${field} in ${locale}`).toBeTypeOf('string');
      }
    }
  });

  it('says in English exactly what main says, values and field label included', () => {
    const en = intlFor('en');
    const schema = z
      .object({
        deviceName: z.string().max(3),
        tags: z.array(z.string()).min(1),
        password: z.string().min(1, 'enter your password'),
        role: z.enum(['admin', 'student']),
        marks: z.number(),
      })
      .strict();
    const full = { deviceName: 'abc', tags: ['a'], password: 'x', role: 'admin', marks: 1 };
    const bodies = [
      refusal(schema, { ...full, deviceName: 'abcd' }),
      refusal(schema, { ...full, tags: [] }),
      refusal(schema, { ...full, password: '' }),
      refusal(schema, { ...full, role: 'root' }),
      refusal(schema, { ...full, marks: 'five' }),
      refusal(schema, { ...full, extraTags: 1 }),
    ];
    for (const body of bodies) {
      expect(body.messageId).toBeDefined();
      expect(errorText(en, body)).toBe(body.message);
    }
  });

  it('puts the values and the field’s label into French and Arabic, with plurals', () => {
    const body = refusal(z.object({ deviceName: z.string().max(3) }), { deviceName: 'abcd' });
    expect(errorText(intlFor('fr'), body)).toBe('Nom de l’ordinateur : au plus 3 caractères');
    expect(errorText(intlFor('ar'), body)).toBe('اسم الحاسوب: 3 أحرف على الأكثر');
    const one = refusal(z.object({ deviceName: z.string().max(1) }), { deviceName: 'ab' });
    expect(errorText(intlFor('fr'), one)).toBe('Nom de l’ordinateur : au plus 1 caractère');
    const role = {
      code: 'FORBIDDEN',
      message: 'x',
      messageId: 'api.roleCannot' as ErrorMessageId,
      params: { role: 'proctor' },
    };
    expect(errorText(intlFor('fr'), role)).toBe(
      'Votre rôle (surveillant) ne permet pas de faire cela',
    );
  });

  it('names a field with no written label by its own words, and one of no name as “this value”', () => {
    const unnamed = refusal(z.string().min(1), '');
    expect(errorText(intlFor('fr'), unnamed)).toBe('Cette valeur : ne peut pas être vide');
    const own = refusal(z.object({ extraTags: z.array(z.string()).min(1) }), { extraTags: [] });
    expect(errorText(intlFor('fr'), own)).toBe(`${fieldLabel('extraTags')} : au moins 1 élément`);
  });

  it('shows the English of a refusal with no id, or one this renderer does not know', () => {
    const fr = intlFor('fr');
    expect(errorText(fr, { message: 'Something new' })).toBe('Something new');
    expect(
      errorText(fr, { message: 'Newer', messageId: 'sentence.fromTheFuture' as ErrorMessageId }),
    ).toBe('Newer');
  });
});

describe('sync problems said through the catalogues', () => {
  it('says each of main’s sentences in English as main wrote it', () => {
    const en = intlFor('en');
    for (const { id, words } of syncProblemSentences)
      expect(syncProblemText(en, { words, id })).toBe(words);
  });

  it('turns an engine’s message into the sentence for it in French and Arabic', () => {
    // Main sorts the engine's message once, and sends the sentence's id beside it.
    const offline = 'url: fetch failed ECONNREFUSED';
    expect(syncProblem(offline).id).toBe('offline');
    expect(
      syncProblemText(intlFor('fr'), { words: offline, id: describeSyncError(offline).id }),
    ).toMatch(/^Pas de connexion au serveur de synchronisation/);
    const down = 'HTTP 503 Service Unavailable';
    expect(syncProblemText(intlFor('ar'), { words: down, id: describeSyncError(down).id })).toBe(
      'واجه خادم المزامنة مشكلة. ستعيد المزامنة المحاولة قريبًا.',
    );
    expect(syncProblem(pendingTooLargeMessage(50_000_000, 1200, 30_000_000)).id).toBe('tooLarge');
  });

  it('shows main’s English for a problem with no id, or one this renderer does not know', () => {
    const fr = intlFor('fr');
    // Never matched by its words here: without an id it is shown as main wrote it.
    const words =
      'No connection to the sync server. Work is saved on this computer and will be sent later.';
    expect(syncProblemText(fr, { words, id: null })).toBe(words);
    expect(syncProblemText(fr, { words: 'Newer', id: 'fromTheFuture' })).toBe('Newer');
    expect(syncProblemText(fr, { words, id: 'offline' })).toMatch(/^Pas de connexion/);
  });
});
