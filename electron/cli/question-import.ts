import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  detectFormat,
  namedImportFormats,
  type NamedImportFormat,
} from '@shared/interchange/detect';
import { readQuestionFileOffThread } from '../services/files/read-off-thread';
import { EXIT, WHO_RUNS_IT, staffFromEnvironment } from './cli-staff';
import { importJson, importReportText } from './import-report-output';

const USAGE = `Usage: npm run import -- FILE [--format auto|${namedImportFormats.join('|')}] [--dry-run] [--json] [--as EMAIL]

Imports the questions of FILE into the bank, as the Import screen does: the
readable ones are saved in one go with one audit row, and every item is
reported (imported, or skipped and why, with its line and column).
--dry-run only checks the file; --json prints the report as JSON (see README).
Exits 0 when questions were imported (or, with --dry-run, would be), 1 when
none could be, 2 when it could not start.

${WHO_RUNS_IT}`;

const isNamedFormat = (f: string): f is NamedImportFormat =>
  (namedImportFormats as readonly string[]).includes(f);

function formatOf(
  option: string,
  file: string,
  bytes: Uint8Array,
): { format: NamedImportFormat } | { problem: string } {
  if (option === 'auto') {
    const found = detectFormat(basename(file), bytes);
    return found
      ? { format: found }
      : {
          problem: `could not tell what format ${file} is; name it with --format (${namedImportFormats.join(', ')})`,
        };
  }
  return isNamedFormat(option)
    ? { format: option }
    : {
        problem: `--format must be auto or one of ${namedImportFormats.join(', ')}, not "${option}"`,
      };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'auto' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        as: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  try {
    args = parse();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT.cannotStart;
  }
  if (args.values.help) {
    console.log(USAGE);
    return EXIT.done;
  }
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) {
    console.error(USAGE);
    return EXIT.cannotStart;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    return EXIT.cannotStart;
  }
  const chosen = formatOf(args.values.format, file, bytes);
  if ('problem' in chosen) {
    console.error(chosen.problem);
    return EXIT.cannotStart;
  }
  const named = chosen.format;
  const session = await staffFromEnvironment(args.values.as);
  if (!session) return EXIT.cannotStart;
  try {
    const dryRun = args.values['dry-run'];
    const input = {
      format: named,
      fileName: basename(file),
      base64: Buffer.from(bytes).toString('base64'),
      // As the screen's second step: the readable items go in, the rest are reported.
      skipInvalid: true,
      skipDuplicates: true,
    };
    const result = await session.call(
      dryRun ? 'questions.importPreview' : 'questions.import',
      input,
    );
    if (!result.ok) {
      const field = result.error.field === 'base64' ? 'the file' : result.error.field;
      console.error(`Nothing was imported: ${field ? `${field}: ` : ''}${result.error.message}`);
      return EXIT.nothing;
    }
    const report = result.value;
    if (args.values.json) {
      const parsed = await readQuestionFileOffThread(named, bytes, input.fileName);
      console.log(JSON.stringify(importJson(report, parsed), null, 2));
    } else {
      console.log(importReportText(report));
    }
    const worked = dryRun
      ? report.rejection === null && report.counts.importable > 0
      : report.committed && report.counts.imported > 0;
    return worked ? EXIT.done : EXIT.nothing;
  } finally {
    await session.close();
  }
}

process.exitCode = await main();
