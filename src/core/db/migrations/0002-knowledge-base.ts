import type { SeatMigration } from '../migration';

/**
 * The policy knowledge base: documents with their version history, a
 * contentless FTS5 index over our own bigram token stream, the pinyin terms
 * used for pinyin/initials queries and "did you mean", and the log of
 * queries that found nothing (for the KB editors).
 *
 * Self-contained on purpose: later migrations (tickets) may reference
 * kb_document(id) but nothing here depends on them.
 */
export const knowledgeBaseMigration: SeatMigration = {
  version: 2,
  name: '0002-knowledge-base',
  up(db) {
    db.exec(`
      -- body is the document as written (Markdown for .md); its plain-text
      -- rendition is derived when needed rather than stored twice. terms
      -- lists this document's pinyin-table terms, so an update can take
      -- back exactly what it added to kb_term.
      CREATE TABLE kb_document (
        doc_key        INTEGER PRIMARY KEY,
        id             TEXT NOT NULL UNIQUE,
        title          TEXT NOT NULL,
        doc_number     TEXT,
        authority      TEXT NOT NULL,
        category       TEXT NOT NULL,
        district       TEXT NOT NULL,
        effective_from INTEGER,
        effective_to   INTEGER,
        status         TEXT NOT NULL CHECK (status IN ('current', 'expired', 'abolished')),
        keywords       TEXT NOT NULL,
        questions      TEXT NOT NULL,
        body           TEXT NOT NULL,
        format         TEXT NOT NULL CHECK (format IN ('markdown', 'text', 'html', 'docx')),
        source_path    TEXT NOT NULL,
        content_hash   TEXT NOT NULL,
        version        INTEGER NOT NULL,
        needs_review   INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
        terms          TEXT NOT NULL DEFAULT '[]',
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL
      ) STRICT;

      -- One row per version. The current version's content lives in
      -- kb_document (snapshot NULL); when a version is superseded its
      -- content is copied here, so history costs nothing until it exists.
      CREATE TABLE kb_document_version (
        document_id  TEXT NOT NULL REFERENCES kb_document (id) ON DELETE CASCADE,
        version      INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        snapshot     TEXT,
        source_path  TEXT NOT NULL,
        imported_at  INTEGER NOT NULL,
        PRIMARY KEY (document_id, version)
      ) STRICT;

      -- Contentless: the token stream is about twice the text, storing it
      -- again would double the file. contentless_delete lets a changed
      -- document's row be replaced. No prefix index: a 1-character query
      -- (a prefix query over the bigrams) stays well within its budget
      -- without one, and prefix='1' would grow the index by two thirds.
      CREATE VIRTUAL TABLE kb_fts USING fts5 (
        title, terms, body,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );

      -- The pinyin table: each distinct term once, with how many documents
      -- use it as a keyword or in a title.
      CREATE TABLE kb_term (
        term              TEXT PRIMARY KEY,
        syllables         TEXT NOT NULL,
        keyword_documents INTEGER NOT NULL CHECK (keyword_documents >= 0),
        title_documents   INTEGER NOT NULL CHECK (title_documents >= 0)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE kb_zero_result_query (
        query    TEXT PRIMARY KEY,
        count    INTEGER NOT NULL,
        first_at INTEGER NOT NULL,
        last_at  INTEGER NOT NULL
      ) STRICT;

      CREATE INDEX kb_zero_result_query_by_count ON kb_zero_result_query (count DESC, last_at DESC);
    `);
  },
};
