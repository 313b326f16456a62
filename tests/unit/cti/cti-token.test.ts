import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CtiTokenMissingError, ctiTokenFile, ensureCtiToken, readCtiToken } from '../../../src/core/cti/cti-token';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir('seat-cti-token-');

describe('the CTI token', () => {
  it('is made once per data directory, readable by this user only, and then kept', () => {
    const dataDir = join(tempDir(), 'new-seat');
    const token = ensureCtiToken(dataDir);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    if (process.platform !== 'win32') expect(statSync(ctiTokenFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(ensureCtiToken(dataDir)).toBe(token);
    expect(readCtiToken(dataDir)).toBe(token);
  });

  it('is replaced when the file is damaged, and tightened to 0600 again', () => {
    const dataDir = tempDir();
    writeFileSync(ctiTokenFile(dataDir), 'short\n', { mode: 0o644 });
    expect(() => readCtiToken(dataDir)).toThrow(CtiTokenMissingError);
    const token = ensureCtiToken(dataDir);
    expect(token).not.toBe('short');
    if (process.platform !== 'win32') expect(statSync(ctiTokenFile(dataDir)).mode & 0o777).toBe(0o600);
  });

  it('is never made by a reader: a missing one says where it was looked for', () => {
    const dataDir = tempDir();
    expect(() => readCtiToken(dataDir)).toThrow(`there is no CTI token in ${join(dataDir, 'cti-token')}`);
  });
});
