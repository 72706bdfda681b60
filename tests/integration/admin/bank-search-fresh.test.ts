import { describe, expect, it } from 'vitest';
import { listQuestions, type QuestionFilter } from '@db/repositories/questions';
import type { TenantContext } from '@db/tenant';
import type { QuestionContent } from '@shared/domain/questions';
import { createTestCore, signedIn, type TestClient, type TestCore } from '../../helpers/core';
import { readDemoIds } from '../../helpers/fixtures';
import { startSyncServer } from '../../helpers/sync-server';
import { tempDir } from '../../helpers/temp-dir';
import { enrol, enrolledPair, newDevice, rows, syncOk, type Device } from '../sync/support/devices';

const essay = (text: string, tags: string[] = []): QuestionContent => ({
  type: 'essay',
  text,
  options: null,
  key: null,
  marks: 2,
  difficulty: 'medium',
  tags,
  settings: {},
});

const first = async (device: Device, search: string) =>
  (await device.admin.ok('questions.list', { search })).items;

const found = async (client: TestClient, filter: QuestionFilter) =>
  (await client.ok('questions.list', filter)).items.map((q) => q.text);

/** The index answers exactly what the SQL over the same rows answers, for a few filters. */
async function expectSameAsSql(core: TestCore, client: TestClient, tenant: TenantContext) {
  const filters: QuestionFilter[] = [
    {},
    { search: 'crossing' },
    { search: 'quokka' },
    { tag: 'roads' },
    { state: 'deleted' },
    { state: 'all', limit: 3, offset: 1 },
  ];
  for (const filter of filters) {
    const sql = await listQuestions(core.env.db(), tenant, filter);
    const api = await client.ok('questions.list', filter);
    expect({ filter, ids: api.items.map((q) => q.id), total: api.total }).toEqual({
      filter,
      ids: sql.items.map((q) => q.id),
      total: sql.total,
    });
  }
}

describe('the bank search index keeps in step', () => {
  it('with every write an author makes: create, edit, copy, delete, restore, import', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const ids = await readDemoIds(core);
    const tenant: TenantContext = {
      clientId: ids.clientId,
      profileId: ids.people.author,
      role: 'author',
    };
    expect(await found(author, { search: 'zebra crossing' })).toEqual([]);

    const q = await author.ok('questions.create', {
      content: essay('Zebra crossing rules', ['roads']),
    });
    expect(await found(author, { search: 'zebra crossing' })).toEqual(['Zebra crossing rules']);

    core.clock.advance(1_000);
    const edited = await author.ok('questions.update', {
      id: q.id,
      baseVersion: q.version,
      content: essay('Pelican crossing rules', ['roads', 'safety']),
    });
    expect(await found(author, { search: 'zebra' })).toEqual([]);
    expect(await found(author, { search: 'PELICAN' })).toEqual(['Pelican crossing rules']);
    expect(await found(author, { tag: 'safety' })).toEqual(['Pelican crossing rules']);

    core.clock.advance(1_000);
    const copy = await author.ok('questions.duplicate', { id: edited.id });
    expect((await author.ok('questions.list', { search: 'pelican' })).total).toBe(2);

    core.clock.advance(1_000);
    await author.ok('questions.delete', { id: copy.id });
    expect((await author.ok('questions.list', { search: 'pelican' })).total).toBe(1);
    expect(
      (await author.ok('questions.list', { search: 'pelican', state: 'deleted' })).items,
    ).toEqual([expect.objectContaining({ id: copy.id })]);
    await expectSameAsSql(core, author, tenant);

    core.clock.advance(1_000);
    await author.ok('questions.restore', { id: copy.id });
    expect((await author.ok('questions.list', { search: 'pelican' })).total).toBe(2);

    const aiken = 'Where does the quokka live?\nA. Rottnest Island\nB. Iceland\nANSWER: A\n';
    await author.ok('questions.import', {
      format: 'aiken',
      fileName: 'quokka.txt',
      base64: Buffer.from(aiken).toString('base64'),
      skipDuplicates: true,
    });
    expect(await found(author, { search: 'quokka' })).toEqual(['Where does the quokka live?']);
    // The newest change comes first, as the SQL ordered it.
    expect((await author.ok('questions.list', { limit: 1 })).items[0]?.text).toBe(
      'Where does the quokka live?',
    );
    await expectSameAsSql(core, author, tenant);
  });

  it('with what a pull brings, even an edit stamped earlier than this computer’s last change', async () => {
    const server = await startSyncServer();
    const { a, b } = await enrolledPair(server);
    const [question] = await first(a, 'capital city');
    expect(question).toBeDefined();
    const id = question?.id ?? '';

    // B's clock runs an hour behind A's; B edits offline while A changes another question.
    b.time.clock.jumpWall(-3_600_000);
    await b.admin.ok('questions.update', {
      id,
      baseVersion: question?.version ?? 1,
      content: essay('Name the largest desert on Earth'),
    });
    const other = (await a.admin.ok('questions.list', { search: 'planet' })).items[0];
    await a.admin.ok('questions.delete', { id: other?.id ?? '' });
    expect(await found(a.admin, { search: 'largest desert' })).toEqual([]);

    await syncOk(b);
    await syncOk(a);
    expect(await found(a.admin, { search: 'largest desert' })).toEqual([
      'Name the largest desert on Earth',
    ]);
    expect(await found(a.admin, { search: 'capital city' })).toEqual([]);
    await syncOk(b);
    expect(await found(b.admin, { search: 'planet' })).toEqual([]);
  });

  it('across a restart: what was written before it, and what a pull brings after it', async () => {
    const server = await startSyncServer();
    const dataDir = tempDir('exam-device-');
    const a = await enrol(await newDevice({ dataDir }), server, 'Lab PC A');
    await syncOk(a);
    const b = await enrol(await newDevice(), server, 'Lab PC B');
    await syncOk(b);
    const [question] = await first(b, 'capital city');
    const id = question?.id ?? '';

    // A writes, searches (so its index is built), and closes.
    await a.admin.ok('questions.create', { content: essay('Hovercraft ferry timetable') });
    expect(await found(a.admin, { search: 'hovercraft' })).toEqual(['Hovercraft ferry timetable']);
    await a.core.close();

    // While A is off, B edits a question and sends it.
    await b.admin.ok('questions.update', {
      id,
      baseVersion: question?.version ?? 1,
      content: essay('Name the longest river in Africa'),
    });
    await syncOk(b);

    // A starts again on the same folder: its own write is found before any pull, B's after it.
    const again = await newDevice({ dataDir });
    expect(await found(again.admin, { search: 'hovercraft' })).toEqual([
      'Hovercraft ferry timetable',
    ]);
    expect(await found(again.admin, { search: 'longest river' })).toEqual([]);
    await syncOk(again);
    expect(await found(again.admin, { search: 'longest river' })).toEqual([
      'Name the longest river in Africa',
    ]);
    expect(await found(again.admin, { search: 'capital city' })).toEqual([]);
    const [admin] = await rows<{ id: string; client_id: string }>(
      again,
      "SELECT id, client_id FROM profiles WHERE email = 'admin@northfield.example'",
    );
    await expectSameAsSql(again.core, again.admin, {
      clientId: admin?.client_id ?? '',
      profileId: admin?.id ?? '',
      role: 'admin',
    });
  });
});
