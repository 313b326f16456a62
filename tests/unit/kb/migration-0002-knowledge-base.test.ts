import { describe, expect, it } from 'vitest';
import { databaseAtVersion } from '../../helpers/migration-harness';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 0002 knowledge base', () => {
  const tempDir = useTempDir();

  it('creates the knowledge-base tables on a version-1 seat database and keeps its identity', () => {
    const { db, migrateTo } = databaseAtVersion(tempDir(), 1);
    const clientId = db.prepare("SELECT value FROM seat_meta WHERE key = 'client_id'").pluck().get();
    expect(migrateTo(2)).toBe(2);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'kb_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['kb_document', 'kb_document_version', 'kb_fts', 'kb_term', 'kb_zero_result_query']));
    expect(db.prepare("SELECT value FROM seat_meta WHERE key = 'client_id'").pluck().get()).toBe(clientId);
    db.close();
  });

  it('enforces the document status and term counts, and cascades versions', () => {
    const { db, migrateTo } = databaseAtVersion(tempDir(), 1);
    migrateTo(2);
    const insert = db.prepare(`INSERT INTO kb_document (id, title, authority, category, district, status, keywords, questions, body,
      format, source_path, content_hash, version, created_at, updated_at)
      VALUES (?, 't', 'a', 'c/d', '全市', ?, '[]', '[]', '', 'markdown', 'x.md', 'h', 1, 0, 0)`);
    expect(() => insert.run('bad', 'valid')).toThrow(/CHECK constraint/);
    insert.run('doc', 'current');
    db.prepare("INSERT INTO kb_document_version (document_id, version, content_hash, snapshot, source_path, imported_at) VALUES ('doc', 1, 'h', NULL, 'x.md', 0)").run();
    expect(() => db.prepare("INSERT INTO kb_term (term, syllables, keyword_documents, title_documents) VALUES ('电梯', 'dian ti', -1, 0)").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM kb_document WHERE id = 'doc'").run();
    expect(db.prepare('SELECT count(*) FROM kb_document_version').pluck().get()).toBe(0);
    db.close();
  });
});
