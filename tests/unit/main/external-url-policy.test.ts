import { describe, expect, it } from 'vitest';
import { externalHosts, isExternalUrlAllowed } from '../../../src/main/security/external-url-policy';

describe('isExternalUrlAllowed', () => {
  it.each(['https://www.beijing.gov.cn/', 'https://www.beijing.gov.cn/hudong/12345/?q=1#a', 'https://www.gov.cn/zhengce/'])(
    'allows %s',
    (url) => {
      expect(isExternalUrlAllowed(url)).toBe(true);
    },
  );

  it.each([
    ['plain http', 'http://www.beijing.gov.cn/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['a custom scheme handler', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://www.beijing.gov.cn/share'],
    ['credentials', 'https://user:pass@www.beijing.gov.cn/'],
    ['username only', 'https://www.beijing.gov.cn@evil.example/'],
    ['an unlisted host', 'https://evil.example/'],
    ['a subdomain of a listed host', 'https://evil.www.beijing.gov.cn/'],
    ['a listed host as a prefix', 'https://www.beijing.gov.cn.evil.example/'],
    ['a non-default port', 'https://www.beijing.gov.cn:8443/'],
    ['garbage', 'not a url'],
  ])('rejects %s', (_label, url) => {
    expect(isExternalUrlAllowed(url)).toBe(false);
  });

  it('takes another host list when given one', () => {
    expect(isExternalUrlAllowed('https://docs.example/', ['docs.example'])).toBe(true);
    expect(isExternalUrlAllowed('https://www.gov.cn/', ['docs.example'])).toBe(false);
  });

  it('lists only exact host names', () => {
    for (const host of externalHosts) expect(host).toMatch(/^[a-z0-9.-]+$/);
  });
});
