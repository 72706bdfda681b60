import type { ImportRow } from '@db/repositories/question-import';
import type { TenantContext } from '@db/tenant';
import { questionContentSchema } from '@shared/domain/questions';
import type { Device } from './devices';
import { rows } from './devices';

/** The organisation on a device and its admin, as a repository call is scoped. */
export async function adminTenant(device: Device): Promise<TenantContext> {
  const [admin] = await rows<{ id: string; client_id: string }>(
    device,
    "SELECT id, client_id FROM profiles WHERE role = 'admin' ORDER BY email LIMIT 1",
  );
  if (!admin) throw new Error('no admin on this device');
  return { clientId: admin.client_id, profileId: admin.id, role: 'admin' };
}

/** A sentence of words, `chars` long, different for each `n` (so no two questions are the same). */
function prose(chars: number, n: number): string {
  const words = `Question ${String(n)} asks about the rivers, hills and towns of the region. `;
  return words
    .repeat(Math.ceil(chars / words.length))
    .slice(0, chars)
    .trim();
}

/**
 * Questions ready to insert as an import does, of about `textChars` of text
 * and `options` options of `optionChars` each.
 */
export function questionRows(
  count: number,
  size: { textChars: number; options: number; optionChars: number },
  ids: () => string,
): ImportRow[] {
  return Array.from({ length: count }, (_, n) => ({
    id: ids(),
    versionId: ids(),
    content: questionContentSchema.parse({
      type: 'single_choice',
      text: prose(size.textChars, n),
      options: Array.from({ length: size.options }, (_, i) => ({
        id: String.fromCharCode(97 + i),
        text: `${String.fromCharCode(65 + i)}: ${prose(size.optionChars - 3, n * 100 + i)}`,
      })),
      key: { optionId: 'a' },
      marks: 1,
    }),
  }));
}

/** An Aiken file of `count` questions with about `textChars` of text each. */
export function aikenFile(count: number, textChars: number): string {
  const items = Array.from(
    { length: count },
    (_, n) =>
      `${prose(textChars, n)}?\nA. North ${String(n)}\nB. South ${String(n)}\nC. East\nD. West\nANSWER: A\n`,
  );
  return Buffer.from(items.join('\n'), 'utf8').toString('base64');
}
