import { describe, expect, it } from 'vitest';
import { isNavigationAllowed } from '../../../src/main/security/navigation-policy';

describe('isNavigationAllowed', () => {
  it.each(['app://seat/', 'app://seat/index.html', 'app://seat/tickets/42?tab=notes#top'])('allows %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(true);
  });

  it.each([
    'https://www.beijing.gov.cn/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://seat.evil/index.html',
    'app://seat:8080/index.html',
    'app://user:pass@seat/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ])('denies %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });
});
