/**
 * Numbered schema migrations tracked by PRAGMA user_version, shared by the
 * seat's store and the center's. Written against the few better-sqlite3
 * calls it needs, so src/shared stays free of Node and SQLite imports.
 */
export interface MigratableDatabase {
  readonly name: string;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  transaction(fn: () => void): { immediate(): void };
  close(): unknown;
}

/** One numbered schema step; it runs inside a transaction with the user_version bump. */
export interface Migration<Db> {
  version: number;
  name: string;
  up(db: Db): void;
}

/** Whose database it is, for the refusal an operator or maintainer reads. */
export interface DatabaseOwner {
  /** "seat" or "center". */
  subject: string;
  /** What to do instead, e.g. "upgrade Seat, or point it at another data directory". */
  advice: string;
}

/** A database written by newer code: refused rather than guessed at, and left untouched. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly path: string,
    readonly found: number,
    readonly known: number,
    owner: DatabaseOwner,
  ) {
    super(
      `The ${owner.subject} database ${path} has schema version ${found}, newer than this ${owner.subject} understands (${known}). ` +
        `It was written by newer code: ${owner.advice}. The file was not changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: MigratableDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to the newest migration (or `upTo`), one immediate
 * transaction per step, so a crash mid-way leaves a database at a known
 * version. Refuses a database written by newer code.
 */
export function runMigrations<Db extends MigratableDatabase>(
  db: Db,
  migrations: readonly Migration<Db>[],
  owner: DatabaseOwner,
  upTo?: number,
): number {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
  const known = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > known) throw new DatabaseTooNewError(db.name, current, known, owner);
  const target = upTo ?? known;
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      // PRAGMA takes no bound parameters; the version is a number from our own list.
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return schemaVersion(db);
}

/**
 * Makes a fresh connection the one writer the brief asks for (WAL,
 * synchronous=FULL, foreign keys, busy timeout) and migrates it; on any
 * failure the connection is closed, so a refused file is not held open.
 */
export function prepareWriterDatabase<Db extends MigratableDatabase>(
  db: Db,
  migrations: readonly Migration<Db>[],
  owner: DatabaseOwner,
): Db {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    runMigrations(db, migrations, owner);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
