/** The `fineprint` command: argument parsing and wiring only; the work is in the modules next to it. */
import { parseArgs } from 'node:util';
import { version } from '../package.json';
import { summarizeInput } from './analyze';
import { renderCard, terminalStyle } from './card';
import { classifyStream } from './classify';
import { DEFAULT_MAX_BYTES, InputError, readInput } from './inputs';

const USAGE = `Usage:
  fineprint summarize <file>... [--pretty] [--url URL] [--max-mb N]
  fineprint classify < segments.jsonl
  fineprint --help | --version

summarize  Reads privacy policies (.html/.htm, .txt, .md; other names are sniffed; '-' is stdin)
           and prints one JSON object per input, one per line (schema 1).
  --pretty      print a readable card per input instead of JSON
  --url URL     the address the page was saved from; one input only (default: the address a saved
                page declares: its "saved from url" comment, canonical link or og:url, else its file:// URL)
  --max-mb N    refuse inputs larger than N MB (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
classify   Reads JSON Lines {"id": string, "text": string} on stdin and prints
           {"id", "labels", "scores"} per line (OPP-115 categories).

Exit status: 0 when every input was read, 1 when some input was refused or damaged
(one line on stderr each; the others are still processed), 2 on a usage error.`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
        pretty: { type: 'boolean' },
        url: { type: 'string' },
        'max-mb': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(`fineprint ${version}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command === 'summarize') return summarize(files, values);
  if (command === 'classify') {
    if (files.length || values.pretty || values.url || values['max-mb']) throw new UsageError('classify takes no arguments; it reads stdin');
    const bad = await classifyStream(process.stdin, (line) => process.stdout.write(line + '\n'), (message) => process.stderr.write(`fineprint: ${message}\n`));
    return bad ? 1 : 0;
  }
  throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
}

async function summarize(files: string[], options: { pretty?: boolean; url?: string; 'max-mb'?: string }): Promise<number> {
  if (files.length === 0) throw new UsageError('summarize needs at least one file (or - for stdin)');
  if (options.url !== undefined && files.length > 1) throw new UsageError('--url applies to one input only');
  let maxBytes = DEFAULT_MAX_BYTES;
  if (options['max-mb'] !== undefined) {
    const mb = Number(options['max-mb']);
    if (!(mb > 0)) throw new UsageError(`--max-mb needs a positive number, got '${options['max-mb']}'`);
    maxBytes = Math.floor(mb * 1024 * 1024);
  }
  const style = terminalStyle(process.stdout);
  let failed = 0;
  let stdinRead = false;
  for (const [i, file] of files.entries()) {
    try {
      if (file === '-') {
        if (stdinRead) throw new InputError('stdin was already read');
        stdinRead = true;
      }
      const input = await readInput(file, { maxBytes, url: options.url });
      const record = await summarizeInput(input);
      for (const warning of input.warnings) process.stderr.write(`fineprint: ${file}: ${warning}\n`);
      if (input.warnings.length) failed++;
      process.stdout.write(options.pretty ? (i > 0 ? '\n' : '') + renderCard(record, style) : JSON.stringify(record) + '\n');
    } catch (error) {
      failed++;
      if (error instanceof InputError) process.stderr.write(`fineprint: ${file}: ${error.message}\n`);
      else reportInternal(file, error);
    }
  }
  return failed ? 1 : 0;
}

function reportInternal(file: string, error: unknown): void {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`fineprint: ${file}: internal error: ${message}${process.env.FINEPRINT_DEBUG ? '' : ' (FINEPRINT_DEBUG=1 shows the stack)'}\n`);
  if (process.env.FINEPRINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
}

if (process.env.FINEPRINT_DEBUG) Error.stackTraceLimit = 100;

// A closed pipe (`fineprint summarize *.html | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`fineprint: ${error.message}\n${USAGE.split('\n').slice(0, 4).join('\n')}\nRun 'fineprint --help' for details.\n`);
      process.exitCode = 2;
    } else {
      reportInternal('fineprint', error);
      process.exitCode = 1;
    }
  },
);
