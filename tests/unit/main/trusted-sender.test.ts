import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../src/main/security/trusted-sender';

describe('isTrustedSender', () => {
  it('trusts the top frame of app://seat', () => {
    expect(isTrustedSender('app://seat/index.html', true)).toBe(true);
    expect(isTrustedSender('app://seat/tickets/1#notes', true)).toBe(true);
  });

  it('refuses a subframe even of app://seat', () => {
    expect(isTrustedSender('app://seat/index.html', false)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///app/out/renderer/index.html',
    'app://seat.evil/',
    'app://evil/',
    'app://seat:1/',
    'app://x@seat/',
    'about:blank',
    '',
  ])('refuses the top frame at %s', (url) => {
    expect(isTrustedSender(url, true)).toBe(false);
  });
});
