import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isAppUrl, parseUrl } from './app-origin';

export type AppResource =
  | { ok: true; filePath: string; contentType: string }
  | { ok: false; status: 400 | 403 };

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps app://seat/<path> to a file inside rendererDir. The URL parser has
 * already folded `..` and `%2e%2e`; what is checked here is what decoding can
 * still produce (`..%2f`, backslashes, drive letters, NUL), and the final
 * path must stay inside rendererDir whatever the segments said.
 */
export function resolveAppRequest(requestUrl: string, rendererDir: string): AppResource {
  const url = parseUrl(requestUrl);
  if (!url || !isAppUrl(url)) return { ok: false, status: 403 };

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || /[\\:\0]/.test(segment))) {
    return { ok: false, status: 403 };
  }
  // A path without an extension is a client-side route: the SPA handles it.
  const last = segments.at(-1);
  const target = last === undefined || extname(last) === '' ? ['index.html'] : segments;

  const root = resolve(rendererDir);
  const filePath = resolve(root, ...target);
  const inside = relative(root, filePath);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return { ok: false, status: 403 };
  }
  return { ok: true, filePath, contentType: contentTypeFor(filePath) };
}
