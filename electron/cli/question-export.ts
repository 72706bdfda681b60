import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { interchangeFormats, type InterchangeFormat } from '@shared/interchange/types';
import { EXIT, WHO_RUNS_IT, staffFromEnvironment } from './cli-staff';

const USAGE = `Usage: npm run export -- --format ${interchangeFormats.join('|')} --out FILE [--tag TAG] [--as EMAIL]

Writes the bank's live questions (only those tagged TAG, with --tag) to FILE in
the format, as the Export button does, and lists what the format cannot hold.
Exits 0 when a file was written, 1 when no question matched, 2 when it could
not start.

${WHO_RUNS_IT}`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      strict: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        tag: { type: 'string' },
        as: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT.cannotStart;
  }
  if (values.help) {
    console.log(USAGE);
    return EXIT.done;
  }
  const format = values.format;
  if (format === undefined || !(interchangeFormats as readonly string[]).includes(format)) {
    console.error(`--format must be one of ${interchangeFormats.join(', ')}\n\n${USAGE}`);
    return EXIT.cannotStart;
  }
  if (values.out === undefined || values.out.trim() === '') {
    console.error(`--out FILE is required\n\n${USAGE}`);
    return EXIT.cannotStart;
  }
  const session = await staffFromEnvironment(values.as);
  if (!session) return EXIT.cannotStart;
  try {
    const result = await session.call('questions.export', {
      format: format as InterchangeFormat,
      filter: { state: 'live', ...(values.tag !== undefined && { tag: values.tag }) },
    });
    if (!result.ok) {
      console.error(`Nothing was exported: ${result.error.message}`);
      return result.error.code === 'VALIDATION' ? EXIT.nothing : EXIT.cannotStart;
    }
    const file = result.value;
    writeFileSync(values.out, Buffer.from(file.base64, 'base64'));
    console.log(`Wrote ${file.count} question${file.count === 1 ? '' : 's'} to ${values.out}.`);
    for (const s of file.skipped) console.log(`  not exported: ${s.questionId}: ${s.reason}`);
    for (const w of file.warnings) console.log(`  exported without: ${w.questionId}: ${w.reason}`);
    return EXIT.done;
  } finally {
    await session.close();
  }
}

process.exitCode = await main();
