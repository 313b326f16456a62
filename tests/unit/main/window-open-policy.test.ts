import { describe, expect, it } from 'vitest';
import { decideWindowOpen } from '../../../src/main/security/window-open-policy';

describe('decideWindowOpen', () => {
  it('denies an allow-listed https link but hands it to the system browser', () => {
    expect(decideWindowOpen('https://www.beijing.gov.cn/')).toEqual({
      action: 'deny',
      openExternally: 'https://www.beijing.gov.cn/',
    });
  });

  it.each(['app://seat/index.html', 'https://evil.example/', 'javascript:alert(1)', 'about:blank'])(
    'denies %s and opens nothing',
    (url) => {
      expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
    },
  );
});
