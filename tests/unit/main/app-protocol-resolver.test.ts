import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppRequest } from '../../../src/main/security/app-protocol-resolver';

const rendererDir = resolve('/app/out/renderer');

describe('resolveAppRequest', () => {
  it('serves / and client-side routes as index.html', () => {
    for (const url of ['app://seat/', 'app://seat', 'app://seat/tickets/42', 'app://seat/kb?q=%E7%A4%BE%E4%BF%9D']) {
      expect(resolveAppRequest(url, rendererDir)).toEqual({
        ok: true,
        filePath: join(rendererDir, 'index.html'),
        contentType: 'text/html; charset=utf-8',
      });
    }
  });

  it('maps a file path under the renderer directory with its content type', () => {
    expect(resolveAppRequest('app://seat/assets/index-abc123.js?v=1#x', rendererDir)).toEqual({
      ok: true,
      filePath: join(rendererDir, 'assets', 'index-abc123.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://seat/assets/%E5%9B%BE.png', rendererDir)).toMatchObject({
      ok: true,
      filePath: join(rendererDir, 'assets', '图.png'),
      contentType: 'image/png',
    });
  });

  it.each([
    ['app://seat/../../etc/passwd', 'index.html'],
    ['app://seat/%2e%2e/%2e%2e/etc/passwd', 'index.html'],
    ['app://seat/%2E%2E/secret.txt', 'secret.txt'],
  ])('stays inside the renderer directory when the URL parser folds dot segments: %s', (url, file) => {
    expect(resolveAppRequest(url, rendererDir)).toMatchObject({ ok: true, filePath: join(rendererDir, file) });
  });

  it.each([
    'app://seat/assets/..%2f..%2f..%2fetc%2fpasswd.txt',
    'app://seat/..%5c..%5cwindows%5cwin.ini',
    'app://seat/C:/Windows/win.ini',
    'app://seat/%43%3a%5cWindows%5cwin.ini',
    'app://seat/index.html%00.png',
  ])('refuses what decoding turns into traversal or an absolute path: %s', (url) => {
    expect(resolveAppRequest(url, rendererDir)).toEqual({ ok: false, status: 403 });
  });

  it('keeps a doubled slash inside the renderer directory', () => {
    expect(resolveAppRequest('app://seat//etc/passwd.txt', rendererDir)).toMatchObject({
      ok: true,
      filePath: join(rendererDir, 'etc', 'passwd.txt'),
    });
  });

  it.each(['app://other/index.html', 'app://seat.evil/index.html', 'https://seat/index.html', 'file:///index.html'])(
    'refuses other origins: %s',
    (url) => {
      expect(resolveAppRequest(url, rendererDir)).toEqual({ ok: false, status: 403 });
    },
  );

  it('answers 400 to a malformed escape', () => {
    expect(resolveAppRequest('app://seat/%E0%A4%A.js', rendererDir)).toEqual({ ok: false, status: 400 });
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['logo.svg', 'image/svg+xml'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
