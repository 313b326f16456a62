import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runKbCli } from '../../../src/core/kb/cli/kb-cli';
import { useTempDir } from '../../helpers/temp-dir';
import { writeSmallDocuments } from '../../unit/kb/small-knowledge-base';

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = runKbCli(args, { out: (text) => (out += text), err: (text) => (err += text), errIsTty: false });
  return { code, out, err };
}

describe('kb command line', () => {
  const tempDir = useTempDir('seat-kb-cli-');

  function importedDatabase() {
    const dir = tempDir();
    const docs = join(dir, 'docs');
    writeSmallDocuments(docs);
    const db = join(dir, 'kb.sqlite');
    const result = run(['import', '--db', db, docs]);
    return { dir, docs, db, result };
  }

  it('imports with progress on stderr and a summary on stdout', () => {
    const { result } = importedDatabase();
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/7 files: 7 added, 0 updated, 0 unchanged, 0 skipped/);
    expect(result.err).toMatch(/importing 7\/7/);
  });

  it('exits 1 and names the file when a document is skipped', () => {
    const { docs, db } = importedDatabase();
    writeFileSync(join(docs, 'broken.md'), '---\nid: broken\n---\n');
    const result = run(['import', '--db', db, '--json', docs]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as { failed: { path: string; reason: string }[]; unchanged: number };
    expect(report.failed[0]?.path).toBe('broken.md');
    expect(report.unchanged).toBe(7);
  });

  it('searches with filters, as text or JSON', () => {
    const { db } = importedDatabase();
    const text = run(['search', '--db', db, '--limit', '2', '加装电梯']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^ 1\. /m);
    const json = run(['search', '--db', db, '--json', '--district', '朝阳区', '加装电梯']);
    const response = JSON.parse(json.out) as { results: { id: string }[] };
    expect(response.results.map((result) => result.id).sort()).toEqual(['elevator', 'elevator-chaoyang']);
  });

  it('runs a query file as JSON lines and evaluates a relevance set', () => {
    const { dir, db } = importedDatabase();
    const queries = join(dir, 'queries.tsv');
    const qrels = join(dir, 'qrels.txt');
    writeFileSync(queries, '# comment\nq1\ttitle\t居住证\nq2\tinitials\tgjj\nq3\ttypo\t火星\n');
    writeFileSync(qrels, 'q1 0 jzz 3\nq2 0 gjj-rent 3\nq2 0 gjj-rent-2019 1\nq3 0 jzz 1\n');
    const lines = run(['search', '--db', db, '--json', '--queries', queries]).out.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.qid)).toEqual(['q1', 'q2', 'q3']);
    expect(lines[0]).toMatchObject({ qid: 'q1', results: [{ id: 'jzz' }] });
    expect(typeof lines[0].results[0].score).toBe('number');
    expect(typeof lines[0].ms).toBe('number');

    const table = run(['eval', '--db', db, '--queries', queries, '--qrels', qrels]);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/nDCG@10\s+MRR@10/);
    expect(table.out).toMatch(/^overall\s+3\s/m);
    const json = JSON.parse(run(['eval', '--db', db, '--queries', queries, '--qrels', qrels, '--json']).out);
    expect(json.overall.queries).toBe(3);
    expect(json.overall.zeroResultRate).toBeCloseTo(1 / 3, 5);
    expect(json.byType.title.mrr10).toBe(1);
  });

  it('rejects missing flags and files with exit code 2 and a clear message', () => {
    const { dir, db } = importedDatabase();
    const cases: [string[], RegExp][] = [
      [[], /Seat knowledge base/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['search', '居住证'], /--db FILE is required/],
      [['search', '--db', join(dir, 'none.sqlite'), '居住证'], /does not exist/],
      [['search', '--db', db], /search needs a query/],
      [['search', '--db', db, '--limit', 'ten', 'x'], /--limit must be/],
      [['search', '--db', db, '--status', 'valid', 'x'], /--status must be one of/],
      [['search', '--db', db, '--queries', join(dir, 'q.tsv')], /add --json/],
      [['search', '--db', db, '--json', '--queries', join(dir, 'q.tsv')], /no such file/],
      [['eval', '--db', db], /needs --queries/],
      [['import', '--db', db], /needs the folder/],
      [['import', '--db', db, join(dir, 'nowhere')], /is not a folder/],
      [['search', '--db', db, '--bogus', 'x'], /Unknown option/],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err + result.out, args.join(' ')).toMatch(message);
    }
    expect(run(['--help']).code).toBe(0);
  });

  it('runs as a script through tsx and sets the exit code', () => {
    const { db } = importedDatabase();
    const cli = fileURLToPath(new URL('../../../src/core/kb/cli/kb-cli.ts', import.meta.url));
    // The same Node binary as the tests (better-sqlite3 is built for it), with tsx as a loader.
    const node = (args: string[]) => [process.execPath, ['--import', 'tsx', cli, ...args]] as const;
    const out = execFileSync(...node(['search', '--db', db, '--json', '居住证']), { encoding: 'utf8' });
    expect(JSON.parse(out).results[0].id).toBe('jzz');
    const failed = spawnSync(...node(['search', '居住证']), { encoding: 'utf8' });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(/--db FILE is required/);
  });
});
