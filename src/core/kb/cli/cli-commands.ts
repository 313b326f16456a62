import { existsSync, readFileSync, statSync } from 'node:fs';
import { openSeatDatabase } from '../../db/open-seat-database';
import { evaluateRun, type Evaluation, type MetricSet } from '../eval/evaluate-run';
import { parseQrels, parseQueries } from '../eval/relevance-set';
import { runRelevanceSet } from '../eval/run-relevance-set';
import { formatShanghaiDate } from '../document/shanghai-date';
import { kbStatuses, type KbStatus } from '../document/kb-document';
import { createKnowledgeBase, type KnowledgeBase } from '../knowledge-base';
import type { SearchOptions, SearchResult } from '../query/search-types';
import { exitCodes, UsageError } from './cli-usage';

/** The parsed command line every command receives. */
export interface CliInput {
  positionals: string[];
  db: string | undefined;
  resources: string | undefined;
  json: boolean;
  limit: string | undefined;
  district: string | undefined;
  status: string | undefined;
  category: string | undefined;
  authority: string | undefined;
  asYouType: boolean;
  queries: string | undefined;
  qrels: string | undefined;
  perQuery: boolean;
}

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Whether stderr is a terminal (progress redraws one line) or a log (progress every so often). */
  errIsTty: boolean;
}

type Command = (input: CliInput, io: CliOutput, resourcesDir: string | null) => number;

export const commands: Record<string, Command> = {
  import: importCommand,
  search: searchCommand,
  eval: evalCommand,
  'zero-results': zeroResultsCommand,
};

function openKnowledgeBase(input: CliInput, resourcesDir: string | null, mustExist: boolean): KnowledgeBase {
  if (!input.db) throw new UsageError('--db FILE is required');
  if (mustExist && !existsSync(input.db)) throw new UsageError(`database ${input.db} does not exist (run "kb import" first)`);
  return createKnowledgeBase(openSeatDatabase(input.db), { resourcesDir });
}

function importCommand(input: CliInput, io: CliOutput, resourcesDir: string | null): number {
  const folder = input.positionals[0];
  if (!folder) throw new UsageError('import needs the folder to import: kb import --db FILE DIR');
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${folder} is not a folder`);
  const kb = openKnowledgeBase(input, resourcesDir, false);
  let lastLogged = 0;
  const report = kb.importFolder(folder, ({ done, total, path }) => {
    if (io.errIsTty) {
      io.err(`\r\u001b[Kimporting ${done}/${total} ${path}`);
      if (done === total) io.err('\n');
    } else if (done === total || done - lastLogged >= Math.max(1, Math.ceil(total / 10))) {
      lastLogged = done;
      io.err(`importing ${done}/${total}\n`);
    }
  });
  if (input.json) {
    io.out(`${JSON.stringify(report)}\n`);
  } else {
    io.out(
      `${report.total} files: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ` +
        `${report.failed.length} skipped (${report.tookMs} ms)\n`,
    );
    for (const failure of report.failed) io.out(`  skipped ${failure.path}: ${failure.reason}\n`);
    for (const warning of report.warnings) io.out(`  warning ${warning.path}: ${warning.message}\n`);
    for (const problem of kb.resourceProblems()) io.out(`  warning ${problem}\n`);
  }
  return report.failed.length > 0 ? exitCodes.partial : exitCodes.ok;
}

function searchCommand(input: CliInput, io: CliOutput, resourcesDir: string | null): number {
  const options = searchOptionsOf(input);
  if (input.queries !== undefined) {
    if (!input.json) throw new UsageError('--queries writes JSON lines; add --json');
    const queries = parseQueries(readInputFile(input.queries, '--queries'), input.queries);
    const kb = openKnowledgeBase(input, resourcesDir, true);
    for (const query of queries) {
      const started = performance.now();
      const response = kb.search(query.query, { ...options, withSnippets: false, logZeroResult: false });
      const ms = Math.round((performance.now() - started) * 1000) / 1000;
      const results = response.results.map((result) => ({ id: result.id, score: result.score }));
      io.out(`${JSON.stringify({ qid: query.qid, results, ms })}\n`);
    }
    return exitCodes.ok;
  }
  const query = input.positionals.join(' ');
  if (query.trim() === '') throw new UsageError('search needs a query: kb search --db FILE "QUERY"');
  const kb = openKnowledgeBase(input, resourcesDir, true);
  const response = kb.search(query, options);
  if (input.json) {
    io.out(`${JSON.stringify(response)}\n`);
    return exitCodes.ok;
  }
  if (response.didYouMean) {
    io.out(response.didYouMean.applied ? `showing results for ${response.didYouMean.text}\n` : `did you mean: ${response.didYouMean.text}\n`);
  }
  io.out(`${response.total} found in ${response.tookMs} ms (${response.interpretedAs.kind}: ${response.interpretedAs.words.join(' ')})\n`);
  response.results.forEach((result, index) => io.out(describeResult(result, index + 1)));
  return exitCodes.ok;
}

function describeResult(result: SearchResult, rank: number): string {
  const flags = [result.expired ? `已失效(${result.status})` : '', result.needsReview ? '待审核' : ''].filter(Boolean).join(' ');
  const dates = [result.effectiveFrom, result.effectiveTo].map((date) => (date === null ? '…' : formatShanghaiDate(date))).join('–');
  const snippet = result.snippet ? `\n     ${result.snippet.cutStart ? '…' : ''}${result.snippet.text}${result.snippet.cutEnd ? '…' : ''}` : '';
  return `${String(rank).padStart(2)}. ${result.title}${flags ? `  [${flags}]` : ''}\n     ${result.id} · ${result.district} · ${result.category} · ${dates} · score ${result.score}${snippet}\n`;
}

function evalCommand(input: CliInput, io: CliOutput, resourcesDir: string | null): number {
  if (input.queries === undefined || input.qrels === undefined) throw new UsageError('eval needs --queries QUERIES.tsv and --qrels QRELS.txt');
  const queries = parseQueries(readInputFile(input.queries, '--queries'), input.queries);
  const qrels = parseQrels(readInputFile(input.qrels, '--qrels'), input.qrels);
  const kb = openKnowledgeBase(input, resourcesDir, true);
  const run = runRelevanceSet(kb, queries);
  const evaluation = evaluateRun(queries, qrels, run);
  const missingQrels = queries.filter((query) => !qrels.has(query.qid)).map((query) => query.qid);
  if (input.json) {
    const { perQuery, ...summary } = evaluation;
    io.out(`${JSON.stringify(input.perQuery ? evaluation : { ...summary, queriesWithoutQrels: missingQrels, perQueryCount: perQuery.length })}\n`);
  } else {
    io.out(formatEvaluation(evaluation));
    if (input.perQuery) io.out(formatPerQuery(evaluation));
    if (missingQrels.length > 0) io.out(`queries without qrels: ${missingQrels.join(', ')}\n`);
  }
  return exitCodes.ok;
}

function zeroResultsCommand(input: CliInput, io: CliOutput, resourcesDir: string | null): number {
  const kb = openKnowledgeBase(input, resourcesDir, true);
  const top = kb.topZeroResultQueries(parseLimit(input.limit) ?? 20);
  if (input.json) io.out(`${JSON.stringify(top)}\n`);
  else for (const entry of top) io.out(`${String(entry.count).padStart(5)}  ${entry.query}\n`);
  return exitCodes.ok;
}

function formatEvaluation(evaluation: Evaluation): string {
  const header = ['type', 'queries', 'nDCG@10', 'MRR@10', 'S@1', 'S@3', 'R@10', 'zero'];
  const row = (name: string, metrics: MetricSet) => [
    name,
    String(metrics.queries),
    ...[metrics.ndcg10, metrics.mrr10, metrics.success1, metrics.success3, metrics.recall10, metrics.zeroResultRate].map(fixed),
  ];
  const rows = [header, ...Object.entries(evaluation.byType).map(([type, metrics]) => row(type, metrics)), row('overall', evaluation.overall)];
  const widths = header.map((_, column) => Math.max(...rows.map((cells) => displayWidth(cells[column]!))));
  return `${rows.map((cells) => cells.map((cell, column) => pad(cell, widths[column]!, column > 0)).join('  ')).join('\n')}\n`;
}

function formatPerQuery(evaluation: Evaluation): string {
  return evaluation.perQuery
    .map((outcome) => `${outcome.qid}\t${outcome.type}\t${fixed(outcome.ndcg10)}\t${fixed(outcome.rr10)}\t${outcome.query}\t${outcome.ranked.slice(0, 3).join(' ')}`)
    .join('\n')
    .concat('\n');
}

function fixed(value: number): string {
  return Number.isNaN(value) ? '-' : value.toFixed(3);
}

/** CJK characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const padding = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? padding + text : text + padding;
}

function searchOptionsOf(input: CliInput): SearchOptions {
  const options: SearchOptions = { asYouType: input.asYouType };
  const limit = parseLimit(input.limit);
  if (limit !== undefined) options.limit = limit;
  if (input.district) options.district = input.district;
  if (input.category) options.category = input.category;
  if (input.authority) options.authority = input.authority;
  if (input.status) {
    const statuses = input.status.split(',').map((status) => status.trim());
    const unknown = statuses.filter((status) => !(kbStatuses as readonly string[]).includes(status));
    if (unknown.length > 0) throw new UsageError(`--status must be one of ${kbStatuses.join(', ')} (got ${unknown.join(', ')})`);
    options.status = statuses as KbStatus[];
  }
  return options;
}

function parseLimit(limit: string | undefined): number | undefined {
  if (limit === undefined) return undefined;
  const value = Number(limit);
  if (!Number.isInteger(value) || value < 1 || value > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000');
  return value;
}

function readInputFile(path: string, flag: string): string {
  if (!statSync(path, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`${flag} ${path}: no such file`);
  return readFileSync(path, 'utf8');
}
