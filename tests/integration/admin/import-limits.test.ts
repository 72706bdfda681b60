import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { auditLogs, questions } from '@db/schema/index';
import { readQuestionFileOffThread } from '@main/services/files/read-off-thread';
import { readQuestionFile } from '@main/services/files/read-file';
import { READ_LIMITS, type ReadLimits } from '@shared/interchange/limits';
import type { InterchangeFormat, ParsedFile } from '@shared/interchange/types';
import { createTestCore, signedIn, type TestCore } from '../../helpers/core';
import { zipOf } from '../../helpers/zip-bomb';
import { fixtureText, qtiFixtureFiles } from '../../unit/interchange/fixtures';

const MB = 1024 * 1024;
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const qtiZip = () =>
  zipSync(Object.fromEntries([...qtiFixtureFiles()].map(([p, t]) => [p, strToU8(t)])));
const said = (file: ParsedFile) => file.problems.map((p) => p.message).join(' | ');
const limits = (overrides: Partial<ReadLimits>): ReadLimits => ({ ...READ_LIMITS, ...overrides });

/** A GIFT bank of n true/false questions. */
const giftBank = (n: number) =>
  Array.from({ length: n }, (_, i) => `::Q${i}:: Statement number ${i} is true.{T}`).join('\n\n');

describe('the import reader thread', () => {
  it.each<[InterchangeFormat, () => Uint8Array]>([
    ['gift', () => bytesOf(fixtureText('all-types.gift'))],
    ['aiken', () => bytesOf(fixtureText('all-types.aiken.txt'))],
    ['csv', () => bytesOf(fixtureText('european-excel.csv'))],
    ['qti', qtiZip],
  ])('reads %s exactly as the reader does in process', async (format, bytes) => {
    const inProcess = readQuestionFile(format, bytes(), `fixture.${format}`);
    const offThread = await readQuestionFileOffThread(format, bytes(), `fixture.${format}`);
    expect(offThread).toEqual(inProcess);
    expect(offThread.items.length).toBeGreaterThan(0);
  });

  it('leaves the event loop turning while a large file is parsed', async () => {
    const bank = bytesOf(giftBank(1_500));
    let turns = 0;
    let done = false;
    const read = readQuestionFileOffThread('gift', bank, 'bank.gift').finally(() => {
      done = true;
    });
    while (!done) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      turns += 1;
    }
    expect((await read).items).toHaveLength(1_500);
    // Parsed on this thread, the read would have finished before the first turn.
    expect(turns).toBeGreaterThan(50);
  });

  it('stops a reader that runs past its heap limit, and says so', async () => {
    const file = await readQuestionFileOffThread('gift', bytesOf(giftBank(4_000)), 'big.gift', {
      memoryMb: 8,
    });
    expect(file.items).toEqual([]);
    expect(said(file)).toBe(
      'reading the file needed more memory than an import may use; split it into smaller files',
    );
  });

  it('stops a reader that runs past its time limit, and says so', async () => {
    const file = await readQuestionFileOffThread('gift', bytesOf(giftBank(4_000)), 'slow.gift', {
      timeoutMs: 20,
    });
    expect(said(file)).toBe(
      'reading the file took longer than 0.02 s and was stopped; split it into smaller files',
    );
  });
});

describe('10 MB of garbage, read by the reader thread', () => {
  const garbage = new Uint8Array(randomBytes(10 * MB));
  it.each<[InterchangeFormat, RegExp]>([
    ['gift', /^the file is not UTF-8 text \(byte \d+ is not valid UTF-8\)|^the file is binary/],
    ['csv', /^the file is not UTF-8 text \(byte \d+ is not valid UTF-8\)|^the file is binary/],
    ['qti', /^the file is not UTF-8 text|^the file is binary/],
  ])('as %s is refused with a message, no items', async (format, message) => {
    const file = await readQuestionFileOffThread(format, garbage, `garbage.${format}`);
    expect(file.items).toEqual([]);
    expect(said(file)).toMatch(message);
  });

  it('as a zip (PK first) is refused as unreadable', async () => {
    const zipLike = new Uint8Array(
      Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(10 * MB)]),
    );
    const file = await readQuestionFileOffThread('qti', zipLike, 'garbage.zip');
    expect(file.items).toEqual([]);
    expect(said(file)).toMatch(
      /^the QTI package is not a readable zip \(.+\); it may be truncated$/,
    );
  });
});

describe('archive caps, counted while inflating', () => {
  it('stops a zip bomb at the entry cap even when its headers claim a few bytes', () => {
    const bomb = zipOf([
      { name: 'imsmanifest.xml', content: Buffer.from('<manifest/>') },
      {
        name: 'items/big.xml',
        content: Buffer.alloc(READ_LIMITS.entryBytes + MB, 32),
        claimedSize: 10,
      },
    ]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const file = readQuestionFile('qti', bomb, 'bomb.zip');
    expect(file.items).toEqual([]);
    expect(said(file)).toBe(
      'the QTI package was not read: the file items/big.xml inflates to more than 64 MB, more than an import reads from one file',
    );
  });

  it('stops at the total cap when each entry is under its own', () => {
    const entries = ['a', 'b', 'c'].map((n) => ({
      name: `items/${n}.xml`,
      content: Buffer.alloc(900 * 1024, 32),
    }));
    const file = readQuestionFile(
      'qti',
      zipOf(entries),
      'many.zip',
      limits({ entryBytes: MB, totalBytes: 2 * MB }),
    );
    expect(said(file)).toBe(
      'the QTI package was not read: the archive inflates to more than 2 MB in all, more than an import reads',
    );
  });

  it('stops at the cap on entries', () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({
      name: `items/q${i}.xml`,
      content: Buffer.from('<x/>'),
    }));
    const file = readQuestionFile('qti', zipOf(entries), 'wide.zip', limits({ entries: 10 }));
    expect(said(file)).toBe('the QTI package was not read: the archive holds more than 10 files');
  });

  it('refuses an archive cut off inside an entry', () => {
    const whole = zipOf([{ name: 'items/a.xml', content: randomBytes(64 * 1024) }]);
    const file = readQuestionFile('qti', whole.subarray(0, 20_000), 'cut.zip');
    expect(said(file)).toBe(
      'the QTI package is not a readable zip (items/a.xml ends early); it may be truncated',
    );
  });
});

describe('the cap on items', () => {
  it.each<[InterchangeFormat, string]>([
    ['gift', giftBank(6)],
    ['csv', `type,text,answer\n${'true_false,Yes?,true\n'.repeat(6)}`],
    ['aiken', 'Q?\nA) x\nB) y\nANSWER: A\n\n'.repeat(6)],
  ])('refuses a %s file with more items than the cap, saying how many', (format, text) => {
    const file = readQuestionFile(format, bytesOf(text), `f.${format}`, limits({ items: 5 }));
    expect(file.items).toEqual([]);
    expect(said(file)).toBe(
      'the file holds 6 questions; one import takes at most 5, so split the file',
    );
  });
});

async function counts(core: TestCore) {
  const [q] = await core.env.db().select({ n: count() }).from(questions);
  const [a] = await core.env.db().select({ n: count() }).from(auditLogs);
  return { questions: q?.n ?? 0, audit: a?.n ?? 0 };
}

describe('hostile files through questions.import write nothing', () => {
  const lol = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<manifest>&b;</manifest>',
  ].join('\n');
  const cases: Array<[string, InterchangeFormat, Uint8Array, RegExp]> = [
    [
      'a zip bomb',
      'qti',
      zipOf([{ name: 'items/big.xml', content: Buffer.alloc(READ_LIMITS.entryBytes + MB, 32) }]),
      /inflates to more than 64 MB/,
    ],
    [
      'billion laughs in the manifest',
      'qti',
      zipSync({ 'imsmanifest.xml': strToU8(lol) }),
      /imsmanifest\.xml: XML: the file declares entities/,
    ],
    [
      'an item in Latin-1',
      'qti',
      zipSync({
        'imsmanifest.xml': strToU8('<manifest/>'),
        'items/a.xml': new Uint8Array(Buffer.from('<p>Caf\xe9</p>', 'latin1')),
      }),
      /items\/a\.xml: the file is not UTF-8 text/,
    ],
    ['a truncated CSV', 'csv', bytesOf('type,text\nessay,"Discuss the'), /never closed/],
    ['5 MB of garbage as CSV', 'csv', new Uint8Array(randomBytes(5 * MB)), /not UTF-8|binary/],
  ];

  it.each(cases)('%s', async (_name, format, bytes, message) => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const before = await counts(core);
    const report = await author.ok('questions.import', {
      format,
      fileName: `hostile.${format}`,
      base64: Buffer.from(bytes).toString('base64'),
      skipInvalid: true,
    });
    expect(report.committed).toBe(false);
    expect(report.rejection).toMatch(message);
    expect(await counts(core)).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('refuses 10 MB of garbage before reading it, naming the field', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const before = await counts(core);
    const result = await author.call('questions.import', {
      format: 'gift',
      fileName: 'garbage.gift',
      base64: randomBytes(10 * MB).toString('base64'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'base64' } });
    expect(result.ok ? '' : result.error.message).toMatch(/too large/);
    expect(await counts(core)).toEqual(before);
  });
});
