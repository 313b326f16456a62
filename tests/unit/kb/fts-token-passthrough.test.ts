import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { knowledgeBaseMigration } from '../../../src/core/db/migrations/0002-knowledge-base';
import { documentTokens } from '../../../src/core/kb/index/bigram-tokens';
import { normalizeText } from '../../../src/shared/text/normalize-text';

/**
 * The index relies on FTS5's unicode61 tokenizer passing our tokens through
 * unchanged: a Han bigram must stay one token, not be split or folded.
 * Checked on the real table definition with fts5vocab.
 */
describe('FTS5 keeps our pre-tokenized stream as written', () => {
  it('stores exactly the tokens we produce, at the positions we produce them', () => {
    const db = new Database(':memory:');
    knowledgeBaseMigration.up(db);
    db.exec("CREATE VIRTUAL TABLE kb_vocab USING fts5vocab(kb_fts, 'instance')");
    const text = normalizeText('住房公積金（ＧＪＪ）2024年提取〇々𠀀𠀁 São Paulo 12345热线 Ⅻ');
    const tokens = documentTokens(text);
    db.prepare('INSERT INTO kb_fts (rowid, title, terms, body) VALUES (1, ?, \'\', \'\')').run(tokens.join(' '));
    const stored = db.prepare('SELECT term, "offset" FROM kb_vocab ORDER BY "offset"').all() as { term: string; offset: number }[];
    expect(stored.map((row) => row.term)).toEqual(tokens);
    expect(tokens).toContain('公积');
    expect(tokens).toContain('sao');
    db.close();
  });

  it('finds a 1-character query as a prefix of the bigrams and a word as a phrase of bigrams', () => {
    const db = new Database(':memory:');
    knowledgeBaseMigration.up(db);
    db.prepare('INSERT INTO kb_fts (rowid, title, terms, body) VALUES (7, ?, \'\', \'\')').run(documentTokens('公积金提取').join(' '));
    const match = db.prepare('SELECT rowid FROM kb_fts WHERE kb_fts MATCH ?').pluck();
    expect(match.all('"积"*')).toEqual([7]);
    expect(match.all('"公积" + "积金"')).toEqual([7]);
    expect(match.all('"积金" + "公积"')).toEqual([]);
    db.close();
  });
});
