import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The secret a softphone must present to the seat's CTI listener. It is made
 * once per data directory and kept in a file only this user can read, so the
 * softphone connector (or `npm run cti`) can be configured with it; it is
 * never printed or logged.
 */
export function ctiTokenFile(dataDir: string): string {
  return join(dataDir, 'cti-token');
}

// base64url of 32 random bytes: what createCtiToken writes, and nothing shorter is accepted back.
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export class CtiTokenMissingError extends Error {
  constructor(readonly file: string) {
    super(`there is no CTI token in ${file}: the seat makes it on its first start with this data directory`);
    this.name = 'CtiTokenMissingError';
  }
}

/** The stored token; throws CtiTokenMissingError when there is none (or it is damaged). */
export function readCtiToken(dataDir: string): string {
  const file = ctiTokenFile(dataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    throw new CtiTokenMissingError(file);
  }
  if (!tokenPattern.test(text)) throw new CtiTokenMissingError(file);
  return text;
}

/** The stored token, made (mode 0600) if there is none or it is damaged. */
export function ensureCtiToken(dataDir: string): string {
  try {
    return readCtiToken(dataDir);
  } catch (error) {
    if (!(error instanceof CtiTokenMissingError)) throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(32).toString('base64url');
  const file = ctiTokenFile(dataDir);
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  // `mode` only applies to a new file; a damaged one being replaced keeps its old permissions otherwise.
  chmodSync(file, 0o600);
  return token;
}
