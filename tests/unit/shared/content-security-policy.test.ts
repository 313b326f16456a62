import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../../src/shared/security/content-security-policy';

function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy.split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ');
      return [name, values.join(' ')];
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  it('locks everything down except what the seat needs', () => {
    expect(directives(buildContentSecurityPolicy({ connect: 'none' }))).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
      'object-src': "'none'",
    });
  });

  it('lets the browser host connect back to its own origin', () => {
    expect(directives(buildContentSecurityPolicy({ connect: 'self' }))['connect-src']).toBe("'self'");
  });

  it('never allows inline or evaluated scripts', () => {
    for (const connect of ['none', 'self'] as const) {
      const scripts = directives(buildContentSecurityPolicy({ connect }))['script-src'];
      expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval|\*|data:|blob:/);
    }
  });
});
