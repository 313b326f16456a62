import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DatabaseTooNewError } from '../../../shared/storage/numbered-migrations';
import { RelevanceSetError } from '../eval/relevance-set';
import { commands, type CliInput, type CliOutput } from './cli-commands';
import { exitCodes, usage, UsageError } from './cli-usage';

/**
 * `npm run -s kb -- <command> …` for KB editors, CI and scripts. Results go
 * to stdout, progress and errors to stderr, and the exit code says what
 * happened (see cli-usage.ts).
 */
export function runKbCli(argv: readonly string[], io: CliOutput): number {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        resources: { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        district: { type: 'string' },
        status: { type: 'string' },
        category: { type: 'string' },
        authority: { type: 'string' },
        'as-you-type': { type: 'boolean', default: false },
        queries: { type: 'string' },
        qrels: { type: 'string' },
        'per-query': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [name, ...rest] = positionals;
    if (values.help || name === undefined || name === 'help') {
      io.out(usage);
      return values.help || name === 'help' ? exitCodes.ok : exitCodes.usage;
    }
    const command = commands[name];
    if (!command) throw new UsageError(`unknown command "${name}"`);
    const input: CliInput = {
      positionals: rest,
      db: values.db,
      resources: values.resources,
      json: values.json,
      limit: values.limit,
      district: values.district,
      status: values.status,
      category: values.category,
      authority: values.authority,
      asYouType: values['as-you-type'],
      queries: values.queries,
      qrels: values.qrels,
      perQuery: values['per-query'],
    };
    return command(input, io, resourcesDirOf(values.resources));
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`kb: ${(error as Error).message}\nRun "kb --help" for usage.\n`);
      return exitCodes.usage;
    }
    if (error instanceof RelevanceSetError || error instanceof DatabaseTooNewError) {
      io.err(`kb: ${error.message}\n`);
      return exitCodes.usage;
    }
    throw error;
  }
}

function resourcesDirOf(flag: string | undefined): string | null {
  if (flag !== undefined) {
    if (!existsSync(flag)) throw new UsageError(`--resources ${flag}: no such folder`);
    return flag;
  }
  const bundled = fileURLToPath(new URL('../../../../resources/kb', import.meta.url));
  return existsSync(bundled) ? bundled : null;
}

function isParseArgsError(error: unknown): boolean {
  const code = error instanceof TypeError ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

// Run when executed directly (tsx src/core/kb/cli/kb-cli.ts …), not when imported by tests.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exitCode = runKbCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTty: process.stderr.isTTY === true,
  });
}
