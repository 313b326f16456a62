import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../src/server/auth/password-hash';

describe('password hashing (scrypt)', () => {
  it('verifies the password it hashed and nothing else, with a fresh salt each time', async () => {
    const first = await hashPassword('班长的密码 123');
    const second = await hashPassword('班长的密码 123');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    expect(await verifyPassword('班长的密码 123', first)).toBe(true);
    expect(await verifyPassword('班长的密码 124', first)).toBe(false);
  });

  it('treats a full-width digit typed by an input method as its ASCII twin (NFKC)', async () => {
    expect(await verifyPassword('pass１２３', await hashPassword('pass123'))).toBe(true);
  });

  it('refuses a stored value that is not an scrypt hash', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$1$2$3$4$5')).toBe(false);
  });
});
